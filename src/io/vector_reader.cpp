#include "io/vector_reader.h"

#include "core/coordinate_transform.h"
#include "core/error.h"
#include "core/geometry_repair.h"
#include "core/process_memory.h"
#include "core/project.h"
#include "io/arrow_stream.h"
#include "io/coordinate_columns.h"
#include "io/gdal_support.h"
#include "io/text_encoding.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::VectorReader)
};
} // namespace

namespace wm {

namespace {

/// Tables without a declared CRS carry longitude/latitude as planners receive them:
/// CGCS2000, which differs from WGS84 by well under a metre.
const char* const AssumedTableCrs = "EPSG:4490";
constexpr int EncodingSampleRows = 500;
constexpr qint64 ProgressEvery = 4096;
// After reading this many features the freed reading buffers are worth returning.
constexpr qsizetype LargeLayerFeatures = 100000;

bool hasSuffix(const QString& path, std::initializer_list<const char*> suffixes)
{
    const QString s = QFileInfo(path).suffix().toLower();
    for (const char* x : suffixes)
        if (s == QLatin1String(x))
            return true;
    return false;
}

bool hasSidecar(const QString& path, const char* suffix)
{
    const QFileInfo fi(path);
    const QString base = fi.path() + QLatin1Char('/') + fi.completeBaseName() + QLatin1Char('.');
    return QFileInfo::exists(base + QLatin1String(suffix)) ||
           QFileInfo::exists(base + QString::fromLatin1(suffix).toUpper());
}

GeometryKind kindOfOgrType(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryKind::Point;
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
        return GeometryKind::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface:
    case wkbTriangle:
    case wkbTIN:
    case wkbPolyhedralSurface:
        return GeometryKind::Polygon;
    case wkbNone:
        return GeometryKind::None;
    default:
        return GeometryKind::Mixed; // unknown or collection: decided per feature
    }
}

FieldType fieldTypeOf(const OGRFieldDefn& f)
{
    switch (f.GetType()) {
    case OFTInteger:
        return f.GetSubType() == OFSTBoolean ? FieldType::Boolean : FieldType::Integer;
    case OFTInteger64:
        return FieldType::Integer64;
    case OFTReal:
        return FieldType::Real;
    case OFTDate:
        return FieldType::Date;
    case OFTTime:
        return FieldType::Time;
    case OFTDateTime:
        return FieldType::DateTime;
    default:
        return FieldType::String; // strings, lists and binary are kept as text
    }
}

/// An opened GDAL layer and how to read its text and geometry.
struct Source {
    QString path;
    GDALDatasetUniquePtr dataset;
    OGRLayer* layer = nullptr;
    bool rawText = false; ///< strings arrive undecoded; we decode with `encoding`
    QString encoding = QString::fromLatin1(encoding::Utf8);
    QStringList fieldNames;
    CoordinateColumns columns;
    GeometryKind kind = GeometryKind::None;
    Crs crs;
    bool swapXY = false;
    QString encodingNote;
};

QString decodeText(const Source& s, const char* text)
{
    return s.rawText ? encoding::decode(QByteArray(text), s.encoding) : QString::fromUtf8(text);
}

Source open(const QString& path, const ReadOptions& options)
{
    gdal::ensureRegistered();
    if (!QFileInfo::exists(path) && !LayerEntry::isPostgisSource(path))
        throw Error(path, Tr::tr("file not found"));
    gdal::refuseSpecialFile(path);

    Source s;
    s.path = path;
    const bool csvLike = hasSuffix(path, {"csv", "tsv", "txt"});
    const bool shapefile = hasSuffix(path, {"shp", "dbf"});
    // GDAL recodes DBF text when a .cpg (or the DBF's language id) names the encoding. A
    // .dbf from a Chinese office often has neither, and GDAL would then read GBK as
    // Latin-1; such files and CSVs (never recoded by GDAL) are read raw and decoded here.
    s.rawText = csvLike || (shapefile && (!hasSidecar(path, "cpg") || !options.encoding.isEmpty()));

    QByteArrayList optionBytes;
    if (csvLike)
        optionBytes << "AUTODETECT_TYPE=YES"
                    << "EMPTY_STRING_AS_NULL=YES";
    if (shapefile && s.rawText)
        optionBytes << "ENCODING=";
    std::vector<const char*> openOptions;
    for (const QByteArray& o : optionBytes)
        openOptions.push_back(o.constData());
    openOptions.push_back(nullptr);

    gdal::ErrorCollector errors;
    s.dataset.reset(GDALDataset::Open(path.toUtf8().constData(),
                                      GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                      nullptr, openOptions.data(), nullptr));
    if (!s.dataset)
        throw Error(path,
                    Tr::tr("cannot read as vector data (unknown format or corrupt file): %1")
                        .arg(errors.lastFailure(Tr::tr("GDAL found no vector driver for it"))));
    if (s.dataset->GetLayerCount() == 0)
        throw Error(path, Tr::tr("contains no vector layer"));

    if (options.layerName.isEmpty()) {
        s.layer = s.dataset->GetLayer(0);
    } else {
        s.layer = s.dataset->GetLayerByName(options.layerName.toUtf8().constData());
        if (!s.layer) {
            QStringList names;
            for (OGRLayer* l : s.dataset->GetLayers())
                names << QString::fromUtf8(l->GetName());
            throw Error(path, Tr::tr("no layer named \"%1\" (layers: %2)")
                                  .arg(options.layerName, names.join(QStringLiteral(", "))));
        }
    }

    if (!options.where.isEmpty()) {
        gdal::ErrorCollector filterErrors;
        if (s.layer->SetAttributeFilter(options.where.toUtf8().constData()) != OGRERR_NONE)
            throw Error(path, Tr::tr("cannot filter by \"%1\": %2")
                                  .arg(options.where, filterErrors.lastFailure(QString())));
    }
    if (!options.within.isNull())
        s.layer->SetSpatialFilterRect(options.within.xMin, options.within.yMin, options.within.xMax,
                                      options.within.yMax);

    OGRFeatureDefn* defn = s.layer->GetLayerDefn();
    if (s.rawText) {
        if (!options.encoding.isEmpty()) {
            s.encoding = options.encoding;
        } else {
            QList<QByteArray> samples;
            for (int i = 0; i < defn->GetFieldCount(); ++i)
                samples << QByteArray(defn->GetFieldDefn(i)->GetNameRef());
            int rows = 0;
            for (auto& feature : *s.layer) {
                for (int i = 0; i < defn->GetFieldCount(); ++i)
                    if (defn->GetFieldDefn(i)->GetType() == OFTString &&
                        feature->IsFieldSetAndNotNull(i))
                        samples << QByteArray(feature->GetFieldAsString(i));
                if (++rows >= EncodingSampleRows)
                    break;
            }
            s.layer->ResetReading();
            s.encoding = encoding::detect(samples);
            if (s.encoding != QLatin1String(encoding::Utf8))
                s.encodingNote =
                    Tr::tr("text read as %1 (detected; no encoding declared)").arg(s.encoding);
        }
    }
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        s.fieldNames << decodeText(s, defn->GetFieldDefn(i)->GetNameRef());

    if (defn->GetGeomFieldCount() > 0) {
        s.kind = kindOfOgrType(s.layer->GetGeomType());
        const OGRSpatialReference* srs = s.layer->GetSpatialRef();
        s.crs = gdal::crsFromSrs(srs);
        s.swapXY = gdal::dataIsNorthingFirst(srs);
    } else if (options.coordinateAliases) {
        s.columns = CoordinateColumns::find(s.fieldNames, *options.coordinateAliases);
        if (!s.columns.isEmpty()) {
            s.kind = s.columns.hasLonLat() ? GeometryKind::Point : GeometryKind::Mixed;
            s.crs = Crs::fromDefinition(QString::fromLatin1(AssumedTableCrs));
        }
    }
    if (options.sourceCrs.isValid()) {
        s.crs = options.sourceCrs;
        s.swapXY = false;
    }
    if (options.chinaOffset != ChinaOffset::None)
        s.crs = Crs::wgs84(); // GCJ-02 and BD-09 are offsets of WGS84 lon/lat
    return s;
}

bool looksGeographic(const Extent& e)
{
    return !e.isNull() && e.xMin >= -180.5 && e.xMax <= 180.5 && e.yMin >= -90.5 && e.yMax <= 90.5;
}

/// Reads one row's point from its lon/lat or WKT cells; nullopt-like null on failure.
std::unique_ptr<OGRGeometry> geometryFromColumns(const Source& s, OGRFeature& f)
{
    if (s.columns.hasLonLat()) {
        if (!f.IsFieldSetAndNotNull(s.columns.longitude) ||
            !f.IsFieldSetAndNotNull(s.columns.latitude))
            return nullptr;
        bool okX = false, okY = false;
        const double lon =
            decodeText(s, f.GetFieldAsString(s.columns.longitude)).trimmed().toDouble(&okX);
        const double lat =
            decodeText(s, f.GetFieldAsString(s.columns.latitude)).trimmed().toDouble(&okY);
        if (!okX || !okY || std::abs(lon) > 180 || std::abs(lat) > 90)
            return nullptr;
        return std::make_unique<OGRPoint>(lon, lat);
    }
    if (s.columns.wkt >= 0 && f.IsFieldSetAndNotNull(s.columns.wkt)) {
        OGRGeometry* g = nullptr;
        if (OGRGeometryFactory::createFromWkt(f.GetFieldAsString(s.columns.wkt), nullptr, &g) ==
            OGRERR_NONE)
            return std::unique_ptr<OGRGeometry>(g);
    }
    return nullptr;
}

GeomPtr toGeos(const OGRGeometry& g, bool swapXY)
{
    GEOSContextHandle_t ctx = geosContext();
    if (g.IsEmpty())
        return nullptr;
    if (wkbFlatten(g.getGeometryType()) == wkbPoint) {
        const auto& p = *g.toPoint();
        return GeomPtr(swapXY ? GEOSGeom_createPointFromXY_r(ctx, p.getY(), p.getX())
                              : GEOSGeom_createPointFromXY_r(ctx, p.getX(), p.getY()));
    }
    std::unique_ptr<OGRGeometry> linear;
    const OGRGeometry* source = &g;
    if (g.hasCurveGeometry()) {
        linear.reset(g.getLinearGeometry());
        source = linear.get();
    }
    GeomPtr out(source->exportToGEOS(ctx));
    if (out && swapXY)
        out.reset(GEOSGeom_transformXY_r(
            ctx, out.get(),
            [](double* x, double* y, void*) {
                std::swap(*x, *y);
                return 1;
            },
            nullptr));
    return out;
}

/// `g` with every vertex moved from GCJ-02/BD-09 back to WGS84.
GeomPtr withoutChinaOffset(const GEOSGeometry* g, ChinaOffset offset)
{
    return GeomPtr(GEOSGeom_transformXY_r(
        geosContext(), g,
        [](double* x, double* y, void* data) {
            const LonLat p = removeChinaOffset({*x, *y}, *static_cast<ChinaOffset*>(data));
            *x = p.lon;
            *y = p.lat;
            return 1;
        },
        &offset));
}

void readAttributes(const Source& s, OGRFeature& f, AttributeTable& table, qsizetype row)
{
    const int n = table.fieldCount();
    for (int i = 0; i < n; ++i) {
        if (!f.IsFieldSetAndNotNull(i))
            continue;
        switch (table.fields()[i].type) {
        case FieldType::Integer:
        case FieldType::Integer64:
        case FieldType::Boolean:
            table.setInteger(row, i, f.GetFieldAsInteger64(i));
            break;
        case FieldType::Real:
            table.setReal(row, i, f.GetFieldAsDouble(i));
            break;
        case FieldType::Date:
        case FieldType::Time:
        case FieldType::DateTime: {
            int y, m, d, h, mi, tz;
            float sec;
            if (f.GetFieldAsDateTime(i, &y, &m, &d, &h, &mi, &sec, &tz)) {
                const FieldType t = table.fields()[i].type;
                const QString date = QString::asprintf("%04d-%02d-%02d", y, m, d);
                const QString time = QString::asprintf("%02d:%02d:%02d", h, mi, int(sec));
                table.setString(row, i,
                                t == FieldType::Date   ? date
                                : t == FieldType::Time ? time
                                                       : date + QLatin1Char('T') + time);
            }
            break;
        }
        default:
            table.setString(row, i, decodeText(s, f.GetFieldAsString(i)));
            break;
        }
    }
}

QString rowLabel(const Source& s, qint64 fid)
{
    // GDAL numbers CSV data rows from 1; the header is line 1 of the file.
    if (hasSuffix(s.path, {"csv", "tsv", "txt"}))
        return Tr::tr("row %1 (line %2)").arg(fid).arg(fid + 1);
    return Tr::tr("feature %1").arg(fid);
}

/// No coordinate system has coordinates beyond ±1e10 (metres or degrees); NaN, ±inf and
/// 1e308 come from broken exports and would move extents, centres and the auto CRS.
constexpr double PlausibleLimit = 1e10;

bool plausible(double v)
{
    return std::isfinite(v) && std::abs(v) <= PlausibleLimit;
}

bool hasPlausibleCoordinates(const OGRGeometry& g)
{
    if (g.IsEmpty())
        return true;
    OGREnvelope env;
    g.getEnvelope(&env);
    // An envelope of NaN coordinates may come out as ±DBL_MAX or NaN: both fail here.
    return plausible(env.MinX) && plausible(env.MaxX) && plausible(env.MinY) && plausible(env.MaxY);
}

QString envelopeText(const OGRGeometry& g)
{
    OGREnvelope env;
    g.getEnvelope(&env);
    return QStringLiteral("%1 %2").arg(env.MinX).arg(env.MinY);
}

} // namespace

