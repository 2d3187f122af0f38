#include "io/dxf_pipes.h"

#include "core/china_coordinates.h"
#include "core/coordinate_transform.h"
#include "core/error.h"
#include "io/gdal_support.h"
#include "io/text_encoding.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <cmath>
#include <memory>
#include <optional>
#include <vector>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::DxfPipes)
};
} // namespace

namespace wm {

namespace {

/// GDAL 3.6's DXF reader loops forever on a text drawing holding a carriage return followed
/// by a NUL byte, even in a layer name (found by tests/fuzz/fuzz_dxf.cpp). A text DXF never
/// holds a NUL, so the file is refused before GDAL opens it; binary DXF, which starts with
/// its own signature, is left to GDAL. Read in blocks: drawings can be large.
void refuseNulInTextDxf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return; // GDAL says why it cannot be read
    static const QByteArray binarySignature("AutoCAD Binary DXF");
    if (file.peek(binarySignature.size()) == binarySignature)
        return;
    qint64 offset = 0;
    for (;;) {
        const QByteArray block = file.read(1 << 20);
        if (block.isEmpty())
            return;
        const qsizetype nul = block.indexOf('\0');
        if (nul >= 0)
            throw Error(path, Tr::tr("not a DXF text drawing: byte %1 is a NUL character (a "
                                     "damaged file?)")
                                  .arg(offset + nul + 1));
        offset += block.size();
    }
}

/// A text DXF is pairs of lines, a group code (an integer, -5 to 1071) then its value.
/// GDAL 3.6's DXF driver can loop for ever on a code line that is not one (a fuzzer found
/// a 327-byte file), so such a file is refused here, naming the line.
void refuseBadGroupCodes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    static const QByteArray binarySignature("AutoCAD Binary DXF");
    if (file.peek(binarySignature.size()) == binarySignature)
        return;
    for (qint64 line = 1; !file.atEnd(); ++line) {
        const QByteArray text = file.readLine().trimmed();
        if (line % 2 == 0 || (text.isEmpty() && file.atEnd()))
            continue;
        bool ok = false;
        const int code = text.toInt(&ok);
        if (!ok || code < -5 || code > 1071)
            throw Error(path,
                        Tr::tr("not a DXF text drawing: \"%1\" is not a group code (a damaged "
                               "file?)")
                            .arg(QString::fromLatin1(text.left(40))),
                        int(line));
    }
}

/// GDAL 3.6's DXF reader also loops for ever on a text drawing whose last byte is a
/// carriage return it reads before the drawing's EOF marker (the fuzzer found
/// "…9\n$HF\r"). A line end cut short holds nothing, so GDAL is given the file without
/// that byte: a /vsisubfile view, nothing copied and the planner's file untouched.
QByteArray gdalPathFor(const QString& path)
{
    const QByteArray utf8 = path.toUtf8();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 1 || !file.seek(file.size() - 1))
        return utf8;
    if (file.read(1) != "\r")
        return utf8;
    return "/vsisubfile/0_" + QByteArray::number(file.size() - 1) + "," + utf8;
}

struct KindKeywords {
    const char* kind;
    std::vector<const char*> chinese;
    const char* latinPattern; ///< pinyin initials as a whole token, or null
};

/// Keywords planners put in CAD layer names. 雨污合流/合流 come first because a combined
/// sewer layer ("合流污水") also contains 污水; the pinyin initials (YS 雨水, WS 污水, RQ 燃气)
/// must stand apart from other Latin letters so that "NEWS" or "LAYS" do not match.
const std::vector<KindKeywords>& keywords()
{
    static const std::vector<KindKeywords> k = {
        {"drainage_combined", {"雨污合流", "合流"}, nullptr},
        {"water_supply", {"给水", "供水", "自来水"}, nullptr},
        {"drainage_rain", {"雨水"}, "YS"},
        {"drainage_sewage", {"污水"}, "WS"},
        {"heating", {"热力", "供热", "暖"}, nullptr},
        {"gas", {"燃气", "天然气", "煤气"}, "RQ"},
    };
    return k;
}

