#include "support/test_support.h"

#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/project_loader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <stdexcept>
#include <unistd.h>

namespace wm::test {

const RoleRegistry& shippedRoles()
{
    static const RoleRegistry registry = RoleRegistry::load(layerRolesDir());
    return registry;
}

TinyFilesystem::TinyFilesystem(int kilobytes)
{
#ifdef Q_OS_LINUX
    if (::geteuid() != 0) {
        mSkipReason = QStringLiteral("mounting a tiny tmpfs needs root");
        return;
    }
    const int code = QProcess::execute(
        QStringLiteral("mount"),
        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
         QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), mDir.path()});
    mMounted = code == 0;
    if (!mMounted)
        mSkipReason = QStringLiteral("`mount -t tmpfs` failed (exit %1): no mount or no "
                                     "privilege in this container")
                          .arg(code);
#else
    Q_UNUSED(kilobytes);
    mSkipReason = QStringLiteral("tmpfs is Linux only");
#endif
}

TinyFilesystem::~TinyFilesystem()
{
    if (mMounted)
        QProcess::execute(QStringLiteral("umount"), {mDir.path()});
}

QString TinyFilesystem::filePath(const QString& name) const
{
    return mDir.filePath(name);
}

QStringList TinyFilesystem::entries() const
{
    return QDir(mDir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QString fixture(const QString& relative)
{
    return QStringLiteral(WORKSMAP_TEST_DATA_DIR "/") + relative;
}

QString demo(const QString& relative)
{
    return QStringLiteral(WORKSMAP_DEMO_DIR "/") + relative;
}

void writeVector(const QString& path, const char* driverName, const QString& layerName, int epsg,
                 OGRwkbGeometryType geometry, const QVector<FieldSpec>& fields,
                 const QVector<Row>& rows, const QStringList& layerOptions)
{
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        throw std::runtime_error(std::string("no GDAL driver ") + driverName);
    std::unique_ptr<GDALDataset> ds(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw std::runtime_error("cannot create " + path.toStdString());
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (epsg)
        srs.importFromEPSG(epsg);
    QList<QByteArray> optionBytes;
    for (const QString& o : layerOptions)
        optionBytes << o.toUtf8();
    std::vector<char*> options;
    for (QByteArray& o : optionBytes)
        options.push_back(o.data());
    options.push_back(nullptr);
    OGRLayer* layer = ds->CreateLayer(layerName.toUtf8().constData(), epsg ? &srs : nullptr,
                                      geometry, options.data());
    if (!layer)
        throw std::runtime_error("cannot create layer in " + path.toStdString());
    for (const FieldSpec& f : fields) {
        OGRFieldDefn defn(f.name.toUtf8().constData(), f.type);
        layer->CreateField(&defn);
    }
    for (const Row& row : rows) {
        OGRFeature feature(layer->GetLayerDefn());
        for (int i = 0; i < row.values.size(); ++i)
            if (!row.values[i].isNull())
                feature.SetField(i, row.values[i].toUtf8().constData());
        if (!row.wkt.isEmpty()) {
            OGRGeometry* g = nullptr;
            const QByteArray wkt = row.wkt.toUtf8();
            OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g);
            feature.SetGeometryDirectly(g);
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            throw std::runtime_error("cannot write a feature to " + path.toStdString());
    }
}

QString copyDemo(const QTemporaryDir& dir)
{
    const QDir from(QStringLiteral(WORKSMAP_DEMO_DIR));
    QDirIterator it(from.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = dir.filePath(from.relativeFilePath(file));
        QDir().mkpath(QFileInfo(to).path());
        if (!QFile::copy(file, to))
            throw std::runtime_error("cannot copy the demo to " + to.toStdString());
    }
    return dir.filePath(QStringLiteral("xingtai-2021.worksmap.json"));
}

QByteArray md5(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Md5);
}

void writeText(const QString& path, const QString& text, const char* encoding)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString());
    const QByteArray utf8 = text.toUtf8();
    if (QByteArray(encoding) == "UTF-8") {
        f.write(utf8);
        return;
    }
    char* converted = CPLRecode(utf8.constData(), CPL_ENC_UTF8, encoding);
    f.write(converted);
    CPLFree(converted);
}

qint64 featureCount(const QString& path, const char* layer, const char* where)
{
    GDALAllRegister();
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    OGRLayer* l = ds ? ds->GetLayerByName(layer) : nullptr;
    if (!l)
        return -1;
    if (where)
        l->SetAttributeFilter(where);
    return l->GetFeatureCount();
}

CliRun runCliBinary(const QStringList& args)
{
    return runCliBinary(args, {});
}

CliRun runCliBinary(const QStringList& args, const QStringList& environment)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& e : environment)
        env.insert(e.section(QLatin1Char('='), 0, 0), e.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WORKSMAP_CLI_PATH), args);
    p.waitForFinished(120000);
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// A layer made by hand in metres: WKT geometries and text/number columns.
std::shared_ptr<Layer> makeLayer(GeometryKind kind, const QStringList& fields,
                                 const std::vector<std::pair<const char*, QStringList>>& rows)
{
    auto layer = std::make_shared<Layer>();
    layer->kind = kind;
    layer->crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    QVector<FieldDef> defs;
    for (const QString& f : fields)
        defs << FieldDef{f,
                         f == QLatin1String("capacity") || f == QLatin1String("population") ||
                                 f == QLatin1String("spaces")
                             ? FieldType::Real
                             : FieldType::String,
                         QString()};
    layer->attributes.setFields(defs);
    qint64 fid = 0;
    for (const auto& [wkt, values] : rows) {
        const qsizetype r = layer->attributes.appendRow();
        for (int c = 0; c < values.size(); ++c)
            layer->attributes.setString(r, c, values[c]);
        layer->addFeature(fid++, wkt ? GeomPtr(GEOSGeomFromWKT_r(geosContext(), wkt)) : nullptr);
    }
    layer->buildIndex();
    return layer;
}

std::optional<QString> runTool(const QString& program, const QStringList& args, QString* error)
{
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty()) {
        *error = program + QStringLiteral(" not found (install gdal-bin)");
        return std::nullopt;
    }
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(180'000) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        *error = program + QStringLiteral(" ") + args.join(u' ') + QStringLiteral(" failed: ") +
                 QString::fromUtf8(p.readAllStandardError());
        return std::nullopt;
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

LoadedLayer twoSquareCounties()
{
    return loadedLayer(
        QStringLiteral("counties"), QStringLiteral("boundary"),
        makeLayer(GeometryKind::Polygon, {QStringLiteral("code"), QStringLiteral("name")},
                  {{"POLYGON ((0 0, 10000 0, 10000 10000, 0 10000, 0 0))",
                    {QStringLiteral("130501"), QStringLiteral("西县")}},
                   {"POLYGON ((10000 0, 20000 0, 20000 10000, 10000 10000, 10000 0))",
                    {QStringLiteral("130502"), QStringLiteral("东县")}}}));
}

LoadedLayer loadedLayer(const QString& id, const QString& role, std::shared_ptr<Layer> data)
{
    LoadedLayer l;
    l.entry.id = id;
    l.entry.role = role;
    QStringList columns;
    for (const FieldDef& f : data->attributes.fields())
        columns << f.name;
    l.mapping = FieldMapping::map(*shippedRoles().role(role), columns);
    l.data = std::move(data);
    return l;
}

} // namespace wm::test