SourceProbe VectorReader::probe(const QString& path, const ReadOptions& options)
{
    Source s = open(path, options);
    SourceProbe p;
    p.driver = QString::fromUtf8(s.dataset->GetDriver()->GetDescription());
    for (OGRLayer* l : s.dataset->GetLayers())
        p.layerNames << QString::fromUtf8(l->GetName());
    p.layerName = QString::fromUtf8(s.layer->GetName());
    p.kind = s.kind;
    if (p.kind == GeometryKind::Mixed && s.columns.isEmpty()) {
        // GeoJSON and DXF declare no geometry type: look at the features.
        GeometryKind seen = GeometryKind::None;
        int n = 0;
        for (auto& f : *s.layer) {
            if (const OGRGeometry* g = f->GetGeometryRef()) {
                const GeometryKind k = kindOfOgrType(g->getGeometryType());
                seen = seen == GeometryKind::None || seen == k ? k : GeometryKind::Mixed;
            }
            if (++n >= 1000)
                break;
        }
        s.layer->ResetReading();
        if (seen != GeometryKind::None)
            p.kind = seen;
    }
    p.geometryType = s.columns.isEmpty()
                         ? QString::fromUtf8(OGRGeometryTypeToName(s.layer->GetGeomType()))
                         : QStringLiteral("Point (from columns)");
    p.crs = s.crs;
    p.featureCount = s.layer->GetFeatureCount(TRUE);
    p.fieldNames = s.fieldNames;
    if (const char* fid = s.layer->GetFIDColumn(); fid && *fid)
        p.fidColumn = QString::fromUtf8(fid);
    if (const char* geom = s.layer->GetGeometryColumn(); geom && *geom && s.columns.isEmpty())
        p.geometryColumn = QString::fromUtf8(geom);
    if (s.columns.isEmpty() && s.kind != GeometryKind::None) {
        OGREnvelope env;
        if (s.layer->GetExtent(&env, TRUE) == OGRERR_NONE)
            p.extent = s.swapXY ? Extent::of(env.MinY, env.MinX, env.MaxY, env.MaxX)
                                : Extent::of(env.MinX, env.MinY, env.MaxX, env.MaxY);
    } else if (!s.columns.isEmpty()) {
        for (auto& f : *s.layer)
            if (auto g = geometryFromColumns(s, *f); g && hasPlausibleCoordinates(*g)) {
                OGREnvelope env;
                g->getEnvelope(&env);
                p.extent.include(Extent::of(env.MinX, env.MinY, env.MaxX, env.MaxY));
            }
    }
    return p;
}

