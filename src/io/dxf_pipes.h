#pragma once

#include "core/crs.h"
#include "core/layer.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace wm {

/// What one CAD layer of a DXF pipe drawing held, and what became of it. Every entity is
/// either kept as a pipe segment or counted as skipped by its type, so that
/// `linesKept + skipped() == entities` always holds.
struct DxfLayerReport {
    /// How the pipe kind of a CAD layer was decided.
    enum class KindSource {
        User,     ///< the user's mapping named it
        Keyword,  ///< a keyword in the CAD layer name (给水, YS, 燃气 …)
        Unmapped, ///< no keyword: lines are kept with an empty kind, to be mapped by the user
        Ambiguous ///< keywords of two kinds (e.g. 雨水 and 污水): not guessed, kind empty
    };

    QString cadLayer; ///< CAD layer name as the drawing spells it
    QString kind;     ///< pipe role `kind` value; empty when unmapped or ambiguous
    KindSource kindSource = KindSource::Unmapped;
    qint64 entities = 0;  ///< entities of any type on this CAD layer
    qint64 linesKept = 0; ///< line entities kept as pipe segments
    double lengthKm = 0;  ///< summed length of the kept lines
    /// Entities not kept, by type: "TEXT", "POINT", "HATCH", "INSERT", "NO GEOMETRY" …
    QMap<QString, qint64> skippedByType;

    qint64 skipped() const;
};

/// A DXF pipe drawing read as a layer of the `pipe` role (layers/pipe.json): each line,
/// polyline or arc (as GDAL linearises it) becomes a segment with `kind` mapped from its
/// CAD layer name, `name` = the CAD layer and `length_km`. Text, points, hatches and
/// block references are not pipes; they are counted per CAD layer, never dropped silently.
class DxfPipeImport {
public:
    /// Reads `dxfPath` with GDAL's DXF driver. `drawingCrs` is the CRS of the drawing's
    /// coordinates; when invalid, the drawing must be in a CGCS2000 Gauss-Krüger zone with
    /// the zone number written in front of x (38512000 → 3° zone 38, EPSG:4526), as survey
    /// drawings usually are. The layer is returned in `targetCrs` (invalid: the drawing's).
    /// `userKinds` maps CAD layer names to kinds and overrides the keywords; an empty value
    /// keeps that layer unmapped. Throws wm::Error for unreadable files, a missing zone
    /// prefix, mixed zones or a user kind the pipe role does not know.
    static DxfPipeImport read(const QString& dxfPath, const Crs& drawingCrs, const Crs& targetCrs,
                              const QHash<QString, QString>& userKinds = {});

    /// The pipe kind planners' keywords give a CAD layer name, or nullopt when no keyword
    /// matches. An empty string means keywords of two kinds matched (ambiguous).
    static std::optional<QString> kindForCadLayer(const QString& cadLayer);

    /// The six `kind` values of the pipe role.
    static const QStringList& pipeKinds();

    Layer layer;    ///< the pipe segments, in the target CRS
    Crs drawingCrs; ///< as given, or as detected from the zone prefix
    bool zoneDetected = false;
    /// The projected CRS the lengths were measured in: the target CRS when it is projected,
    /// else the drawing's, else the CGCS2000 3° zone of the drawing's centre.
    Crs lengthCrs;
    QVector<DxfLayerReport> cadLayers; ///< one per CAD layer, in the order first met

    qint64 entities = 0;  ///< all entities read from the drawing
    qint64 linesKept = 0; ///< == layer.featureCount()
    qint64 skipped = 0;   ///< entities - linesKept
    double lengthKm = 0;

    /// CAD layers whose lines were kept without a kind (unmapped or ambiguous), with their
    /// line counts, for the user to map: "其他 (3 lines)".
    QStringList unmappedLayers() const;
    const DxfLayerReport* cadLayer(const QString& name) const;
};

} // namespace wm
