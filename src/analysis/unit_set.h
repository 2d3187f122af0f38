#pragma once

#include "core/extent.h"
#include "core/geos_context.h"
#include "core/layer.h"

#include <QString>

#include <memory>
#include <vector>

namespace wm {

struct LoadedLayer;

struct GeosPreparedDeleter {
    void operator()(const GEOSPreparedGeometry* p) const;
};
/// A GEOS prepared geometry, destroyed with the calling thread's context. Prepared
/// geometries build their indexes lazily on first use, so one must not be used by two
/// threads at once.
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, GeosPreparedDeleter>;

/// Administrative units an analysis runs on: the features of a boundary layer, plus units
/// that carry a code and name but no polygon (added by target tables: 市本级, 开发区),
/// which every measure reports as 0/empty.
struct Unit {
    QString code;        ///< division code as text ("130529"); may be empty (邢台县, abolished)
    QString name;        ///< name as in the boundary layer
    QString currentName; ///< name after redistricting, empty if the layer has none
    /// Row of the boundary layer; -1 for a unit added without polygon.
    qsizetype feature = -1;
    /// The name planners use now: the current name after redistricting, else the layer's.
    const QString& displayName() const { return currentName.isEmpty() ? name : currentName; }
};

/// The units of one boundary layer, in its feature order, then those added without
/// polygon. Geometries are those of the layer (its CRS: the project's metric CRS, e.g.
/// EPSG:4547, metres). Copies share the layer and are cheap.
///
/// Where polygons touch or overlap, a place belongs to the unit with the lowest index
/// that covers it; every measure follows that rule so nothing is counted twice.
class UnitSet {
public:
    /// Units from a boundary layer: `codeField`, `nameField`, optional `currentNameField`
    /// (empty = none). Codes are trimmed text; a real-typed code column is written without
    /// decimals. Throws wm::Error (naming the layer's source) if `boundaries` is null or a
    /// named field is missing. The layer must have its spatial index built.
    UnitSet(std::shared_ptr<const Layer> boundaries, const QString& codeField,
            const QString& nameField, const QString& currentNameField = {});

    /// From a loaded project layer with role boundary, fields through its role mapping
    /// (code, name, name_current). Throws wm::Error if the layer is unavailable, not a
    /// boundary layer, or its code or name field is unmapped.
    static UnitSet fromLoadedLayer(const LoadedLayer& layer);

    int size() const { return int(mUnits.size()); }
    const Unit& unit(int i) const { return mUnits[std::size_t(i)]; }
    const std::vector<Unit>& units() const { return mUnits; }
    /// First unit whose code equals `code` (trimmed), or -1; -1 for an empty code.
    int indexOfCode(const QString& code) const;
    /// Appends a unit without polygon and returns its index; if a unit with that code
    /// exists already, returns that one instead (a target table names each unit once).
    int addUnitWithoutPolygon(const QString& code, const QString& name);

    /// Polygon of unit i in the layer's CRS (metres), or null for a unit without polygon
    /// (also for a boundary feature that has no geometry).
    const GEOSGeometry* geometry(int i) const;
    /// Envelope of unit i's polygon (null Extent for a unit without polygon).
    Extent envelope(int i) const;
    /// The unit containing (x, y) in the layer's CRS (metres); a point on a shared border
    /// goes to exactly one unit (the lowest index that covers it). -1: none.
    /// Thread-safe (the prepared polygons it keeps are locked while in use).
    int unitAt(double x, double y) const;
    /// Units with a polygon whose envelope intersects `extent`, ascending.
    std::vector<int> unitsIn(const Extent& extent) const;
    /// Number of units made from the layer's features (they come first: unit i is
    /// feature i for i below this count; the units added without polygon follow).
    int layerUnitCount() const { return mLayerUnits; }

    const Layer* layer() const { return mLayer.get(); }
    std::shared_ptr<const Layer> sharedLayer() const { return mLayer; }

    /// Prepared polygons of all units (null where there is none), made for one caller:
    /// measures prepare their own so that they can run on any thread.
    std::vector<PreparedPtr> preparePolygons() const;

private:
    struct PreparedCache;

    std::shared_ptr<const Layer> mLayer;
    std::vector<Unit> mUnits;
    int mLayerUnits = 0;
    std::shared_ptr<PreparedCache> mPrepared; ///< for unitAt(), shared by copies
};

} // namespace wm