std::optional<QPointF> VectorReader::medianCentre(const QString& path, const ReadOptions& options,
                                                  qint64 maxFeatures)
{
    Source s = open(path, options);
    if (s.kind == GeometryKind::None && s.columns.isEmpty())
        return std::nullopt;
    std::vector<double> xs, ys;
    for (auto& f : *s.layer) {
        std::unique_ptr<OGRGeometry> fromColumns;
        const OGRGeometry* g = f->GetGeometryRef();
        if (!s.columns.isEmpty()) {
            fromColumns = geometryFromColumns(s, *f);
            g = fromColumns.get();
        }
        if (g && !g->IsEmpty() && hasPlausibleCoordinates(*g)) {
            OGREnvelope env;
            g->getEnvelope(&env);
            const double x = (env.MinX + env.MaxX) / 2, y = (env.MinY + env.MaxY) / 2;
            xs.push_back(s.swapXY ? y : x);
            ys.push_back(s.swapXY ? x : y);
        }
        if (qint64(xs.size()) >= maxFeatures)
            break;
    }
    if (xs.empty())
        return std::nullopt;
    const auto median = [](std::vector<double>& v) {
        std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
        return v[v.size() / 2];
    };
    return QPointF(median(xs), median(ys));
}

namespace {

/// Lines GEOS would call invalid: a part of fewer than two vertices, or of one vertex
/// repeated. The bulk path leaves these to GEOS's check and repair.
bool linesLookValid(const GeometryView& v)
{
    bool ok = true;
    forEachPart(v, [&](StoredType type, const double* xy, std::uint32_t n, int) {
        if (type != StoredType::LineString)
            return;
        bool moves = false;
        for (std::uint32_t k = 1; k < n && !moves; ++k)
            moves = xy[2 * k] != xy[0] || xy[2 * k + 1] != xy[1];
        ok = ok && n >= 2 && moves;
    });
    return ok;
}

bool parsedIsPlausible(const ParsedGeometry& g)
{
    for (const double v : g.xy)
        if (!plausible(v))
            return false;
    return true;
}

/// What every feature's geometry goes through once read: the web-map offset removed,
/// the transformation to the layer's CRS, the check and repair of lines and polygons,
/// and the counts and notes of the layer's load report. Features read in bulk (points
/// and valid lines from an Arrow stream) are transformed in bulk by flush() instead.
class GeometryFinisher {
public:
    GeometryFinisher(const Source& s, Layer& layer, const ReadOptions& options,
                     const std::optional<CoordinateTransform>& transform, qint64& done,
                     qint64 total)
        : mSource(s), mLayer(layer), mOptions(options), mTransform(transform)
    {
        // A stop asked for during a long repair is honoured at GEOS's next interrupt
        // point; the callback is asked at most every 200 ms, GEOS checks far more often.
        mSinceAsked.start();
        if (options.progress)
            mBudget.keepGoing = [this, &done, total] {
                if (mSinceAsked.elapsed() < 200)
                    return true;
                mSinceAsked.restart();
                return mOptions.progress(done, total);
            };
    }

