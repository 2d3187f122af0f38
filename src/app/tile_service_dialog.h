#pragma once

#include "core/project.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wm {

/// File ▸ Add Tile Service…: a basemap from a tile service by URL template, with presets
/// (OpenStreetMap; 天地图 vector or imagery, with their place-name labels as a second
/// layer). A service that needs a key (a {key} in its template: 天地图's tk) asks for it
/// and keeps it in the user's settings (io/tile_keys.h), never in the project file.
class TileServiceDialog : public QDialog {
    Q_OBJECT
public:
    explicit TileServiceDialog(QWidget* parent = nullptr);

    /// The raster layers to add, bottom first (a base and, for 天地图, its labels).
    QVector<LayerEntry> entries() const;
    /// Picks preset `index` (0: OpenStreetMap) as the combo box does.
    void choosePreset(int index);
    /// Sets the form's template (a custom service).
    void setTemplate(const QString& urlTemplate);
    void setKey(const QString& key);

    void accept() override;

private:
    void templateChanged();

    QComboBox* mPreset = nullptr;
    QLineEdit* mTitle = nullptr;
    QLineEdit* mTemplate = nullptr;
    QLineEdit* mAttribution = nullptr;
    QSpinBox* mMaxZoom = nullptr;
    QLineEdit* mKey = nullptr;
    QLabel* mKeyNote = nullptr;
    QCheckBox* mLabels = nullptr;
    QString mLabelsTemplate;
    QString mLabelsTitle;
};

} // namespace wm
