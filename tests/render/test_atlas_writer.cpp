// The one atlas writer: a multi-page PDF or a file per unit, all or nothing.
#include "core/error.h"
#include "core/layer.h"
#include "core/loaded_project.h"
#include "render/atlas_writer.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;

namespace {

/// Two 10 km squares, 130501 西县 and 130502 东县, in EPSG:4547 metres.
LoadedProject twoCounties()
{
    LoadedProject p;
    p.crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    p.layers << test::loadedLayer(
        QStringLiteral("counties"), QStringLiteral("boundary"),
        test::makeLayer(
            GeometryKind::Polygon, {QStringLiteral("code"), QStringLiteral("name")},
            {{"POLYGON ((0 0, 10000 0, 10000 10000, 0 10000, 0 0))", {"130501", "西县"}},
             {"POLYGON ((10000 0, 20000 0, 20000 10000, 10000 10000, 10000 0))",
              {"130502", "东县"}}}));
    p.extent = p.layers[0].data->extent();
    return p;
}

std::vector<AtlasPage> pages()
{
    PageTemplate t;
    t.dpi = 48; // what is checked is files and pages, not the detail
    AtlasOptions options;
    options.boundaryLayer = QStringLiteral("counties");
    return atlasPages(twoCounties(), QVector<Style>(1), t, options);
}

/// Everything in `dir`, hidden entries included (a leftover partial file or folder).
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// Pages of a PDF written by Qt: its page objects ("/Type /Page", not "/Pages").
int pdfPageCount(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(f.readAll());
    return int(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"))));
}

} // namespace

TEST(AtlasWriter, PdfIsOneDocumentWithAPagePerUnit)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("atlas.pdf"));
    std::vector<std::pair<qint64, qint64>> calls;
    const QStringList files =
        AtlasWriter({pdf}).write(pages(), [&calls](qint64 done, qint64 total) {
            calls.emplace_back(done, total);
            return true;
        });
    EXPECT_EQ(files, QStringList{QFileInfo(pdf).absoluteFilePath()});
    EXPECT_EQ(pdfPageCount(pdf), 2);
    EXPECT_EQ(calls, (std::vector<std::pair<qint64, qint64>>{{1, 2}, {2, 2}}));
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("atlas.pdf")});
}

TEST(AtlasWriter, FolderHasOneFilePerUnitNamedByCodeAndName)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("atlas"));
    const std::vector<AtlasPage> p = pages();
    const QStringList files = AtlasWriter({folder, QStringLiteral("png")}).write(p);
    EXPECT_EQ(entries(folder),
              (QStringList{QStringLiteral("130501_西县.png"), QStringLiteral("130502_东县.png")}));
    EXPECT_EQ(files.size(), 2);
    EXPECT_EQ(QImage(files[0]).size(), p.front().layout.page().pixelSize());
    // No temporary folder left beside it.
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("atlas")});

    // Again into the folder that now exists (with a file of the planner's): replaced
    // file by file, the other file kept.
    test::writeText(QDir(folder).filePath(QStringLiteral("notes.txt")), QStringLiteral("mine"));
    AtlasWriter({folder, QStringLiteral("svg")}).write(p);
    EXPECT_EQ(entries(folder),
              (QStringList{QStringLiteral("130501_西县.png"), QStringLiteral("130501_西县.svg"),
                           QStringLiteral("130502_东县.png"), QStringLiteral("130502_东县.svg"),
                           QStringLiteral("notes.txt")}));
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("atlas")});
}

TEST(AtlasWriter, CancelLeavesNothingHalfWritten)
{
    QTemporaryDir dir;
    const auto stopAfterFirst = [](qint64 done, qint64) { return done < 1; };
    const QString folder = dir.filePath(QStringLiteral("atlas"));
    EXPECT_THROW(AtlasWriter({folder, QStringLiteral("png")}).write(pages(), stopAfterFirst),
                 Cancelled);
    const QString pdf = dir.filePath(QStringLiteral("atlas.pdf"));
    EXPECT_THROW(AtlasWriter({pdf}).write(pages(), stopAfterFirst), Cancelled);
    EXPECT_TRUE(entries(dir.path()).isEmpty()) << entries(dir.path()).join(' ').toStdString();

    // An earlier atlas stays exactly as it was.
    AtlasWriter({folder, QStringLiteral("png")}).write(pages());
    const QString first = QDir(folder).filePath(QStringLiteral("130501_西县.png"));
    const QByteArray before = test::md5(first);
    PageTemplate other;
    other.dpi = 30;
    AtlasOptions options;
    options.boundaryLayer = QStringLiteral("counties");
    EXPECT_THROW(AtlasWriter({folder, QStringLiteral("png")})
                     .write(twoCounties(), QVector<Style>(1), other, options, stopAfterFirst),
                 Cancelled);
    EXPECT_EQ(test::md5(first), before);
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("atlas")});
}

TEST(AtlasWriter, ARefusedFileStopsTheJobBeforeAnyWrite)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("atlas"));
    QStringList asked;
    const auto refuseEast = [&asked](const QString& file) {
        asked << QFileInfo(file).fileName();
        if (file.contains(QStringLiteral("东县")))
            throw Error(file, QStringLiteral("this is an input"));
    };
    EXPECT_THROW(AtlasWriter({folder, QStringLiteral("pdf")}).write(pages(), {}, refuseEast),
                 Error);
    EXPECT_EQ(asked,
              (QStringList{QStringLiteral("130501_西县.pdf"), QStringLiteral("130502_东县.pdf")}));
    EXPECT_TRUE(entries(dir.path()).isEmpty());
    EXPECT_THROW(AtlasWriter({folder, QStringLiteral("tiff")}).write(pages()), Error);
    EXPECT_TRUE(entries(dir.path()).isEmpty());
}
