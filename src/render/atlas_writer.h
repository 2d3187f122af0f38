#pragma once

#include "core/progress.h"
#include "render/page_content.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <vector>

namespace wm {

struct LoadedProject;

/// Where an atlas goes: one multi-page PDF, or a folder with one file per unit.
struct AtlasTarget {
    QString path;                           ///< a .pdf file, or a folder
    QString format = QStringLiteral("pdf"); ///< per-unit file type in a folder: pdf, png, svg

    /// True when `path` is a .pdf file (one document), false for a folder.
    bool isSingleFile() const;
};

/// Called with each file an atlas will write, before the first byte is written; throws
/// (wm::Error) to refuse one, e.g. OutputGuard::check so no input is ever replaced.
using OutputCheck = std::function<void(const QString& path)>;

/// The one atlas writer of the atlas verb, the report verb and the Export dialog.
///
/// Writes all or nothing: a PDF is written beside its destination and renamed into place
/// when complete; a folder's files are written into a hidden temporary folder beside the
/// destination and moved into it at the end. When `progress(done, total)` (after each
/// page) returns false the job throws wm::Cancelled, and on a stop or a failure nothing
/// half-written is left and what was there before is untouched.
class AtlasWriter {
public:
    explicit AtlasWriter(AtlasTarget target);

    /// The absolute paths the pages will be written to (the .pdf, or one
    /// "<code>_<name>.<format>" per page in the folder).
    QStringList files(const std::vector<AtlasPage>& pages) const;

    /// Writes the pages; returns files(pages). Throws wm::Error (naming the file) when the
    /// format is unknown, there are no pages, `check` refuses a file, or a file cannot be
    /// written; wm::Cancelled when stopped.
    QStringList write(const std::vector<AtlasPage>& pages, const ProgressCallback& progress = {},
                      const OutputCheck& check = {}) const;

    /// The whole job: the pages of `project` (atlasPages, under options.view), written.
    QStringList write(const LoadedProject& project, const QVector<Style>& styles,
                      const PageTemplate& page, const AtlasOptions& options,
                      const ProgressCallback& progress = {}, const OutputCheck& check = {}) const;

    /// pdf, png, svg.
    static QStringList formats();

private:
    void writeFolder(const std::vector<AtlasPage>& pages, const QStringList& files,
                     const ProgressCallback& progress) const;

    AtlasTarget mTarget;
};

} // namespace wm
