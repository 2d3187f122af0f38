#include "io/postgis_publisher.h"

#include "core/error.h"
#include "io/pg_connection.h"
#include "io/vector_writer.h"
#include "io/works_package.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <set>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::PostgisPublisher)
};

/// Columns the shared store keeps itself; a layer bringing one of its own would clash.
const QStringList& reservedColumns()
{
    static const QStringList names{QStringLiteral("fid"), QStringLiteral("geom"),
                                   QStringLiteral("version"), QStringLiteral("updated_by"),
                                   QStringLiteral("updated_at")};
    return names;
}

bool isCountyCode(const QString& code)
{
    static const QRegularExpression six(QStringLiteral("^[0-9]{6}$"));
    return six.match(code).hasMatch();
}
} // namespace

namespace wm {

namespace {

using Q = PgConnection;

/// What an earlier publish left in the schema.
struct Earlier {
    bool schemaExists = false;
    bool published = false; ///< has WorksMap's metadata table
    qint64 foreignTables = 0;
    QString project;
    QString publishedAt, publishedBy;
    QJsonObject tables; ///< table → {layer, features}
};

Earlier readEarlier(PgConnection& c, const QString& schema)
{
    Earlier e;
    e.schemaExists =
        c.exec(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = $1"), {schema}).rows() >
        0;
    if (!e.schemaExists)
        return e;
    const PgResult meta = c.exec(QStringLiteral("SELECT to_regclass($1)"),
                                 {Q::quoted(schema) + QStringLiteral(".worksmap_project")});
    e.published = !meta.isNull(0, 0);
    if (!e.published) {
        e.foreignTables = c.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                                "schemaname = $1"),
                                 {schema})
                              .integer(0, 0);
        return e;
    }
    const PgResult rows =
        c.exec(QStringLiteral("SELECT key, value FROM %1.worksmap_project").arg(Q::quoted(schema)));
    for (int r = 0; r < rows.rows(); ++r) {
        const QString key = rows.text(r, 0), value = rows.text(r, 1);
        if (key == QLatin1String("project"))
            e.project = value;
        else if (key == QLatin1String("published_at"))
            e.publishedAt = value;
        else if (key == QLatin1String("published_by"))
            e.publishedBy = value;
        else if (key == QLatin1String("tables"))
            e.tables = QJsonDocument::fromJson(value.toUtf8()).object();
    }
    return e;
}

/// Features added, changed or deleted in the database since the earlier publish.
qint64 editsSince(PgConnection& c, const QString& schema, const Earlier& e)
{
    qint64 edits = 0;
    for (auto it = e.tables.constBegin(); it != e.tables.constEnd(); ++it) {
        const QString table = Q::quoted(schema) + QLatin1Char('.') + Q::quoted(it.key());
        if (c.exec(QStringLiteral("SELECT to_regclass($1)"), {table}).isNull(0, 0))
            continue;
        // Inserted rows start at version 1, updated ones are above it; what is neither
        // and missing was deleted.
        const PgResult r = c.exec(QStringLiteral("SELECT count(*) FILTER (WHERE version = 1 AND "
                                                 "updated_at > $1::timestamptz), count(*) FILTER "
                                                 "(WHERE version > 1), count(*) FROM %1")
                                      .arg(table),
                                  {e.publishedAt});
        const qint64 inserted = r.integer(0, 0), updated = r.integer(0, 1), now = r.integer(0, 2);
        const qint64 before = it.value().toObject().value(QStringLiteral("features")).toInteger();
        edits += inserted + updated + std::max<qint64>(0, before - (now - inserted));
    }
    return edits;
}

QString sqlText(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

/// The functions every published table's triggers call.
QStringList triggerFunctions(const QString& schema)
{
    const QString s = Q::quoted(schema);
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION %1.worksmap_stamp() RETURNS trigger LANGUAGE plpgsql AS "
            "$f$ BEGIN IF TG_OP = 'INSERT' THEN NEW.version := 1; ELSE NEW.version := "
            "OLD.version + 1; END IF; NEW.updated_by := current_user; NEW.updated_at := "
            "clock_timestamp(); RETURN NEW; END $f$")
            .arg(s),
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.worksmap_notify() RETURNS trigger LANGUAGE "
                       "plpgsql AS $f$ BEGIN PERFORM pg_notify(%2, TG_TABLE_NAME); RETURN NULL; "
                       "END $f$")
            .arg(s, sqlText(PostgisPublisher::channelFor(schema))),
    };
}

