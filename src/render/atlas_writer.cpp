#include "render/atlas_writer.h"

#include "core/error.h"
#include "render/page_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace wm {

namespace {
QString translate(const char* text)
{
    return QCoreApplication::translate("AtlasWriter", text);
}
} // namespace

bool AtlasTarget::isSingleFile() const
{
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

AtlasWriter::AtlasWriter(AtlasTarget target) : mTarget(std::move(target)) {}

QStringList AtlasWriter::formats()
{
    return {QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg")};
}

QStringList AtlasWriter::files(const std::vector<AtlasPage>& pages) const
{
    if (mTarget.isSingleFile())
        return {QFileInfo(mTarget.path).absoluteFilePath()};
    const QDir dir(QFileInfo(mTarget.path).absoluteFilePath());
    QStringList out;
    for (const AtlasPage& p : pages)
        out << dir.filePath(atlasFileStem(p.code, p.name) + QLatin1Char('.') +
                            mTarget.format.toLower());
    return out;
}

QStringList AtlasWriter::write(const std::vector<AtlasPage>& pages,
                               const ProgressCallback& progress, const OutputCheck& check) const
{
    if (!mTarget.isSingleFile() && !formats().contains(mTarget.format.toLower()))
        throw Error(
            mTarget.path,
            translate("unknown atlas format \"%1\": use pdf, png or svg").arg(mTarget.format));
    if (pages.empty())
        throw Error(mTarget.path, translate("the atlas has no pages"));
    const QStringList out = files(pages);
    if (check)
        for (const QString& f : out)
            check(f);
    if (mTarget.isSingleFile()) {
        std::vector<PageLayout> layouts;
        for (const AtlasPage& p : pages)
            layouts.push_back(p.layout);
        if (!QDir().mkpath(QFileInfo(out.front()).absolutePath()))
            throw Error(out.front(), translate("cannot create the folder"));
        // exportPdf writes beside the file and renames at the end; a stop removes it.
        exportPdf(layouts, out.front(),
                  [&progress](int done, int total) { return !progress || progress(done, total); });
        return out;
    }
    writeFolder(pages, out, progress);
    return out;
}

void AtlasWriter::writeFolder(const std::vector<AtlasPage>& pages, const QStringList& files,
                              const ProgressCallback& progress) const
{
    const QFileInfo dest(QFileInfo(mTarget.path).absoluteFilePath());
    const QString parent = dest.absolutePath();
    if (!QDir().mkpath(parent))
        throw Error(parent, translate("cannot create the folder"));
    // Hidden and beside the destination: same file system, so the moves are renames.
    QTemporaryDir temp(
        QDir(parent).filePath(QStringLiteral(".%1.partial-XXXXXX").arg(dest.fileName())));
    if (!temp.isValid())
        throw Error(parent, translate("cannot create a temporary folder"));
    for (std::size_t i = 0; i < pages.size(); ++i) {
        exportPage(pages[i].layout, temp.filePath(QFileInfo(files[int(i)]).fileName()));
        if (progress && !progress(qint64(i + 1), qint64(pages.size())))
            throw Cancelled(mTarget.path); // the temporary folder goes with `temp`
    }
    if (!dest.exists()) {
        if (!QDir().rename(temp.path(), dest.absoluteFilePath()))
            throw Error(dest.absoluteFilePath(), translate("cannot create the folder"));
        temp.setAutoRemove(false);
        return;
    }
    // A folder that exists (an earlier atlas, other files): each file replaced in turn.
    for (const QString& f : files) {
        const QString written = temp.filePath(QFileInfo(f).fileName());
        QFile::remove(f);
        if (!QFile::rename(written, f))
            throw Error(f, translate("cannot write the file"));
    }
}

QStringList AtlasWriter::write(const LoadedProject& project, const QVector<Style>& styles,
                               const PageTemplate& page, const AtlasOptions& options,
                               const ProgressCallback& progress, const OutputCheck& check) const
{
    return write(atlasPages(project, styles, page, options), progress, check);
}

} // namespace wm