    GeometryKind seenKind() const { return mSeenKind; }

    void see(GeometryKind k)
    {
        mSeenKind = mSeenKind == GeometryKind::None || mSeenKind == k ? k : GeometryKind::Mixed;
    }

    /// Moves, transforms and repairs `geometry` of feature `fid` (null: none).
    GeomPtr finish(GeomPtr geometry, qint64 fid)
    {
        if (geometry && mOptions.chinaOffset != ChinaOffset::None)
            geometry = withoutChinaOffset(geometry.get(), mOptions.chinaOffset);
        if (geometry && mTransform && !mTransform->isIdentity()) {
            GeomPtr moved = mTransform->transform(geometry.get());
            if (!moved)
                noteTransformFailed(fid);
            geometry = std::move(moved);
        }
        if (!geometry) {
            ++mLayer.report.withoutGeometry;
            return geometry;
        }
        const GeometryKind k = geometryKindOf(geometry.get());
        see(k);
        if (k != GeometryKind::Line && k != GeometryKind::Polygon)
            return geometry;
        RepairOutcome outcome = RepairOutcome::Valid;
        try {
            outcome = repairGeometry(geometry, k, mBudget);
        } catch (const Cancelled&) {
            throw Cancelled(mSource.path);
        }
        switch (outcome) {
        case RepairOutcome::Valid:
            break;
        case RepairOutcome::Repaired:
            ++mLayer.report.repaired;
            break;
        case RepairOutcome::Unrepairable:
            ++mLayer.report.unrepairable;
            mLayer.report.note(
                Tr::tr("%1: invalid geometry that MakeValid could not repair; kept as read")
                    .arg(rowLabel(mSource, fid)));
            break;
        case RepairOutcome::OverBudget:
            ++mLayer.report.overBudget;
            mLayer.report.note(Tr::tr("%1: %2 vertices, too many or too slow to check and "
                                      "repair within %3 s; kept as read, unchecked")
                                   .arg(rowLabel(mSource, fid))
                                   .arg(GEOSGetNumCoordinates_r(geosContext(), geometry.get()))
                                   .arg(mBudget.seconds));
            break;
        }
        return geometry;
    }