QStringList tableSetup(const QString& schema, const QString& table, const QString& title)
{
    const QString t = Q::quoted(schema) + QLatin1Char('.') + Q::quoted(table);
    const QString s = Q::quoted(schema);
    return {
        QStringLiteral("ALTER TABLE %1 ADD COLUMN version integer NOT NULL DEFAULT 1, ADD COLUMN "
                       "updated_by text NOT NULL DEFAULT current_user, ADD COLUMN updated_at "
                       "timestamptz NOT NULL DEFAULT now()")
            .arg(t),
        QStringLiteral("CREATE TRIGGER worksmap_stamp BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW "
                       "EXECUTE FUNCTION %2.worksmap_stamp()")
            .arg(t, s),
        QStringLiteral("CREATE TRIGGER worksmap_notify AFTER INSERT OR UPDATE OR DELETE ON %1 FOR "
                       "EACH STATEMENT EXECUTE FUNCTION %2.worksmap_notify()")
            .arg(t, s),
        QStringLiteral("COMMENT ON TABLE %1 IS %2").arg(t, sqlText(title)),
    };
}

QSet<QString> existingRoles(PgConnection& c, const QStringList& names)
{
    QSet<QString> out;
    const PgResult r =
        c.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname = ANY($1::text[])"),
               {QStringLiteral("{") + names.join(QLatin1Char(',')) + QStringLiteral("}")});
    for (int i = 0; i < r.rows(); ++i)
        out.insert(r.text(i, 0));
    return out;
}

} // namespace

