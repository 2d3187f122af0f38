#pragma once

#include "core/china_coordinates.h"

#include <QString>

#include <optional>

namespace wm {

struct LoadedLayer;
struct LoadedProject;

/// What the comparison of a layer with the project's boundaries says about a web-map
/// offset, in the reader's language.
struct OffsetNote {
    QString text;
    /// The offset the layer itself seems to carry (declare it to read the layer right);
    /// nullopt when it is the boundary layer `referenceId` that looks offset.
    std::optional<ChinaOffset> layerOffset;
    QString referenceId; ///< the boundary layer compared with
};

/// Compares `layer` (lines or polygons, declared WGS84/CGCS2000 lon/lat, no offset set) with
/// the project's first boundary layer, as core's compareWithReference() does, and words
/// the finding: "looks like GCJ-02: …". Nullopt when the layer is not such a layer, there is
/// no other boundary layer, they do not overlap, or no offset explains the difference.
std::optional<OffsetNote> offsetNote(const LoadedLayer& layer, const LoadedProject& project);

} // namespace wm