    /// Adds a feature read in bulk, to be transformed at the next flush().
    void addBulk(qint64 fid, ParsedGeometry& g)
    {
        if (mSource.swapXY)
            for (std::size_t k = 0; k + 1 < g.xy.size(); k += 2)
                std::swap(g.xy[k], g.xy[k + 1]);
        see(geometryKindOf(g.type));
        mLayer.addParsed(fid, g);
    }

    /// Adds a feature finished through GEOS (bulk features before it are flushed first,
    /// so that no vertex is transformed twice).
    void addFinished(qint64 fid, GeomPtr g)
    {
        flush();
        mLayer.addFeature(fid, std::move(g));
        mFlushedFeatures = mLayer.featureCount();
        mFlushedVertices = mLayer.geometries().vertexCount();
    }

    /// Transforms the vertices of the bulk features added since the last flush in one
    /// PROJ call; a feature with a vertex PROJ could not transform loses its position.
    void flush()
    {
        GeometryStore& store = mLayer.geometries();
        const std::size_t from = mFlushedVertices, to = store.vertexCount();
        double* xy = store.coordinates().data();
        if (to > from) {
            if (mOptions.chinaOffset != ChinaOffset::None)
                for (std::size_t k = from; k < to; ++k) {
                    const LonLat p =
                        removeChinaOffset({xy[2 * k], xy[2 * k + 1]}, mOptions.chinaOffset);
                    xy[2 * k] = p.lon;
                    xy[2 * k + 1] = p.lat;
                }
            if (mTransform && !mTransform->isIdentity()) {
                mTransform->transformInterleaved(xy + 2 * from, to - from);
                for (qsizetype i = mFlushedFeatures; i < mLayer.featureCount(); ++i) {
                    const GeometryView v = store.view(std::size_t(i));
                    bool finite = true;
                    for (std::uint32_t k = 0; k < 2 * v.vertexCount && finite; ++k)
                        finite = std::isfinite(v.xy[k]);
                    if (!v.isNull() && !finite) {
                        mLayer.clearGeometry(i);
                        noteTransformFailed(mLayer.fid(i));
                        ++mLayer.report.withoutGeometry;
                    }
                }
            }
        }
        mFlushedVertices = to;
        mFlushedFeatures = mLayer.featureCount();
    }

private:
    void noteTransformFailed(qint64 fid)
    {
        ++mLayer.report.transformFailed;
        mLayer.report.note(
            Tr::tr("%1: coordinates outside the range of %2; kept without a position")
                .arg(rowLabel(mSource, fid), mLayer.crs.id()));
    }

