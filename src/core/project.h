#pragma once

#include "core/crs.h"
#include "core/extent.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace wm {

/// One layer of a project as the project file records it (not its data).
struct LayerEntry {
    QString id;        ///< unique within the project, e.g. "counties"
    QString title;     ///< shown in the layer list; the GDAL layer name if empty
    QString source;    ///< data source, relative to the project file's folder
    QString layerName; ///< GDAL layer within the source; empty: the first
    QString role;      ///< a role of layers/*.json
    bool visible = true;
    double opacity = 1.0;
    QString style; ///< style file (styles/ or relative to the project); empty: role default
    QJsonObject inlineStyle; ///< a style kept in the project itself (written by the style editor)
    bool synthetic = false;  ///< positions are synthetic (shown in legends and notes)
    QString encoding;        ///< attribute encoding override ("GBK"); empty: declared/detected
    /// CRS override for sources that declare none or declare it wrongly; "gcj02" or "bd09"
    /// for lon/lat carrying a web-map offset (every vertex moved back to WGS84 on reading)
    QString sourceCrs;
    /// Raster layers (role "raster"): how to draw them ("auto", "rgb", "grey", "hillshade"),
    /// the credit printed in the page notes ("© OpenStreetMap contributors"), and a tile
    /// service's deepest zoom level (0: the service's default)
    QString render;
    QString attribution;
    int maxZoom = 0;

    /// A raster layer (GeoTIFF, MBTiles, GeoPackage tiles, a tile service), not features.
    bool isRaster() const { return role == QLatin1String(RasterRole); }
    /// A source that is not a file: a tile service ("xyz:https://…") or PostGIS ("PG:…").
    bool isServiceSource() const { return isServiceSource(source); }
    static bool isServiceSource(const QString& source)
    {
        return source.startsWith(QLatin1String("xyz:")) || isPostgisSource(source);
    }
    /// A table of a PostGIS database ("PG:service=…", `layerName` "schema.table").
    bool isPostgis() const { return isPostgisSource(source); }
    static bool isPostgisSource(const QString& source)
    {
        return source.startsWith(QLatin1String("PG:"));
    }
    static constexpr const char* RasterRole = "raster";

    QString displayName() const
    {
        return title.isEmpty() ? (layerName.isEmpty() ? id : layerName) : title;
    }
    bool operator==(const LayerEntry&) const = default;
};

/// A WorksMap project file: JSON with a schema version, layers in drawing order (the
/// first is drawn first, at the bottom), the project CRS and the map extent. Source
/// paths are stored relative to the project file so a project folder can be moved.
class Project {
public:
    static constexpr int SchemaVersion = 1;
    static constexpr const char* Format = "worksmap-project";

    /// Reads a project file; throws wm::Error naming the file (and the line and column
    /// of a JSON syntax error) when it cannot be read or is not a WorksMap project.
    static Project load(const QString& path);
    /// Parses the JSON of a project file located at `path` (used to resolve sources).
    static Project fromJson(const QJsonObject& json, const QString& path);

    /// Writes the project to `path` atomically and makes `path` its file path; source
    /// paths are rewritten relative to the new folder. Throws wm::Error on failure.
    void save(const QString& path);
    QJsonObject toJson() const;

    QString filePath; ///< absolute path of the project file; empty if never saved
    QString name;
    QString description;
    Crs crs;       ///< invalid: chosen from the data when loaded ("auto")
    Extent extent; ///< in project CRS units; null: the extent of all layers
    QVector<LayerEntry> layers;
    /// The GeoPackage this project owns for edited works layers, as stored (relative to
    /// the project's folder); empty: the default, see worksPackagePath().
    QString worksPackage;
    /// Whether layer sources may lie outside the project's folder. A project file mailed
    /// around must not make WorksMap read "../../../etc/passwd"; the window sets this when
    /// the user adds a file from elsewhere, a planner may set it by hand.
    bool allowExternalSources = false;

    /// Absolute path of the works GeoPackage: `worksPackage`, or "<name>.plan.gpkg" beside
    /// the project file; empty for a project never saved (it has no folder yet).
    QString worksPackagePath() const;
    /// Absolute path of a layer's source.
    QString absoluteSource(const LayerEntry& entry) const;
    /// `absolutePath` expressed relative to the project's folder (as stored in the file).
    QString relativeSource(const QString& absolutePath) const;
    /// Whether `path` (symlinks resolved, as far as it exists) lies in the project's folder
    /// or below it; true for a project never saved (it has no folder).
    bool isInsideFolder(const QString& path) const;
    /// Why the layer's source may not be read: outside the folder while the project does
    /// not allow that; empty when it may (service sources always may).
    QString sourceProblem(const LayerEntry& entry) const;
    /// Why nothing may be written to the works GeoPackage: `worksPackage` names a file
    /// outside the project's folder (writes never leave it); empty when it may.
    QString worksPackageProblem() const;

    bool operator==(const Project&) const = default;
};

} // namespace wm
