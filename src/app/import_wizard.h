#pragma once

#include "core/value_mapping.h"
#include "io/division_tables.h"
#include "io/list_import.h"
#include "io/table_import.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWizard>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace wm {

class MapDocument;

/// The table import as a planner does it, step by step: pick the file and its role (preview
/// with the detected header), confirm the columns and the coordinate system, review the
/// rows the import doubts (choosing the right division for misspelt or ambiguous names),
/// then write a GeoPackage beside the source and add it to the open project. Mirrors
/// `worksmap-cli import` by calling the same core functions.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePageId, ColumnsPageId, ReviewPageId, FinishPageId };

    /// Rows and counts are the core's (io/list_import.h), as the CLI reports them.
    using State = ListRow::State;
    using RowOutcome = ListRow;
    using Summary = ListSummary;

    explicit ImportWizard(MapDocument* document, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Settings, as the pages' widgets hold them (also for tests and scripted use).
    void setSourcePath(const QString& path);
    QString sourcePath() const;
    void setRole(const QString& roleId);
    QString roleId() const;
    /// Empty: detected.
    void setEncoding(const QString& encoding);
    void setSheet(const QString& sheet);
    /// A name CoordinateSource::fromName() takes ("gcj02", "gk-xian80", "EPSG:4547").
    void setCoordinateKind(const QString& name);
    QString coordinateKind() const;
    /// Field → column as the Columns page shows it (empty: the field is not read).
    void setColumn(const QString& field, const QString& column);
    QString columnOf(const QString& field) const;
    void setXColumn(const QString& column);
    void setYColumn(const QString& column);
    QString xColumn() const;
    QString yColumn() const;
    /// Every row gets `value` in coded field `field` (the list has no column for it: "these
    /// are all health centres"); an empty value clears it. As `import --set`.
    void setConstant(const QString& field, const QString& value);
    /// Field `field` is read from `column` through `values` (cell → field value), as
    /// `import --map`; an empty column clears it.
    void setValueTable(const QString& field, const QString& column,
                       const QHash<QString, QString>& values);
    /// The constants and value tables set, as the import applies them.
    QVector<ValueMapping> valueMappings() const;
    void setGazetteerPath(const QString& path);
    void setOutputPath(const QString& path);
    QString outputPath() const;

    /// Reads the table and matches it (what the Review page shows); false with lastError()
    /// when the file cannot be read.
    bool runImport();
    bool hasResult() const { return mTable.has_value(); }
    const TableImport& table() const { return *mTable; }
    const QVector<RowOutcome>& outcomes() const { return mOutcomes; }
    Summary summary() const;
    /// Chooses candidate `candidate` (-1: none) for the row read from source row `sourceRow`;
    /// a rejected row with a chosen division moves to "matched by name".
    bool pickCandidate(int sourceRow, int candidate);

    /// Writes the GeoPackage and the rejects CSV and adds the layer to the document (runs
    /// the import first if needed). False with lastError() on failure, never throws.
    bool importNow();
    QString lastError() const { return mLastError; }
    /// The rejects CSV written by the last importNow().
    QString rejectsPath() const { return mRejectsPath; }

    QTableWidget* previewTable() const { return mPreview; }
    QTableWidget* doubtfulTable() const { return mDoubtful; }

    /// <dir>/<name>_imported.gpkg for `source`.
    static QString defaultOutputPath(const QString& source);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    void buildFilePage();
    void buildColumnsPage();
    void buildReviewPage();
    void buildFinishPage();
    void browseSource();
    void browseGazetteer();
    void browseOutput();
    void refreshPreview();
    void fillColumns();
    void presetCoordinateColumns();
    void editValueTable(const QString& field);
    /// Distinct cells of `column` in the last read table (rejected rows too), with counts.
    QVector<QPair<QString, int>> cellsOf(const QString& column) const;
    void fillReview();
    void updateCounts();
    ImportOptions options() const;
    const LayerRole* role() const;
    bool fail(const QString& message, bool showBox);

    MapDocument* mDocument;
    std::optional<TableImport> mTable;
    QVector<RowOutcome> mOutcomes;
    ProjectVillagePoints mVillages; ///< where rows matched by name are drawn (CGCS2000)
    DrawnRows mDrawn;
    QString mLastError;
    QString mRejectsPath;
    bool mOutputEdited = false;
    bool mFilling = false; ///< widgets are being filled, not edited by the user

    // File page
    QLineEdit* mPath = nullptr;
    QComboBox* mRole = nullptr;
    QComboBox* mEncoding = nullptr;
    QComboBox* mSheet = nullptr;
    QTableWidget* mPreview = nullptr;
    QLabel* mFileStatus = nullptr;
    // Columns page
    QFormLayout* mFieldForm = nullptr;
    QHash<QString, QComboBox*> mFieldCombos;
    QComboBox* mKind = nullptr;
    QComboBox* mX = nullptr;
    QComboBox* mY = nullptr;
    QLineEdit* mGazetteer = nullptr;
    QStringList mColumnsShown; ///< the columns the combos list
    /// Choices made before the Columns page was shown (or by the user), kept over refills.
    QHash<QString, QString> mChosen;
    std::optional<QString> mXChosen, mYChosen;
    QHash<QString, QString> mConstants; ///< field → the value every row gets
    struct ValueTable {
        QString column;
        QHash<QString, QString> values;
    };
    QHash<QString, ValueTable> mValueTables; ///< field → column and cell → value
    // Review page
    QLabel* mCounts = nullptr;
    QTableWidget* mDoubtful = nullptr;
    // Finish page
    QLineEdit* mOutput = nullptr;
};

} // namespace wm
