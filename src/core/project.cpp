#include "core/project.h"

#include "core/error.h"
#include "core/json_file.h"
#include "core/raster_source.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::Project)
};
} // namespace

namespace wm {

namespace {
const QString kAuto = QStringLiteral("auto");
}

namespace {
/// Throws when a path from the file holds a control character: a NUL cuts the name GDAL
/// and Qt see ("Broken filename"), and none belongs in a file name anyway.
void refuseControlCharacters(const QString& projectPath, const QString& where, const QString& value)
{
    for (qsizetype i = 0; i < value.size(); ++i)
        if (value[i].unicode() < 0x20 || value[i].unicode() == 0x7f)
            throw Error(projectPath, Tr::tr("%1 has a control character (U+%2) at position %3")
                                         .arg(where)
                                         .arg(value[i].unicode(), 4, 16, QLatin1Char('0'))
                                         .arg(i + 1));
}
} // namespace

Project Project::load(const QString& path)
{
    return fromJson(readJsonObject(path), QFileInfo(path).absoluteFilePath());
}

Project Project::fromJson(const QJsonObject& json, const QString& path)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        throw Error(
            path,
            Tr::tr("not a WorksMap project (\"format\" is not \"%1\")").arg(QLatin1String(Format)));
    const int version = json.value(QStringLiteral("schemaVersion")).toInt(0);
    if (version < 1 || version > SchemaVersion)
        throw Error(path, Tr::tr("project schema version %1 is not supported (this "
                                 "WorksMap reads 1 to %2)")
                              .arg(version)
                              .arg(SchemaVersion));
    Project p;
    p.filePath = path;
    p.name = json.value(QStringLiteral("name")).toString(QFileInfo(path).completeBaseName());
    p.description = json.value(QStringLiteral("description")).toString();
    const QString crs = json.value(QStringLiteral("crs")).toString(kAuto);
    if (crs != kAuto) {
        p.crs = Crs::fromDefinition(crs);
        if (!p.crs.isValid())
            throw Error(path, Tr::tr("unknown coordinate system \"%1\"").arg(crs));
    }
    const QJsonArray ext = json.value(QStringLiteral("extent")).toArray();
    if (ext.size() == 4)
        p.extent =
            Extent::of(ext[0].toDouble(), ext[1].toDouble(), ext[2].toDouble(), ext[3].toDouble());

    p.worksPackage = json.value(QStringLiteral("worksPackage")).toString();
    refuseControlCharacters(path, QStringLiteral("\"worksPackage\""), p.worksPackage);
    p.allowExternalSources = json.value(QStringLiteral("allowExternalSources")).toBool(false);

    QStringList ids;
    const QJsonArray layers = json.value(QStringLiteral("layers")).toArray();
    for (int i = 0; i < layers.size(); ++i) {
        const QJsonObject l = layers[i].toObject();
        LayerEntry e;
        e.id = l.value(QStringLiteral("id")).toString();
        e.source = l.value(QStringLiteral("source")).toString();
        e.role = l.value(QStringLiteral("role")).toString();
        if (e.id.isEmpty() || e.source.isEmpty() || e.role.isEmpty())
            throw Error(path, Tr::tr("layer %1 needs \"id\", \"source\" and \"role\"").arg(i + 1));
        refuseControlCharacters(path, Tr::tr("layer %1: \"source\"").arg(i + 1), e.source);
        if (ids.contains(e.id))
            throw Error(path, Tr::tr("two layers have the id \"%1\"").arg(e.id));
        ids << e.id;
        e.title = l.value(QStringLiteral("title")).toString();
        e.layerName = l.value(QStringLiteral("layer")).toString();
        refuseControlCharacters(path, Tr::tr("layer %1: \"layer\"").arg(i + 1), e.layerName);
        e.visible = l.value(QStringLiteral("visible")).toBool(true);
        e.opacity = l.value(QStringLiteral("opacity")).toDouble(1.0);
        const QJsonValue style = l.value(QStringLiteral("style"));
        if (style.isObject())
            e.inlineStyle = style.toObject();
        else
            e.style = style.toString();
        e.synthetic = l.value(QStringLiteral("synthetic")).toBool(false);
        e.encoding = l.value(QStringLiteral("encoding")).toString();
        e.sourceCrs = l.value(QStringLiteral("sourceCrs")).toString();
        e.render = l.value(QStringLiteral("render")).toString();
        bool renderOk = true;
        rasterRenderFromName(e.render, &renderOk);
        if (!renderOk)
            throw Error(path, Tr::tr("layer \"%1\": unknown render \"%2\" (use auto, rgb, grey "
                                     "or hillshade)")
                                  .arg(e.id, e.render));
        e.attribution = l.value(QStringLiteral("attribution")).toString();
        e.maxZoom = l.value(QStringLiteral("maxZoom")).toInt(0);
        p.layers << e;
    }
    return p;
}

