#pragma once

#include <QStringList>

namespace wm {

/// How digitising snaps, as QGIS's snapping toolbar sets it: on or off, to which layers, how
/// near. Kept in the user's settings (QSettings), not in the project: snapping is a habit of
/// the hand that digitises, and a project handed to a colleague should not change theirs.
/// Chosen layers are kept by layer id; projects made by `new` and the demo name their layers
/// by role ("facilities", "pipes"), so the choice carries over between projects of one shape.
struct SnappingConfig {
    enum class Mode { CurrentLayer, AllLayers, ChosenLayers };

    bool enabled = true;
    Mode mode = Mode::CurrentLayer; ///< QGIS's default: the layer being edited
    double tolerancePixels = 10;    ///< screen pixels, whatever the scale
    QStringList layers;             ///< layer ids snapped to in ChosenLayers mode
    /// A new (or moved) point may land on an existing point without holding Ctrl. Off by
    /// default: two facilities at one spot hide each other on the map.
    bool pointsOntoPoints = false;

    static SnappingConfig load();
    void save() const;
    bool operator==(const SnappingConfig&) const = default;
};

} // namespace wm
