#pragma once

#include "core/layer.h"

#include <vector>

namespace wm {

/// Where a digitised point lands after snapping.
struct SnapResult {
    enum class Kind { None, Vertex, Segment };
    Kind kind = Kind::None;
    double x = 0, y = 0;
    const Layer* layer = nullptr;
    qsizetype feature = -1;
    bool snapped() const { return kind != Kind::None; }
};

/// Snapping for the editor: a vertex within the tolerance wins over a nearer segment, as in
/// QGIS, so drawing onto a pipe's end joins it rather than landing a few cm along it.
/// Candidates come from each layer's spatial index; the tolerance is in map units (the
/// canvas turns its pixel tolerance into map units at the current scale).
class Snapper {
public:
    void addLayer(const Layer* layer) { mLayers.push_back(layer); }
    /// Snaps (x, y); `skipLayer`/`skipFeature` (e.g. the feature being reshaped) is ignored.
    SnapResult snap(double x, double y, double tolerance, const Layer* skipLayer = nullptr,
                    qsizetype skipFeature = -1) const;

private:
    std::vector<const Layer*> mLayers;
};

} // namespace wm