QJsonObject Project::toJson() const
{
    QJsonObject json;
    json[QStringLiteral("format")] = QLatin1String(Format);
    json[QStringLiteral("schemaVersion")] = SchemaVersion;
    json[QStringLiteral("name")] = name;
    if (!description.isEmpty())
        json[QStringLiteral("description")] = description;
    json[QStringLiteral("crs")] = crs.isValid() ? crs.id() : kAuto;
    if (!extent.isNull())
        json[QStringLiteral("extent")] =
            QJsonArray{extent.xMin, extent.yMin, extent.xMax, extent.yMax};
    if (!worksPackage.isEmpty())
        json[QStringLiteral("worksPackage")] = worksPackage;
    if (allowExternalSources)
        json[QStringLiteral("allowExternalSources")] = true;
    QJsonArray layers;
    for (const LayerEntry& e : this->layers) {
        QJsonObject l;
        l[QStringLiteral("id")] = e.id;
        if (!e.title.isEmpty())
            l[QStringLiteral("title")] = e.title;
        l[QStringLiteral("source")] = e.source;
        if (!e.layerName.isEmpty())
            l[QStringLiteral("layer")] = e.layerName;
        l[QStringLiteral("role")] = e.role;
        l[QStringLiteral("visible")] = e.visible;
        if (e.opacity != 1.0)
            l[QStringLiteral("opacity")] = e.opacity;
        if (!e.inlineStyle.isEmpty())
            l[QStringLiteral("style")] = e.inlineStyle;
        else if (!e.style.isEmpty())
            l[QStringLiteral("style")] = e.style;
        if (e.synthetic)
            l[QStringLiteral("synthetic")] = true;
        if (!e.encoding.isEmpty())
            l[QStringLiteral("encoding")] = e.encoding;
        if (!e.sourceCrs.isEmpty())
            l[QStringLiteral("sourceCrs")] = e.sourceCrs;
        if (!e.render.isEmpty())
            l[QStringLiteral("render")] = e.render;
        if (!e.attribution.isEmpty())
            l[QStringLiteral("attribution")] = e.attribution;
        if (e.maxZoom > 0)
            l[QStringLiteral("maxZoom")] = e.maxZoom;
        layers.append(l);
    }
    json[QStringLiteral("layers")] = layers;
    return json;
}

void Project::save(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Project copy = *this;
    copy.filePath = absolute;
    for (LayerEntry& e : copy.layers) {
        const QString source = absoluteSource(e);
        // Saved elsewhere, a source that was in the old folder is now outside the new one:
        // the user moved the project, not the project its sources.
        if (!e.isServiceSource() && isInsideFolder(source) && !copy.isInsideFolder(source))
            copy.allowExternalSources = true;
        e.source = copy.relativeSource(source);
    }
    if (!worksPackage.isEmpty())
        copy.worksPackage = copy.relativeSource(worksPackagePath());
    writeJsonObjectAtomically(absolute, copy.toJson());
    *this = std::move(copy);
}

QString Project::worksPackagePath() const
{
    if (filePath.isEmpty() && (worksPackage.isEmpty() || !QDir::isAbsolutePath(worksPackage)))
        return {};
    const QDir base = QFileInfo(filePath).absoluteDir();
    if (!worksPackage.isEmpty())
        return QDir::cleanPath(base.absoluteFilePath(worksPackage));
    QString stem = QFileInfo(filePath).completeBaseName();
    if (stem.endsWith(QLatin1String(".worksmap")))
        stem.chop(int(qstrlen(".worksmap")));
    return base.absoluteFilePath(stem + QStringLiteral(".plan.gpkg"));
}

QString Project::absoluteSource(const LayerEntry& entry) const
{
    if (entry.isServiceSource() || QDir::isAbsolutePath(entry.source))
        return entry.source;
    const QDir base = filePath.isEmpty() ? QDir::current() : QFileInfo(filePath).absoluteDir();
    return QDir::cleanPath(base.absoluteFilePath(entry.source));
}

namespace {
/// `path` with symlinks resolved as far as it exists (a file not yet written: its folder).
QString resolvedPath(const QString& path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    QStringList missing;
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        missing.prepend(info.fileName());
        info = QFileInfo(parent);
    }
    QString out = info.canonicalFilePath();
    for (const QString& part : missing)
        out += QLatin1Char('/') + part;
    return QDir::cleanPath(out);
}
} // namespace

bool Project::isInsideFolder(const QString& path) const
{
    if (filePath.isEmpty())
        return true;
    const QString folder = resolvedPath(QFileInfo(filePath).absolutePath());
    const QString target = resolvedPath(path);
    return target.startsWith(folder.endsWith(QLatin1Char('/')) ? folder
                                                               : folder + QLatin1Char('/'));
}

QString Project::sourceProblem(const LayerEntry& entry) const
{
    if (allowExternalSources || entry.isServiceSource())
        return {};
    const QString source = absoluteSource(entry);
    if (isInsideFolder(source))
        return {};
    return Tr::tr("%1 lies outside the project's folder, and the project does not allow "
                  "sources from elsewhere (add the file with Add Layer, or set "
                  "\"allowExternalSources\": true in %2)")
        .arg(source, QFileInfo(filePath).fileName());
}

QString Project::worksPackageProblem() const
{
    const QString package = worksPackagePath();
    if (package.isEmpty() || isInsideFolder(package))
        return {};
    return Tr::tr("the works GeoPackage %1 (\"worksPackage\") lies outside the project's "
                  "folder; WorksMap writes only inside it")
        .arg(package);
}

QString Project::relativeSource(const QString& absolutePath) const
{
    if (LayerEntry::isServiceSource(absolutePath) || filePath.isEmpty())
        return absolutePath;
    return QFileInfo(filePath).absoluteDir().relativeFilePath(absolutePath);
}

} // namespace wm
