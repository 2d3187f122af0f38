#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVector>

#include <ogr_core.h>

#include <ostream>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace wm {
class Layer;
class RoleRegistry;
struct LoadedLayer;
enum class GeometryKind;
} // namespace wm

namespace wm::test {

/// The role definitions shipped in layers/, loaded once.
const RoleRegistry& shippedRoles();

/// Path of a shipped fixture (tests/fixtures) or of the bundled demo (data/xingtai-2021).
QString fixture(const QString& relative);
QString demo(const QString& relative);

struct FieldSpec {
    QString name;
    OGRFieldType type = OFTString;
};

/// One feature: its geometry as WKT (empty: none) and its attribute values as text.
struct Row {
    QString wkt;
    QStringList values;
};

/// Writes a vector file with GDAL (the fixture is made by the test, so the expected
/// values are in the test). `epsg` 0 writes no CRS; `geometry` wkbNone writes a table.
void writeVector(const QString& path, const char* driver, const QString& layerName, int epsg,
                 OGRwkbGeometryType geometry, const QVector<FieldSpec>& fields,
                 const QVector<Row>& rows, const QStringList& layerOptions = {});

/// The bundled demo folder copied into `dir` (the project file and its sources), so a run may
/// change the project or a source without touching the bundled one. Returns the project path.
QString copyDemo(const QTemporaryDir& dir);

/// Features of `layer` in a vector file (with an OGR attribute filter `where` if given),
/// counted by GDAL alone; -1 when the file or the layer cannot be opened.
qint64 featureCount(const QString& path, const char* layer, const char* where = nullptr);

/// MD5 of a file's bytes: "the file is unchanged" in tests that must not write a source.
QByteArray md5(const QString& path);

/// Writes `text` to `path` as UTF-8, or converted to `encoding` (e.g. "CP936") with iconv.
void writeText(const QString& path, const QString& text, const char* encoding = "UTF-8");

/// A layer made by hand in metres (EPSG:4547): WKT geometries, fids 0, 1, …, text columns
/// except capacity, population and spaces, which are numbers.
std::shared_ptr<Layer> makeLayer(GeometryKind kind, const QStringList& fields,
                                 const std::vector<std::pair<const char*, QStringList>>& rows);
/// `data` as project layer `id` of `role`, its columns mapped to the role's fields.
LoadedLayer loadedLayer(const QString& id, const QString& role, std::shared_ptr<Layer> data);

/// Runs a GDAL tool (ogr2ogr, ogrinfo …); its standard output, or nullopt with `error` set.
std::optional<QString> runTool(const QString& program, const QStringList& args, QString* error);

/// Project layer "counties" (boundary): two 10 km × 10 km counties side by side in metres
/// (EPSG:4547), 130501 西县 (x 0–10 km) and 130502 东县 (10–20 km).
LoadedLayer twoSquareCounties();

/// A tmpfs of `kilobytes` mounted on a fresh temporary folder, unmounted when it goes: a
/// real full disk for writers. Needs root and `mount`; skipReason() says why not otherwise.
class TinyFilesystem {
public:
    explicit TinyFilesystem(int kilobytes);
    ~TinyFilesystem();
    TinyFilesystem(const TinyFilesystem&) = delete;
    TinyFilesystem& operator=(const TinyFilesystem&) = delete;

    /// Empty when mounted.
    const QString& skipReason() const { return mSkipReason; }
    QString filePath(const QString& name) const;
    /// Every entry of the mounted folder, hidden ones too.
    QStringList entries() const;

private:
    QTemporaryDir mDir;
    bool mMounted = false;
    QString mSkipReason;
};

/// Result of running the worksmap-cli executable.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCliBinary(const QStringList& args);
/// The same with extra environment variables (NAME=value), e.g. WORKSMAP_KILL_AT.
/// A run that dies by a signal has exitCode -1.
CliRun runCliBinary(const QStringList& args, const QStringList& environment);

} // namespace wm::test

/// gtest prints a QString as its UTF-16 code units otherwise; found by argument-dependent
/// lookup (QString lives in the global namespace).
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