    const Source& mSource;
    Layer& mLayer;
    const ReadOptions& mOptions;
    const std::optional<CoordinateTransform>& mTransform;
    RepairBudget mBudget;
    QElapsedTimer mSinceAsked;
    GeometryKind mSeenKind = GeometryKind::None;
    qsizetype mFlushedFeatures = 0;
    std::size_t mFlushedVertices = 0;
};

/// The layer's Arrow stream, when its driver offers a fast one (GeoPackage, FlatGeobuf,
/// Parquet …) and its fields are of the plain kinds: the columns of every field and
/// the geometry's WKB, or nothing to read in bulk.
struct ArrowColumns {
    std::unique_ptr<ArrowStream> stream;
    int fid = -1;
    int geometry = -1;
    std::vector<int> fields; ///< stream column of each of the layer's fields
};

ArrowColumns arrowColumnsFor(const Source& s, const AttributeTable& table)
{
    ArrowColumns c;
    OGRFeatureDefn* defn = s.layer->GetLayerDefn();
    if (s.rawText || !s.columns.isEmpty() || defn->GetGeomFieldCount() != 1 ||
        !s.layer->TestCapability(OLCFastGetArrowStream))
        return c;
    for (const FieldDef& f : table.fields())
        if (f.type == FieldType::Date || f.type == FieldType::Time ||
            f.type == FieldType::DateTime || f.sourceType.contains(QLatin1String("List")) ||
            f.sourceType == QLatin1String("Binary"))
            return c; // written as ISO text by the feature loop
    auto stream = std::make_unique<ArrowStream>(s.layer);
    if (!stream->isOpen())
        return c;
    const char* fidName = s.layer->GetFIDColumn();
    c.fid = stream->indexOf(QString::fromUtf8(fidName && *fidName ? fidName : "OGC_FID"));
    const char* geomName = defn->GetGeomFieldDefn(0)->GetNameRef();
    c.geometry =
        stream->indexOf(QString::fromUtf8(geomName && *geomName ? geomName : "wkb_geometry"));
    if (c.fid < 0 || c.geometry < 0)
        return {};
    using T = ArrowStream::ColumnType;
    const T gt = stream->columnType(c.geometry);
    if (gt != T::Binary && gt != T::LargeBinary)
        return {};
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const int col = stream->indexOf(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()));
        if (col < 0 || stream->columnType(col) == T::Unsupported)
            return {};
        c.fields.push_back(col);
    }
    c.stream = std::move(stream);
    return c;
}