bool matches(const QString& name, const KindKeywords& k)
{
    for (const char* word : k.chinese)
        if (name.contains(QString::fromUtf8(word)))
            return true;
    if (!k.latinPattern)
        return false;
    const QRegularExpression token(
        QStringLiteral("(?<![A-Za-z])%1(?![A-Za-z])").arg(QLatin1String(k.latinPattern)),
        QRegularExpression::CaseInsensitiveOption);
    return token.match(name).hasMatch();
}

/// GDAL decodes DXF text with the drawing's $DWGCODEPAGE (ANSI_936 → CP936) or as UTF-8
/// from AutoCAD 2007 on. A drawing without a code page is read as Latin-1, which turns
/// GBK or UTF-8 layer names into mojibake; Latin-1 is lossless, so the bytes are recovered
/// and decoded with the detected encoding.
QString fixUndeclaredEncoding(const QString& name)
{
    bool high = false;
    for (QChar c : name) {
        if (c.unicode() > 0xFF)
            return name; // decoded from a real code page already
        high = high || c.unicode() >= 0x80;
    }
    if (!high)
        return name;
    const QByteArray bytes = name.toLatin1();
    if (encoding::isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    const QString detected = encoding::detect({bytes});
    return detected == QLatin1String(encoding::Utf8) ? name : encoding::decode(bytes, detected);
}

bool isLinear(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
        return true;
    default:
        return false;
    }
}

/// The DXF entity type of a feature that is not a pipe, for the skipped counts. GDAL keeps
/// the subclass markers of R13+ drawings; R12 drawings have none, so the geometry and the
/// text/block fields tell the type there.
QString skippedType(OGRFeature& f)
{
    const OGRFeatureDefn* defn = f.GetDefnRef();
    auto field = [&](const char* name) -> QString {
        const int i = defn->GetFieldIndex(name);
        return i >= 0 && f.IsFieldSetAndNotNull(i) ? QString::fromUtf8(f.GetFieldAsString(i))
                                                   : QString();
    };
    const QString subclasses = field("SubClasses");
    if (subclasses.contains(QLatin1String("AcDbMText")))
        return QStringLiteral("MTEXT");
    if (subclasses.contains(QLatin1String("AcDbText")))
        return QStringLiteral("TEXT");
    if (subclasses.contains(QLatin1String("AcDbHatch")))
        return QStringLiteral("HATCH");
    if (subclasses.contains(QLatin1String("AcDbBlockReference")) || !field("BlockName").isEmpty())
        return QStringLiteral("INSERT");
    if (subclasses.contains(QLatin1String("Dimension")))
        return QStringLiteral("DIMENSION");
    const OGRGeometry* g = f.GetGeometryRef();
    if (!g || g->IsEmpty())
        return QStringLiteral("NO GEOMETRY");
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint:
    case wkbMultiPoint: {
        const char* style = f.GetStyleString();
        if (!field("Text").isEmpty() || (style && QByteArray(style).startsWith("LABEL")))
            return QStringLiteral("TEXT");
        return QStringLiteral("POINT");
    }
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface:
        return QStringLiteral("HATCH/SOLID");
    default:
        return QString::fromUtf8(OGRGeometryTypeToName(g->getGeometryType())).toUpper();
    }
}

GeomPtr toGeos(const OGRGeometry& g)
{
    std::unique_ptr<OGRGeometry> linear;
    const OGRGeometry* source = &g;
    if (g.hasCurveGeometry()) {
        linear.reset(g.getLinearGeometry());
        source = linear.get();
    }
    return GeomPtr(source->exportToGEOS(geosContext()));
}

struct Segment {
    qint64 fid = 0;
    int cadLayer = 0; ///< index into the report list
    GeomPtr geometry; ///< in the drawing's CRS
};

} // namespace

qint64 DxfLayerReport::skipped() const
{
    qint64 n = 0;
    for (qint64 c : skippedByType)
        n += c;
    return n;
}

const QStringList& DxfPipeImport::pipeKinds()
{
    static const QStringList kinds = {
        QStringLiteral("water_supply"),    QStringLiteral("drainage_rain"),
        QStringLiteral("drainage_sewage"), QStringLiteral("drainage_combined"),
        QStringLiteral("heating"),         QStringLiteral("gas")};
    return kinds;
}

