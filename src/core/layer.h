#pragma once

#include "core/attribute_table.h"
#include "core/crs.h"
#include "core/extent.h"
#include "core/geometry_kind.h"
#include "core/geos_context.h"
#include "core/load_report.h"
#include "core/spatial_index.h"

#include <memory>
#include <vector>

namespace wm {

/// Features read once from a source: attributes (columnar, typed as the source's
/// driver reported them), geometries in the layer's CRS (the project CRS once
/// loaded), their envelopes and a spatial index. Feature i is row i everywhere.
class Layer {
public:
    Layer() = default;
    Layer(Layer&&) = default;
    Layer& operator=(Layer&&) = default;

    QString name;               ///< the source's layer name
    QString sourcePath;         ///< file or connection string it was read from
    QString driver;             ///< GDAL driver short name ("GPKG", "ESRI Shapefile", …)
    QString sourceGeometryType; ///< as GDAL names it, e.g. "Multi Polygon", "None"
    Crs sourceCrs;              ///< CRS of the source (invalid if it declared none)
    Crs crs;                    ///< CRS of the geometries held here
    GeometryKind kind = GeometryKind::None;
    AttributeTable attributes;
    LoadReport report;

    qsizetype featureCount() const { return qsizetype(mGeometries.size()); }
    /// Source feature id (GDAL FID) of feature i.
    qint64 fid(qsizetype i) const { return mFids[i]; }
    /// Geometry of feature i in `crs` units, or null for a feature without geometry.
    const GEOSGeometry* geometry(qsizetype i) const { return mGeometries[i].get(); }
    const Extent& envelope(qsizetype i) const { return mEnvelopes[i]; }
    /// Union of all envelopes, in `crs` units.
    const Extent& extent() const { return mExtent; }
    const SpatialIndex& index() const { return mIndex; }

    /// A layer with this one's name, source, CRSs, kind, report and fields but no
    /// features: the start of a copy with some features left out or changed.
    std::shared_ptr<Layer> emptyCopy() const;

    /// Reserves room for `n` features (avoids regrowing the per-feature arrays).
    void reserve(qsizetype n);
    /// Appends a feature (geometry may be null) and returns its index. The attribute row
    /// must be appended to `attributes` by the caller with the same index.
    qsizetype addFeature(qint64 fid, GeomPtr geometry);
    /// Builds envelopes' spatial index; call once after the last addFeature().
    void buildIndex();

    /// Features whose envelope intersects `extent` (index-backed).
    std::vector<qsizetype> featuresIn(const Extent& extent) const { return mIndex.query(extent); }

private:
    std::vector<qint64> mFids;
    std::vector<GeomPtr> mGeometries;
    std::vector<Extent> mEnvelopes;
    Extent mExtent;
    SpatialIndex mIndex;
};

} // namespace wm
