#pragma once

#include "core/extent.h"
#include "render/page_template.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wm {

class MapDocument;
class PageLayout;

/// File ▸ Export Map: a thematic map page of the open project (template, paper,
/// orientation, DPI, title, extent = the current view, the whole project or one unit),
/// previewed, written as PDF, SVG, PNG or JPEG; or an atlas with one page per unit of a
/// boundary layer, as one PDF or one file per unit (PDF, PNG or SVG) with the indicator
/// tables of the rules beside the project. Pages show the document's scenario view as the
/// canvas does (render/scenario_view.h), so they match `worksmap-cli render --scenario`.
/// The atlas is written by render/atlas_writer.h on a worker thread, with a progress
/// dialog whose Cancel leaves nothing half-written. No output replaces a project input.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(MapDocument* document, const Extent& currentView, QWidget* parent = nullptr);

    void setOutputPath(const QString& path);
    void setTitle(const QString& title);
    void setAtlas(bool atlas);
    /// File type per unit when the atlas goes to a folder: "pdf", "png" or "svg".
    bool setAtlasFormat(const QString& format);
    /// Chooses the extent: "view", "project" or a unit's division code.
    bool setExtentChoice(const QString& choice);
    /// The page as it will be exported (the template with the dialog's choices).
    PageTemplate pageTemplate() const;
    /// Writes the file(s); false (and lastError()) when it cannot.
    bool exportNow();
    QString lastError() const { return mLastError; }
    /// The preview image shown (for tests).
    QImage previewImage() const;

private:
    void fillTemplates();
    void applyTemplate();
    void updatePreview();
    void browse();
    PageLayout layoutFor(const Extent& extent, const QString& title) const;
    Extent chosenExtent() const;
    bool exportAtlas(const QString& path);
    bool refuseInput(const QString& path, const QString& rulesPath);

    MapDocument* mDocument;
    Extent mView;
    QVector<PageTemplate> mTemplates;
    QComboBox* mTemplate = nullptr;
    QComboBox* mPaper = nullptr;
    QComboBox* mOrientation = nullptr;
    QSpinBox* mDpi = nullptr;
    QLineEdit* mTitle = nullptr;
    QLineEdit* mSubtitle = nullptr;
    QComboBox* mExtent = nullptr;
    QCheckBox* mAtlas = nullptr;
    QComboBox* mAtlasLayer = nullptr;
    QComboBox* mAtlasFormat = nullptr;
    QLineEdit* mPath = nullptr;
    QLabel* mPreview = nullptr;
    QPushButton* mExport = nullptr;
    QString mLastError;
};

} // namespace wm