std::optional<QString> DxfPipeImport::kindForCadLayer(const QString& cadLayer)
{
    std::optional<QString> found;
    for (const KindKeywords& k : keywords()) {
        if (!matches(cadLayer, k))
            continue;
        if (k.kind == QLatin1String("drainage_combined"))
            return QString::fromLatin1(k.kind); // also holds 污水/雨水 by nature
        if (found && *found != QLatin1String(k.kind))
            return QString(); // two kinds named: the user decides, we do not guess
        found = QString::fromLatin1(k.kind);
    }
    return found;
}

DxfPipeImport DxfPipeImport::read(const QString& dxfPath, const Crs& drawingCrs,
                                  const Crs& targetCrs, const QHash<QString, QString>& userKinds)
{
    for (auto it = userKinds.begin(); it != userKinds.end(); ++it)
        if (!it.value().isEmpty() && !pipeKinds().contains(it.value()))
            throw Error(dxfPath,
                        Tr::tr("CAD layer \"%1\" mapped to \"%2\", which is not a pipe kind "
                               "(known: %3)")
                            .arg(it.key(), it.value(), pipeKinds().join(QStringLiteral(", "))));

    gdal::ensureRegistered();
    if (!QFileInfo::exists(dxfPath))
        throw Error(dxfPath, Tr::tr("file not found"));
    refuseNulInTextDxf(dxfPath);
    refuseBadGroupCodes(dxfPath);

    // Block references (valve and manhole symbols) are not pipe length: read them as INSERT
    // points to be counted, instead of letting GDAL explode their lines into the drawing.
    CPLConfigOptionSetter inlineBlocks("DXF_INLINE_BLOCKS", "FALSE", false);
    gdal::ErrorCollector errors;
    const char* const drivers[] = {"DXF", nullptr};
    const QByteArray gdalPath = gdalPathFor(dxfPath);
    GDALDatasetUniquePtr dataset(GDALDataset::Open(
        gdalPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, drivers,
        nullptr, nullptr));
    if (!dataset)
        throw Error(dxfPath, Tr::tr("cannot read as a DXF drawing: %1")
                                 .arg(errors.lastFailure(Tr::tr("GDAL's DXF driver refused it"))
                                          .replace(QString::fromUtf8(gdalPath), dxfPath)));
    OGRLayer* entities = dataset->GetLayerByName("entities");
    if (!entities)
        entities = dataset->GetLayer(0);
    if (!entities)
        throw Error(dxfPath, Tr::tr("the drawing has no entities"));
    const int layerField = entities->GetLayerDefn()->GetFieldIndex("Layer");

    DxfPipeImport result;
    QHash<QString, int> reportIndex;
    std::vector<Segment> segments;
    Extent drawingExtent;
    for (auto& feature : *entities) {
        const QString cadLayer =
            layerField >= 0 && feature->IsFieldSetAndNotNull(layerField)
                ? fixUndeclaredEncoding(QString::fromUtf8(feature->GetFieldAsString(layerField)))
                : QStringLiteral("0"); // AutoCAD's default layer
        auto found = reportIndex.constFind(cadLayer);
        if (found == reportIndex.constEnd()) {
            DxfLayerReport r;
            r.cadLayer = cadLayer;
            if (userKinds.contains(cadLayer)) {
                r.kind = userKinds.value(cadLayer);
                r.kindSource = r.kind.isEmpty() ? DxfLayerReport::KindSource::Unmapped
                                                : DxfLayerReport::KindSource::User;
            } else if (const auto kind = kindForCadLayer(cadLayer)) {
                r.kind = *kind;
                r.kindSource = kind->isEmpty() ? DxfLayerReport::KindSource::Ambiguous
                                               : DxfLayerReport::KindSource::Keyword;
            }
            found = reportIndex.insert(cadLayer, int(result.cadLayers.size()));
            result.cadLayers.append(r);
        }
        DxfLayerReport& r = result.cadLayers[*found];
        ++r.entities;
        ++result.entities;

        const OGRGeometry* g = feature->GetGeometryRef();
        GeomPtr geometry;
        if (g && !g->IsEmpty() && isLinear(g->getGeometryType()))
            geometry = toGeos(*g);
        if (!geometry) {
            ++r.skippedByType[skippedType(*feature)];
            continue;
        }
        OGREnvelope env;
        g->getEnvelope(&env);
        // "410e4000" is a number to GDAL, an infinite one: no place on any map.
        if (!std::isfinite(env.MinX) || !std::isfinite(env.MinY) || !std::isfinite(env.MaxX) ||
            !std::isfinite(env.MaxY)) {
            ++r.skippedByType[Tr::tr("line with coordinates beyond any coordinate system")];
            continue;
        }
        drawingExtent.include(Extent::of(env.MinX, env.MinY, env.MaxX, env.MaxY));
        ++r.linesKept;
        segments.push_back({feature->GetFID(), *found, std::move(geometry)});
    }
    if (!errors.failures().isEmpty())
        throw Error(dxfPath, Tr::tr("read error after %1 entities: %2")
                                 .arg(result.entities)
                                 .arg(errors.failures().first()));

    // The drawing's CRS: as given, or told by the zone prefix that survey drawings write in
    // front of x. Both ends of the extent must carry the same zone, or the drawing mixes
    // coordinate systems (or has no prefix) and the user has to say which one it is.
    result.drawingCrs = drawingCrs;
    if (!drawingCrs.isValid() && !segments.empty()) {
        const auto west = splitZonePrefix(drawingExtent.xMin);
        const auto east = splitZonePrefix(drawingExtent.xMax);
        if (!west || !east)
            throw Error(dxfPath,
                        Tr::tr("x coordinates (%1 … %2) carry no Gauss-Krüger zone prefix; "
                               "set the drawing's coordinate system")
                            .arg(drawingExtent.xMin, 0, 'f', 1)
                            .arg(drawingExtent.xMax, 0, 'f', 1));
        if (west->zone != east->zone || west->threeDegree != east->threeDegree)
            throw Error(dxfPath, Tr::tr("x coordinates span zone prefixes %1 and %2; set the "
                                        "drawing's coordinate system")
                                     .arg(west->zone)
                                     .arg(east->zone));
        const auto epsg = gaussKrugerEpsgWithPrefix(GkDatum::Cgcs2000, *west);
        if (!epsg)
            throw Error(dxfPath,
                        Tr::tr("no CGCS2000 Gauss-Krüger CRS for zone %1").arg(west->zone));
        result.drawingCrs = Crs::fromDefinition(QStringLiteral("EPSG:%1").arg(*epsg));
        result.zoneDetected = true;
    }

    Layer& layer = result.layer;
    layer.name = QFileInfo(dxfPath).completeBaseName();
    layer.sourcePath = dxfPath;
    layer.driver = QStringLiteral("DXF");
    layer.sourceGeometryType = QStringLiteral("Line String");
    layer.sourceCrs = result.drawingCrs;
    layer.crs = targetCrs.isValid() ? targetCrs : result.drawingCrs;
    layer.kind = GeometryKind::Line;
    layer.report.encoding = QString::fromLatin1(encoding::Utf8);
    layer.attributes.setFields(
        {{QStringLiteral("kind"), FieldType::String, QStringLiteral("String")},
         {QStringLiteral("name"), FieldType::String, QStringLiteral("String")},
         {QStringLiteral("length_km"), FieldType::Real, QStringLiteral("Real")}});

    std::optional<CoordinateTransform> toTarget;
    std::optional<CoordinateTransform> toLength;
    bool measureTarget = false;
    if (!segments.empty()) {
        if (!result.drawingCrs.isValid() || !layer.crs.isValid())
            throw Error(dxfPath, Tr::tr("invalid coordinate system"));
        try {
            toTarget.emplace(result.drawingCrs, layer.crs);
            // Lengths need metres: the target's when it is projected (the project's zone),
            // else the drawing's, else the 3° zone of the drawing's centre.
            if (!layer.crs.isGeographic()) {
                result.lengthCrs = layer.crs;
                measureTarget = true;
            } else if (!result.drawingCrs.isGeographic()) {
                result.lengthCrs = result.drawingCrs;
            } else {
                result.lengthCrs = Crs::gaussKruger3For(drawingExtent.centerX());
                toLength.emplace(result.drawingCrs, result.lengthCrs);
            }
        } catch (const Error& e) {
            throw Error(dxfPath, e.detail());
        }
    }

    GEOSContextHandle_t ctx = geosContext();
    layer.reserve(qsizetype(segments.size()));
    layer.attributes.reserve(qsizetype(segments.size()));
    for (Segment& s : segments) {
        DxfLayerReport& r = result.cadLayers[s.cadLayer];
        // Measured before the move below, which may hand the drawing's geometry over.
        GeomPtr moved = toTarget->isIdentity() ? nullptr : toTarget->transform(s.geometry.get());
        GeomPtr local = toLength ? toLength->transform(s.geometry.get()) : nullptr;
        const GEOSGeometry* measured = toLength ? local.get()
                                       : measureTarget && !toTarget->isIdentity()
                                           ? moved.get()
                                           : s.geometry.get();
        std::optional<double> metres;
        double len = 0;
        if (measured && GEOSLength_r(ctx, measured, &len) == 1)
            metres = len;
        if (toTarget->isIdentity())
            moved = std::move(s.geometry);

        const qsizetype row = layer.attributes.appendRow();
        if (!r.kind.isEmpty())
            layer.attributes.setString(row, 0, r.kind);
        layer.attributes.setString(row, 1, r.cadLayer);
        if (metres) {
            layer.attributes.setReal(row, 2, *metres / 1000.0);
            r.lengthKm += *metres / 1000.0;
            result.lengthKm += *metres / 1000.0;
        }
        if (!moved) {
            ++layer.report.transformFailed;
            ++layer.report.withoutGeometry;
            layer.report.note(Tr::tr("entity %1 on CAD layer \"%2\": coordinates outside %3; kept "
                                     "without a position")
                                  .arg(s.fid)
                                  .arg(r.cadLayer, layer.crs.id()));
        }
        layer.addFeature(s.fid, std::move(moved));
    }
    layer.buildIndex();

    result.linesKept = qint64(segments.size());
    result.skipped = result.entities - result.linesKept;
    layer.report.featuresRead = result.linesKept;
    if (result.zoneDetected)
        layer.report.note(Tr::tr("drawing CRS %1 detected from the zone prefix of x")
                              .arg(result.drawingCrs.id()));
    for (const DxfLayerReport& r : result.cadLayers) {
        QStringList skipped;
        for (auto it = r.skippedByType.begin(); it != r.skippedByType.end(); ++it)
            skipped << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        if (!skipped.isEmpty())
            layer.report.note(Tr::tr("CAD layer \"%1\": not pipes, skipped: %2")
                                  .arg(r.cadLayer, skipped.join(QStringLiteral(", "))));
    }
    for (const QString& u : result.unmappedLayers())
        layer.report.note(Tr::tr("no pipe kind for CAD layer %1; map it to a kind").arg(u));
    for (const QString& w : errors.warnings())
        layer.report.note(Tr::tr("GDAL: %1").arg(w));
    return result;
}

QStringList DxfPipeImport::unmappedLayers() const
{
    QStringList out;
    for (const DxfLayerReport& r : cadLayers)
        if (r.kind.isEmpty() && r.linesKept > 0)
            out << Tr::tr("%1 (%2 lines%3)")
                       .arg(r.cadLayer)
                       .arg(r.linesKept)
                       .arg(r.kindSource == DxfLayerReport::KindSource::Ambiguous
                                ? Tr::tr("; keywords of two kinds")
                                : QString());
    return out;
}

const DxfLayerReport* DxfPipeImport::cadLayer(const QString& name) const
{
    for (const DxfLayerReport& r : cadLayers)
        if (r.cadLayer == name)
            return &r;
    return nullptr;
}

} // namespace wm
