#pragma once

#include "core/attribute_table.h"
#include "core/crs.h"
#include "core/extent.h"
#include "core/geometry_kind.h"
#include "core/geometry_store.h"
#include "core/geos_context.h"
#include "core/load_report.h"
#include "core/spatial_index.h"

#include <memory>
#include <vector>

namespace wm {

/// Features read once from a source: attributes (columnar, typed as the source's
/// driver reported them), geometries in the layer's CRS (the project CRS once loaded)
/// held compactly in a GeometryStore, and a spatial index. Feature i is row i
/// everywhere.
///
/// GEOS geometries are made from the store when first asked for (geometry()) and kept
/// for the layer's life, so analyses that need GEOS pay for the features they touch
/// while drawing and counting read the arrays. Polygons handed in as GEOS geometries
/// (units, after repair) are kept as they are.
class Layer {
public:
    Layer();
    ~Layer();
    Layer(Layer&&) noexcept;
    Layer& operator=(Layer&&) noexcept;
    Layer(const Layer&) = delete;
    Layer& operator=(const Layer&) = delete;

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
    qint64 fid(qsizetype i) const { return mFids.empty() ? mFirstFid + i : mFids[i]; }
    /// Whether feature i has a geometry (possibly empty).
    bool hasGeometry(qsizetype i) const { return !mGeometries.isNull(std::size_t(i)); }
    /// Geometry of feature i in `crs` units, or null for a feature without geometry. Made
    /// on first use (from any thread) and kept while the layer lives.
    const GEOSGeometry* geometry(qsizetype i) const;
    /// Feature i's vertices and structure, without GEOS.
    GeometryView view(qsizetype i) const { return mGeometries.view(std::size_t(i)); }
    /// The position of a single-point feature; false for anything else.
    bool point(qsizetype i, double& x, double& y) const
    {
        return mGeometries.point(std::size_t(i), x, y);
    }
    const GeometryStore& geometries() const { return mGeometries; }
    /// For bulk coordinate transformation before buildIndex().
    GeometryStore& geometries() { return mGeometries; }

    /// Envelope of feature i (null without geometry).
    Extent envelope(qsizetype i) const;
    /// Union of all envelopes, in `crs` units.
    const Extent& extent() const { return mExtent; }
    const SpatialIndex& index() const { return mIndex; }

    /// A layer with this one's name, source, CRSs, kind, report and fields but no
    /// features: the start of a copy with some features left out or changed.
    std::shared_ptr<Layer> emptyCopy() const;

    /// Reserves room for `n` features (and `vertices` vertices, if known).
    void reserve(qsizetype n, qsizetype vertices = 0);
    /// Appends a feature (geometry may be null) and returns its index. The attribute row
    /// must be appended to `attributes` by the caller with the same index.
    qsizetype addFeature(qint64 fid, GeomPtr geometry);
    /// Appends a point feature.
    qsizetype addPoint(qint64 fid, double x, double y);
    /// Appends a feature without geometry.
    qsizetype addNull(qint64 fid);
    /// Appends a feature from WKB; false (nothing appended) if the store cannot read it.
    bool addWkb(qint64 fid, const std::uint8_t* wkb, std::size_t size);
    /// Appends a feature parsed from WKB.
    qsizetype addParsed(qint64 fid, const ParsedGeometry& geometry);
    /// Takes feature i's geometry away (a position that failed to transform); call
    /// buildIndex() afterwards.
    void clearGeometry(qsizetype i) { mGeometries.setNull(std::size_t(i)); }
    /// Computes envelopes and extent from the stored vertices and builds the spatial
    /// index; call once after the last feature is added (and after any bulk transform).
    void buildIndex();

    /// Features whose envelope intersects `extent` (index-backed), in no particular order.
    std::vector<qsizetype> featuresIn(const Extent& extent) const;
    /// The same, in feature order (the order a map draws them in).
    std::vector<qsizetype> featuresInOrder(const Extent& extent) const;

    /// Bytes held by geometries, index and attributes (not counting GEOS geometries
    /// made on demand), for memory reports.
    std::size_t memoryBytes() const;

private:
    /// Calls `hit(i)` for every feature whose envelope intersects `extent` (the index's
    /// float boxes refined by the exact coordinates or envelopes).
    template <typename Hit> void visitIn(const Extent& extent, Hit&& hit) const;

    void noteFid(qint64 fid);
    void noteAdded(GeomPtr kept);
    void releaseGeos();

    struct GeosCache;
    GeometryStore mGeometries;
    qint64 mFirstFid = 0;
    std::vector<qint64> mFids;      ///< empty while fids run on from mFirstFid
    std::vector<Extent> mEnvelopes; ///< empty while the layer holds points only
    Extent mExtent;
    SpatialIndex mIndex;
    std::unique_ptr<GeosCache> mGeos;
};

} // namespace wm