/// Reads all features through the Arrow stream into `layer`. False if GDAL reported any
/// failure on the way: then nothing read is trusted and the caller reads the layer again
/// feature by feature, which keeps a feature's attributes when its geometry is corrupt.
bool readThroughArrow(const Source& s, ArrowColumns& c, Layer& layer, GeometryFinisher& finisher,
                      const ReadOptions& options, qint64& done, qint64 total)
{
    gdal::ErrorCollector errors;
    ArrowStream& stream = *c.stream;
    AttributeTable& table = layer.attributes;
    const int fieldCount = table.fieldCount();
    ParsedGeometry parsed;
    while (stream.next()) {
        if (!errors.failures().isEmpty())
            return false;
        const std::int64_t n = stream.length();
        for (std::int64_t r = 0; r < n; ++r) {
            const qint64 fid = stream.integer(c.fid, r);
            const qsizetype row = table.appendRow();
            for (int f = 0; f < fieldCount; ++f) {
                const int col = c.fields[std::size_t(f)];
                if (stream.isNull(col, r))
                    continue;
                switch (table.fields()[f].type) {
                case FieldType::Real:
                    table.setReal(row, f, stream.real(col, r));
                    break;
                case FieldType::String:
                    table.setUtf8(row, f, stream.bytes(col, r));
                    break;
                default:
                    table.setInteger(row, f, stream.integer(col, r));
                    break;
                }
            }
            const QByteArrayView wkb =
                stream.isNull(c.geometry, r) ? QByteArrayView() : stream.bytes(c.geometry, r);
            const auto* bytes = reinterpret_cast<const std::uint8_t*>(wkb.data());
            if (wkb.isEmpty()) {
                ++layer.report.withoutGeometry;
                layer.addNull(fid);
            } else if (!GeometryStore::parseWkb(bytes, std::size_t(wkb.size()), parsed)) {
                // Curves and other types the store does not hold: through OGR.
                OGRGeometry* g = nullptr;
                OGRGeometryFactory::createFromWkb(bytes, nullptr, &g, wkb.size());
                std::unique_ptr<OGRGeometry> owned(g);
                GeomPtr geos;
                if (!owned) {
                    ++layer.report.unreadable;
                    layer.report.note(Tr::tr("%1: unreadable (GDAL: %2); kept without a position")
                                          .arg(rowLabel(s, fid), Tr::tr("malformed WKB")));
                } else if (!hasPlausibleCoordinates(*owned)) {
                    ++layer.report.coordinatesNotFinite;
                    layer.report.note(Tr::tr("%1: coordinates not finite or beyond any coordinate "
                                             "system (%2); kept without a position")
                                          .arg(rowLabel(s, fid), envelopeText(*owned)));
                } else {
                    geos = toGeos(*owned, s.swapXY);
                }
                finisher.addFinished(fid, finisher.finish(std::move(geos), fid));
            } else if (parsed.xy.empty()) {
                ++layer.report.withoutGeometry; // an empty geometry, as the feature loop has it
                layer.addNull(fid);
            } else if (!parsedIsPlausible(parsed)) {
                double x0 = parsed.xy[0], y0 = parsed.xy[1];
                ++layer.report.coordinatesNotFinite;
                layer.report.note(
                    Tr::tr("%1: coordinates not finite or beyond any coordinate "
                           "system (%2); kept without a position")
                        .arg(rowLabel(s, fid), QStringLiteral("%1 %2").arg(x0).arg(y0)));
                ++layer.report.withoutGeometry;
                layer.addNull(fid);
            } else {
                const GeometryKind k = geometryKindOf(parsed.type);
                if (k == GeometryKind::Point ||
                    (k == GeometryKind::Line && linesLookValid(parsed.view()))) {
                    finisher.addBulk(fid, parsed);
                } else {
                    // Polygons (checked and repaired by GEOS, kept as GEOS made them),
                    // collections and suspicious lines.
                    GeomPtr geos = toGeos(parsed.view());
                    if (geos && s.swapXY)
                        geos.reset(GEOSGeom_transformXY_r(
                            geosContext(), geos.get(),
                            [](double* x, double* y, void*) {
                                std::swap(*x, *y);
                                return 1;
                            },
                            nullptr));
                    finisher.addFinished(fid, finisher.finish(std::move(geos), fid));
                }
            }
            ++done;
        }
        finisher.flush();
        // After the first batch, room for the rest of the vertices at the rate seen so far,
        // instead of doubling the arrays (and holding both copies) as they fill.
        if (done > 0 && total > done && layer.featureCount() == qsizetype(done) &&
            !layer.geometries().pointsOnly() && done == stream.length()) {
            const double perFeature = double(layer.geometries().vertexCount()) / double(done);
            layer.reserve(total, qsizetype(perFeature * double(total) * 1.05));
        }
        if (options.progress && !options.progress(done, total))
            throw Cancelled(s.path);
    }
    if (!stream.error().isEmpty() || !errors.failures().isEmpty())
        return false;
    for (const QString& w : errors.warnings())
        layer.report.note(Tr::tr("GDAL: %1").arg(w));
    return true;
}

} // namespace

