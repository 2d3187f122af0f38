// Regression for issue 17 item 3: PDF and SVG cut off on a full disk were reported as
// written (exit 0) while PNG failed properly.
#include "core/atomic_output.h"
#include "core/error.h"
#include "core/resource_paths.h"
#include "io/project_opener.h"
#include "render/page_content.h"
#include "render/page_export.h"
#include "render/project_styles.h"
#include "support/test_support.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;

namespace {
PageLayout smallDemoPage()
{
    static const LoadedProject project = openProjectOrDataset(
        test::demo(QStringLiteral("xingtai-2021.worksmap.json")), test::shippedRoles());
    static const QVector<Style> styles = loadProjectStyles(project, test::shippedRoles());
    PageTemplate t =
        PageTemplate::load(QDir(stylesDir()).filePath(QStringLiteral("layouts/a4-landscape.json")));
    t.dpi = 72;
    return PageLayout(
        t, projectPageContent(project, styles, t, QStringLiteral("邢台市 & 测试"), QString(), {}));
}

/// A disk that fills up: takes `capacity` bytes, then writes fail as write(2) does on ENOSPC.
class FullDevice : public QIODevice {
public:
    explicit FullDevice(qint64 capacity) : mCapacity(capacity) { open(QIODevice::WriteOnly); }
    qint64 taken() const { return mTaken; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override
    {
        if (mTaken >= mCapacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 n = std::min(size, mCapacity - mTaken); // a short write, then failure
        mTaken += n;
        return n;
    }

private:
    qint64 mCapacity;
    qint64 mTaken = 0;
};

void expectFailsNamingTheFile(PageFormat format)
{
    const PageLayout page = smallDemoPage();
    // The whole file for comparison: a good write of the same page.
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    {
        AtomicOutput out(QStringLiteral("whole"), whole);
        writePage(page, format, out);
        out.commit();
    }
    ASSERT_GT(whole.size(), 8192);
    for (const qint64 capacity : {qint64(0), qint64(4096), whole.size() - 1}) {
        FullDevice disk(capacity);
        AtomicOutput out(QStringLiteral("/maps/cut.out"), disk);
        try {
            writePage(page, format, out);
            out.commit();
            ADD_FAILURE() << "no error with " << capacity << " of " << whole.size() << " bytes";
        } catch (const Error& e) {
            EXPECT_EQ(e.file(), QStringLiteral("/maps/cut.out"));
            EXPECT_TRUE(e.detail().contains(QStringLiteral("No space left on device")))
                << e.message().toStdString();
        }
        EXPECT_EQ(disk.taken(), capacity);
    }
}
} // namespace

TEST(PageExportFailure, PdfCutOffByAFullDeviceThrowsNamingTheFile)
{
    expectFailsNamingTheFile(PageFormat::Pdf);
}

TEST(PageExportFailure, SvgCutOffByAFullDeviceThrowsNamingTheFile)
{
    expectFailsNamingTheFile(PageFormat::Svg);
}

TEST(PageExportFailure, PngCutOffByAFullDeviceThrowsNamingTheFile)
{
    expectFailsNamingTheFile(PageFormat::Png);
}

TEST(PageExportFailure, FullTmpfsLeavesNothingBehindAndKeepsTheOldFile)
{
    test::TinyFilesystem disk(64);
    if (!disk.skipReason().isEmpty())
        GTEST_SKIP() << disk.skipReason().toStdString();
    const PageLayout page = smallDemoPage();
    for (const char* name : {"page.pdf", "page.svg", "page.png"}) {
        const QString path = disk.filePath(QString::fromLatin1(name));
        EXPECT_THROW(exportPage(page, path), Error) << name;
        EXPECT_EQ(disk.entries(), QStringList()) << name;
    }
    // An earlier good file stays as it was when the new one does not fit.
    const QString kept = disk.filePath(QStringLiteral("page.svg"));
    test::writeText(kept, QStringLiteral("<svg/>"));
    EXPECT_THROW(exportPage(page, kept), Error);
    EXPECT_EQ(disk.entries(), QStringList{QStringLiteral("page.svg")});
    QFile f(kept);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("<svg/>"));
}
