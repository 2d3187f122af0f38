#pragma once

#include <QString>
#include <QStringList>

namespace wm {

/// The files one run writes into a folder (check --out: results.csv, progress_*.csv,
/// coverage.gpkg), replaced together: a run killed at any moment leaves the previous
/// run's files or this run's, never results.csv of one beside coverage.gpkg of the other.
///
/// Files are written into a hidden staging folder inside the target folder (same file
/// system). commit() writes a journal naming them (atomically), renames each into place
/// (each rename atomic) and removes the journal. A run killed before the journal leaves
/// the old files and a staging folder; killed after it, the journal says the replacement
/// is under way, and the next OutputSet on the folder (or recover()) completes it before
/// anything else. Staging folders of runs that died are removed, with a note.
class OutputSet {
public:
    /// Creates `dir` if needed, recovers it (see recover()) and makes a staging folder.
    /// Throws wm::Error naming `dir` when it cannot.
    explicit OutputSet(QString dir);
    ~OutputSet(); ///< an uncommitted run's staging folder goes
    OutputSet(const OutputSet&) = delete;
    OutputSet& operator=(const OutputSet&) = delete;

    /// Where to write the file `name` of the set (a plain file name).
    QString stagingPath(const QString& name);
    /// The final path of `name` (in the folder).
    QString finalPath(const QString& name) const;
    /// Replaces the folder's files by the staged ones; returns their final paths.
    QStringList commit();
    /// What recovery did when the set was made ("completed a replacement …").
    const QStringList& notes() const { return mNotes; }

    /// Completes a replacement a killed run left under way and removes staging folders of
    /// runs no longer alive; returns what it did, one line each.
    static QStringList recover(const QString& dir);

private:
    QString mDir;
    QString mStaging;
    QStringList mNames;
    QStringList mNotes;
    bool mCommitted = false;
};

} // namespace wm