namespace {

Layer readLayer(const QString& path, const ReadOptions& options)
{
    Source s = open(path, options);
    Layer layer;
    layer.name = QString::fromUtf8(s.layer->GetName());
    layer.sourcePath = path;
    layer.driver = QString::fromUtf8(s.dataset->GetDriver()->GetDescription());
    layer.sourceGeometryType =
        s.columns.isEmpty() ? QString::fromUtf8(OGRGeometryTypeToName(s.layer->GetGeomType()))
                            : QStringLiteral("Point (from columns)");
    layer.report.encoding = s.rawText ? s.encoding : QString::fromLatin1(encoding::Utf8);
    if (!s.encodingNote.isEmpty())
        layer.report.note(s.encodingNote);

    OGRFeatureDefn* defn = s.layer->GetLayerDefn();
    QVector<FieldDef> fields;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn& fd = *defn->GetFieldDefn(i);
        fields << FieldDef{s.fieldNames[i], fieldTypeOf(fd),
                           QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(fd.GetType()))};
    }
    layer.attributes.setFields(fields);

    const bool spatial = s.kind != GeometryKind::None;
    if (spatial && !s.crs.isValid()) {
        OGREnvelope env;
        const bool hasExtent = s.columns.isEmpty() && s.layer->GetExtent(&env, TRUE) == OGRERR_NONE;
        if (!hasExtent || !looksGeographic(Extent::of(env.MinX, env.MinY, env.MaxX, env.MaxY)))
            throw Error(path,
                        Tr::tr("declares no coordinate system (no .prj?) and its coordinates are "
                               "not longitude/latitude; set the source CRS"));
        s.crs = Crs::wgs84();
        layer.report.note(
            Tr::tr("no coordinate system declared; longitude/latitude read as WGS84"));
    }
    layer.sourceCrs = s.crs;
    if (options.chinaOffset != ChinaOffset::None && spatial)
        layer.report.note(
            options.chinaOffset == ChinaOffset::Gcj02
                ? Tr::tr("coordinates declared GCJ-02 (web map): every vertex moved "
                         "back to WGS84")
                : Tr::tr("coordinates declared BD-09 (Baidu): every vertex moved back "
                         "to WGS84"));
    layer.crs = options.targetCrs.isValid() && spatial ? options.targetCrs : s.crs;
    std::optional<CoordinateTransform> transform;
    if (spatial) {
        try {
            transform.emplace(s.crs, layer.crs);
        } catch (const Error& e) {
            throw Error(path, e.detail());
        }
    }

    const qint64 total = s.layer->GetFeatureCount(FALSE);
    const auto finished = [&](Layer& read, qint64 count, GeometryKind seenKind) {
        read.report.featuresRead = count;
        read.kind = s.kind == GeometryKind::Mixed || seenKind == GeometryKind::Mixed
                        ? (seenKind == GeometryKind::None ? GeometryKind::Mixed : seenKind)
                        : s.kind;
        read.buildIndex();
        if (options.progress)
            options.progress(count, count);
    };

    // Bulk first: columns and WKB through the Arrow stream where the driver has a fast
    // one. The fallback below is the feature loop, which every source supports.
    if (spatial && options.bulk) {
        ArrowColumns columns = arrowColumnsFor(s, layer.attributes);
        if (columns.stream) {
            const std::shared_ptr<Layer> bulk = layer.emptyCopy();
            if (total > 0) {
                bulk->attributes.reserve(total);
                bulk->reserve(total);
            }
            qint64 done = 0;
            GeometryFinisher finisher(s, *bulk, options, transform, done, total);
            if (readThroughArrow(s, columns, *bulk, finisher, options, done, total)) {
                bulk->report.readInBulk = true;
                finished(*bulk, done, finisher.seenKind());
                return std::move(*bulk);
            }
        }
    }

    qint64 done = 0;
    if (total > 0) {
        layer.attributes.reserve(total);
        layer.reserve(total);
    }
    GeometryFinisher finisher(s, layer, options, transform, done, total);
    gdal::ErrorCollector errors;
    qsizetype failuresSeen = 0;
    s.layer->ResetReading();
    for (auto& feature : *s.layer) {
        const qint64 fid = feature->GetFID();
        // GDAL reports a corrupt geometry while fetching the feature and hands the rest of
        // it over: kept (attributes, no geometry) and counted, the layer reads on.
        if (errors.failures().size() > failuresSeen) {
            ++layer.report.unreadable;
            layer.report.note(Tr::tr("%1: unreadable (GDAL: %2); kept without a position")
                                  .arg(rowLabel(s, fid), errors.failures().last()));
            failuresSeen = errors.failures().size();
        }
        const qsizetype row = layer.attributes.appendRow();
        readAttributes(s, *feature, layer.attributes, row);

        GeomPtr geometry;
        if (spatial) {
            std::unique_ptr<OGRGeometry> fromColumns;
            const OGRGeometry* g = feature->GetGeometryRef();
            if (!s.columns.isEmpty()) {
                fromColumns = geometryFromColumns(s, *feature);
                g = fromColumns.get();
                if (!g) {
                    ++layer.report.coordinatesUnreadable;
                    layer.report.note(Tr::tr("%1: no readable coordinates; kept without a position")
                                          .arg(rowLabel(s, fid)));
                }
            }
            if (g && !hasPlausibleCoordinates(*g)) {
                ++layer.report.coordinatesNotFinite;
                layer.report.note(Tr::tr("%1: coordinates not finite or beyond any coordinate "
                                         "system (%2); kept without a position")
                                      .arg(rowLabel(s, fid), envelopeText(*g)));
                g = nullptr;
            }
            if (g)
                geometry = toGeos(*g, s.swapXY);
        }
        layer.addFeature(fid, spatial ? finisher.finish(std::move(geometry), fid) : nullptr);
        if (!spatial)
            ++layer.report.withoutGeometry;

        if (++done % ProgressEvery == 0 && options.progress && !options.progress(done, total))
            throw Cancelled(path);
    }
    // A failure after the last feature is the reading itself failing: nothing is trusted.
    if (errors.failures().size() > failuresSeen)
        throw Error(
            path,
            Tr::tr("read error after %1 features: %2").arg(done).arg(errors.failures().first()));
    for (const QString& w : errors.warnings())
        layer.report.note(Tr::tr("GDAL: %1").arg(w));
    finished(layer, done, finisher.seenKind());
    return layer;
}

} // namespace

Layer VectorReader::read(const QString& path, const ReadOptions& options)
{
    Layer layer = readLayer(path, options);
    // The dataset is closed: its caches and the reader's batches are free now.
    if (layer.featureCount() >= LargeLayerFeatures)
        returnFreedMemory();
    return layer;
}

std::shared_ptr<const Layer> VectorReader::readShared(const QString& path, const Crs& targetCrs)
{
    ReadOptions options;
    options.targetCrs = targetCrs;
    return std::make_shared<const Layer>(read(path, options));
}

} // namespace wm