QString PostgisPublisher::schemaFor(const QString& projectPath)
{
    QString stem = QFileInfo(projectPath).fileName();
    for (const char* suffix : {".worksmap.json", ".json"})
        if (stem.endsWith(QLatin1String(suffix))) {
            stem.chop(qsizetype(strlen(suffix)));
            break;
        }
    QString out;
    for (const QChar ch : stem.toLower())
        out += (ch.isDigit() || (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')))
                   ? ch
                   : QLatin1Char('_');
    while (out.contains(QLatin1String("__")))
        out.replace(QLatin1String("__"), QLatin1String("_"));
    out = out.mid(out.startsWith(QLatin1Char('_')) ? 1 : 0);
    if (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    if (out.isEmpty())
        return QStringLiteral("worksmap");
    if (out[0].isDigit())
        out.prepend(QLatin1String("worksmap_"));
    return out.left(40);
}

QString PostgisPublisher::schemaProblem(const QString& schema)
{
    static const QRegularExpression ok(QStringLiteral("^[a-z_][a-z0-9_]{0,39}$"));
    if (!ok.match(schema).hasMatch())
        return Tr::tr("schema \"%1\": use lower-case letters a–z, digits and '_' (at most 40, "
                      "not starting with a digit)")
            .arg(schema);
    if (schema == QLatin1String("public") || schema.startsWith(QLatin1String("pg_")) ||
        schema == QLatin1String("information_schema"))
        return Tr::tr("schema \"%1\" is reserved; choose a schema of the project's own")
            .arg(schema);
    return {};
}

QString PostgisPublisher::tableFor(const QString& layerId)
{
    QString out;
    for (const QChar ch : layerId.toLower())
        out += (ch.isDigit() || (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')))
                   ? ch
                   : QLatin1Char('_');
    if (out.isEmpty() || out[0].isDigit())
        out.prepend(QLatin1String("layer_"));
    return out.left(60);
}

PublishResult PostgisPublisher::publish(const LoadedProject& loaded, const RoleRegistry& roles,
                                        const PublishOptions& options)
{
    PublishResult result;
    const Project& project = loaded.project;
    result.schema = options.schema.isEmpty() ? schemaFor(project.filePath) : options.schema;
    const QString target = PgConnection::projectSource(options.target);
    if (const QString problem = schemaProblem(result.schema); !problem.isEmpty())
        throw Error(target, problem);
    const QString& schema = result.schema;

    PgConnection c(options.target);
    if (c.exec(QStringLiteral("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")).rows() ==
        0) {
        try {
            c.exec(QStringLiteral("CREATE EXTENSION postgis"));
        } catch (const PgError& e) {
            throw Error(target, Tr::tr("PostGIS is not installed in this database and this user "
                                       "cannot install it (%1). Ask the administrator to run "
                                       "CREATE EXTENSION postgis;")
                                    .arg(e.detail()));
        }
    }

    const Earlier earlier = readEarlier(c, schema);
    if (earlier.schemaExists && !earlier.published && earlier.foreignTables > 0)
        throw Error(target, Tr::tr("schema \"%1\" already holds %2 tables that WorksMap did not "
                                   "publish; choose another schema (--schema)")
                                .arg(schema)
                                .arg(earlier.foreignTables));
    if (earlier.published && earlier.project != project.name)
        throw Error(target,
                    Tr::tr("schema \"%1\" holds another project (\"%2\", published %3 by "
                           "%4); choose another schema (--schema)")
                        .arg(schema, earlier.project, earlier.publishedAt, earlier.publishedBy));
    if (earlier.published) {
        result.republished = true;
        const qint64 edits = editsSince(c, schema, earlier);
        if (edits > 0 && !options.replace)
            throw Error(target, Tr::tr("%1 features of schema \"%2\" were added, changed or "
                                       "deleted in the database since it was published (%3 by "
                                       "%4); publishing again would overwrite them. Keep them "
                                       "(open the shared project instead) or pass --replace.")
                                    .arg(edits)
                                    .arg(schema, earlier.publishedAt, earlier.publishedBy));
    }

    // The layers as the project shows them.
    std::vector<OutputLayer> outputs;
    QJsonObject tablesMeta;
    QStringList countyTables; // schema-qualified, with their county column
    QStringList countyColumns;
    QStringList allTables;
    std::set<QString> counties;
    QSet<QString> names;
    Project copy = project;
    for (const LoadedLayer& layer : loaded.layers) {
        if (layer.entry.isRaster() || !layer.data) {
            if (!layer.data && !layer.entry.isRaster())
                throw Error(
                    project.filePath,
                    Tr::tr("layer \"%1\" is unavailable: %2").arg(layer.entry.id, layer.problem));
            result.notes << Tr::tr("%1: a raster, kept as it is (%2)")
                                .arg(layer.entry.id, layer.entry.source);
            continue;
        }
        const LayerRole* role = roles.role(layer.entry.role);
        if (!role)
            throw Error(project.filePath, Tr::tr("layer \"%1\" has the unknown role \"%2\"")
                                              .arg(layer.entry.id, layer.entry.role));
        const QString table = tableFor(layer.entry.id);
        if (names.contains(table))
            throw Error(project.filePath,
                        Tr::tr("layers \"%1\" and another one would both be table \"%2\"; give "
                               "them ids that differ in more than case")
                            .arg(layer.entry.id, table));
        names.insert(table);
        PublishResult::Table t;
        t.layerId = layer.entry.id;
        t.table = schema + QLatin1Char('.') + table;
        t.features = layer.data->featureCount();
        t.repaired = layer.data->report.repaired;
        // Works layers gain the role's fields they lack, as for editing in a works package;
        // reference tables (boundaries, targets) stay as they are read, or a new empty
        // column could take the place of the one the project maps.
        const bool works = layer.entry.role == QLatin1String("facility") ||
                           layer.entry.role == QLatin1String("parking") ||
                           layer.entry.role == QLatin1String("pipe");
        OutputLayer out = works ? outputLayerForRole(layer, *role, table, &t.addedFields)
                                : outputLayerOf(*layer.data, table);
        for (const QString& column : out.columns)
            if (reservedColumns().contains(column, Qt::CaseInsensitive))
                throw Error(
                    project.filePath,
                    Tr::tr("layer \"%1\" has a column \"%2\", a name the shared store "
                           "keeps for itself (%3); rename the column first")
                        .arg(layer.entry.id, column, reservedColumns().join(QStringLiteral(", "))));
        const QString qualified = Q::quoted(schema) + QLatin1Char('.') + Q::quoted(table);
        allTables << qualified;
        QString countyColumn = layer.columnOf(QStringLiteral("county_code"));
        if (countyColumn.isEmpty() && t.addedFields.contains(QStringLiteral("county_code")))
            countyColumn = QStringLiteral("county_code");
        const int countyIndex = layer.data->attributes.indexOf(countyColumn);
        if (!countyColumn.isEmpty()) {
            countyTables << qualified;
            countyColumns << countyColumn;
        }
        if (countyIndex >= 0)
            for (qsizetype i = 0; i < layer.data->featureCount(); ++i)
                if (const QString v = layer.data->attributes.value(i, countyIndex).toString();
                    isCountyCode(v))
                    counties.insert(v);
        if (layer.entry.role == QLatin1String("boundary"))
            if (const int code = layer.data->attributes.indexOf(layer.columnOf("code")); code >= 0)
                for (qsizetype i = 0; i < layer.data->featureCount(); ++i)
                    if (const QString v = layer.data->attributes.value(i, code).toString();
                        isCountyCode(v))
                        counties.insert(v);
        tablesMeta[table] = QJsonObject{{QStringLiteral("layer"), layer.entry.id},
                                        {QStringLiteral("features"), t.features}};
        result.tables << t;
        outputs.push_back(std::move(out));
        for (LayerEntry& e : copy.layers)
            if (e.id == layer.entry.id) {
                e.source = target;
                e.layerName = t.table;
                e.sourceCrs.clear();
                e.encoding.clear();
            }
    }

    const QString s = Q::quoted(schema);
    QStringList before{QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(s)};
    before << triggerFunctions(schema);
    // Tables an earlier publish made that this one no longer has.
    for (auto it = earlier.tables.constBegin(); it != earlier.tables.constEnd(); ++it)
        if (!names.contains(it.key()))
            before << QStringLiteral("DROP TABLE IF EXISTS %1.%2").arg(s, Q::quoted(it.key()));
    QStringList after;
    for (const PublishResult::Table& t : result.tables) {
        QString title;
        for (const LayerEntry& e : project.layers)
            if (e.id == t.layerId)
                title = e.displayName();
        after << tableSetup(schema, PgConnection::tableOf(t.table), title);
    }
    after << QStringLiteral("CREATE TABLE IF NOT EXISTS %1.worksmap_project (key text PRIMARY "
                            "KEY, value text NOT NULL)")
                 .arg(s)
          << QStringLiteral("DELETE FROM %1.worksmap_project").arg(s)
          << QStringLiteral("INSERT INTO %1.worksmap_project VALUES ('format', "
                            "'worksmap-publish/1'), ('project', %2), ('crs', %3), "
                            "('published_at', now()::text), ('published_by', current_user), "
                            "('tables', %4)")
                 .arg(s, sqlText(project.name), sqlText(loaded.crs.id()),
                      sqlText(QString::fromUtf8(
                          QJsonDocument(tablesMeta).toJson(QJsonDocument::Compact))));

    if (options.roles) {
        const QString reader = readerRole(schema), city = cityRole(schema),
                      editor = editorRole(schema);
        QStringList wanted{reader, editor, city};
        for (const QString& code : counties)
            wanted << countyRole(schema, code);
        const QSet<QString> exist = existingRoles(c, wanted);
        for (const QString& r : wanted)
            if (!exist.contains(r)) {
                after << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(Q::quoted(r));
                result.rolesCreated << r;
            }
        after << QStringLiteral("GRANT %1 TO %2").arg(Q::quoted(reader), Q::quoted(editor))
              << QStringLiteral("GRANT %1 TO %2").arg(Q::quoted(editor), Q::quoted(city))
              << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(s, Q::quoted(reader))
              << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2")
                     .arg(s, Q::quoted(reader))
              << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2")
                     .arg(s, Q::quoted(editor))
              << QStringLiteral("CREATE TABLE IF NOT EXISTS %1.worksmap_county_roles (role_name "
                                "text PRIMARY KEY, county_code text NOT NULL)")
                     .arg(s)
              << QStringLiteral("GRANT SELECT ON %1.worksmap_county_roles TO %2")
                     .arg(s, Q::quoted(reader));
        for (const QString& code : counties) {
            const QString role = countyRole(schema, code);
            after << QStringLiteral("GRANT %1 TO %2").arg(Q::quoted(editor), Q::quoted(role))
                  << QStringLiteral("INSERT INTO %1.worksmap_county_roles VALUES (%2, %3) ON "
                                    "CONFLICT (role_name) DO UPDATE SET county_code = "
                                    "EXCLUDED.county_code")
                         .arg(s, sqlText(role), sqlText(code));
            result.counties << code;
        }
        for (const QString& t : allTables) {
            after << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t)
                  << QStringLiteral("CREATE POLICY worksmap_read ON %1 FOR SELECT USING (true)")
                         .arg(t)
                  << QStringLiteral("CREATE POLICY worksmap_city ON %1 FOR ALL TO %2 USING (true) "
                                    "WITH CHECK (true)")
                         .arg(t, Q::quoted(city))
                  << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                         .arg(t, Q::quoted(city));
        }
        for (qsizetype i = 0; i < countyTables.size(); ++i) {
            // A county edits the rows of its own county, before and after the change: it can
            // neither take another county's feature nor hand one of its own to another.
            const QString own =
                QStringLiteral(
                    "%1::text IN (SELECT county_code FROM %2.worksmap_county_roles WHERE "
                    "pg_has_role(role_name, 'MEMBER'))")
                    .arg(Q::quoted(countyColumns[i]), s);
            after << QStringLiteral("CREATE POLICY worksmap_county ON %1 FOR ALL TO %2 USING "
                                    "(%3) WITH CHECK (%3)")
                         .arg(countyTables[i], Q::quoted(editor), own)
                  << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                         .arg(countyTables[i], Q::quoted(editor));
        }
    }

    writePostgisTables(options.target, schema, loaded.crs, outputs, before, after);

    // The copy reads the tables in the project CRS they were written in.
    copy.crs = loaded.crs;
    QString out = options.projectOut;
    if (out.isEmpty()) {
        const QFileInfo info(project.filePath);
        QString stem = info.fileName();
        stem.chop(stem.endsWith(QLatin1String(".worksmap.json")) ? 14 : 5);
        out = info.absoluteDir().filePath(stem + QStringLiteral(".postgis.worksmap.json"));
    }
    // Project::save makes the files the copy still reads (rasters) relative to its folder.
    copy.save(QFileInfo(out).absoluteFilePath());
    result.projectOut = copy.filePath;
    return result;
}

} // namespace wm
