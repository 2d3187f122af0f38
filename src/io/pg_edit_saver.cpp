#include "io/pg_edit_saver.h"

#include "core/geos_context.h"
#include "io/pg_connection.h"

#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::PgEditSaver)
};
} // namespace

namespace wm {

namespace {

using Q = PgConnection;

QString featureLabel(qint64 fid)
{
    return fid < 0 ? Tr::tr("new feature %1").arg(-fid) : Tr::tr("feature %1").arg(fid);
}

/// What the save needs to know of a table.
struct Table {
    QString qualified;
    QString fid = QStringLiteral("fid");
    QString geometry; ///< empty: a table without geometry
    int srid = 0;
    bool multi = false;
    bool versioned = false;
};

int sridOf(const Crs& crs)
{
    const QString id = crs.id();
    return id.startsWith(QLatin1String("EPSG:")) ? id.mid(5).toInt() : 0;
}

Table describe(PgConnection& c, const QString& layerName)
{
    Table t;
    t.qualified = Q::qualifiedTable(layerName);
    // The catalogue itself, not the geometry_columns and information_schema views: those
    // cost the server tens of milliseconds a save, which ten writers at once feel.
    const PgResult r = c.exec(
        QStringLiteral(
            "SELECT (SELECT a.attname FROM pg_attribute a JOIN pg_index i ON a.attrelid = "
            "i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = t.oid AND "
            "i.indisprimary LIMIT 1), g.attname, postgis_typmod_srid(g.atttypmod), "
            "postgis_typmod_type(g.atttypmod), EXISTS (SELECT 1 FROM pg_attribute v WHERE "
            "v.attrelid = t.oid AND v.attname = 'version' AND NOT v.attisdropped) FROM (SELECT "
            "$1::regclass::oid AS oid) t LEFT JOIN pg_attribute g ON g.attrelid = t.oid AND "
            "g.atttypid = 'geometry'::regtype AND NOT g.attisdropped"),
        {t.qualified});
    if (r.rows() == 0)
        return t;
    if (!r.isNull(0, 0))
        t.fid = r.text(0, 0);
    if (!r.isNull(0, 1)) {
        t.geometry = r.text(0, 1);
        t.srid = int(r.integer(0, 2));
        t.multi = r.text(0, 3).startsWith(QLatin1String("Multi"), Qt::CaseInsensitive);
    }
    t.versioned = r.text(0, 4) == QLatin1String("t");
    return t;
}

QString hexOf(const GEOSGeometry* g)
{
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKBWriter* w = GEOSWKBWriter_create_r(ctx);
    GEOSWKBWriter_setOutputDimension_r(ctx, w, 2);
    std::size_t size = 0;
    unsigned char* hex = GEOSWKBWriter_writeHEX_r(ctx, w, g, &size);
    GEOSWKBWriter_destroy_r(ctx, w);
    const QString out = QString::fromLatin1(reinterpret_cast<const char*>(hex), qsizetype(size));
    GEOSFree_r(ctx, hex);
    return out;
}

SharedGeom geometryOfHex(const QString& hex)
{
    if (hex.isEmpty())
        return {};
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKBReader* r = GEOSWKBReader_create_r(ctx);
    const QByteArray bytes = hex.toLatin1();
    GEOSGeometry* g =
        GEOSWKBReader_readHEX_r(ctx, r, reinterpret_cast<const unsigned char*>(bytes.constData()),
                                std::size_t(bytes.size()));
    GEOSWKBReader_destroy_r(ctx, r);
    return shareGeometry(GeomPtr(g));
}

QVariant valueOf(const PgResult& r, int row, int column, FieldType type)
{
    if (r.isNull(row, column))
        return {};
    const QString text = r.text(row, column);
    switch (type) {
    case FieldType::Integer:
    case FieldType::Integer64:
        return text.toLongLong();
    case FieldType::Real:
        return text.toDouble();
    case FieldType::Boolean:
        return text == QLatin1String("t") || text == QLatin1String("true");
    default:
        return text;
    }
}

/// Writes one table's edits inside the caller's transaction.
class TableWriter {
public:
    TableWriter(PgConnection& c, const Crs& crs, const PgLayerEdits& edits,
                const PgEditSaver::Options& options, int& statements)
        : mConn(c), mEdits(edits), mOptions(options), mStatements(statements)
    {
        mTable = describe(c, edits.layerName);
        if (!mTable.versioned)
            throw Error(c.label(),
                        Tr::tr("table %1 has no version column: it was not published by WorksMap, "
                               "and saving could overwrite other people's edits unseen. Publish "
                               "the project with worksmap-cli publish and edit the published "
                               "tables.")
                            .arg(edits.layerName));
        mProjectSrid = sridOf(crs);
        if (!mTable.geometry.isEmpty() && mProjectSrid == 0)
            throw Error(c.label(), Tr::tr("the project's coordinate system (%1) has no EPSG code, "
                                          "which PostGIS needs to store geometries")
                                       .arg(crs.id()));
        for (int col = 0; col < edits.fields.size(); ++col)
            if (!PgEditSaver::isStoreColumn(edits.fields[col].name) &&
                edits.fields[col].name != mTable.fid)
                mWritable << col;
    }

    PgSavedLayer write(std::vector<EditConflict>& conflicts, QStringList& refusals)
    {
        PgSavedLayer saved;
        for (qint64 fid : mEdits.changes.removed) {
            const qint64 version = mEdits.versions.value(fid);
            const PgResult r = run(QStringLiteral("DELETE FROM %1 WHERE %2 = $1 AND version = $2")
                                       .arg(mTable.qualified, Q::quoted(mTable.fid)),
                                   {fid, version}, fid);
            if (r.affected() == 0)
                classify(fid, version, nullptr, conflicts, refusals);
        }
        for (const LayerChanges::Modified& m : mEdits.changes.modified) {
            QStringList sets;
            QVector<QVariant> params;
            for (int col : m.changedColumns)
                if (mWritable.contains(col)) {
                    params << parameter(col, m.feature.values.value(col));
                    sets << QStringLiteral("%1 = $%2")
                                .arg(Q::quoted(mEdits.fields[col].name))
                                .arg(params.size());
                }
            if (m.geometryChanged && !mTable.geometry.isEmpty()) {
                params << (m.feature.geometry ? QVariant(hexOf(m.feature.geometry.get()))
                                              : QVariant());
                sets << QStringLiteral("%1 = %2").arg(Q::quoted(mTable.geometry),
                                                      geometryExpression(int(params.size())));
            }
            if (sets.isEmpty())
                continue;
            const qint64 version = mEdits.versions.value(m.feature.fid);
            params << m.feature.fid << version;
            const PgResult r = run(
                QStringLiteral("UPDATE %1 SET %2 WHERE %3 = $%4 AND version = "
                               "$%5 RETURNING version, updated_by, %6")
                    .arg(mTable.qualified, sets.join(QStringLiteral(", ")), Q::quoted(mTable.fid))
                    .arg(params.size() - 1)
                    .arg(params.size())
                    .arg(timeExpression()),
                params, m.feature.fid);
            if (r.rows() == 0)
                classify(m.feature.fid, version, &m, conflicts, refusals);
            else
                record(saved, m.feature.fid, r);
        }
        for (const EditableFeature& added : mEdits.changes.added) {
            QStringList columns, values;
            QVector<QVariant> params;
            for (int col : mWritable) {
                params << parameter(col, added.values.value(col));
                columns << Q::quoted(mEdits.fields[col].name);
                values << QStringLiteral("$%1").arg(params.size());
            }
            if (!mTable.geometry.isEmpty() && added.geometry) {
                params << hexOf(added.geometry.get());
                columns << Q::quoted(mTable.geometry);
                values << geometryExpression(int(params.size()));
            }
            const PgResult r =
                run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4, version, "
                                   "updated_by, %5")
                        .arg(mTable.qualified, columns.join(QStringLiteral(", ")),
                             values.join(QStringLiteral(", ")), Q::quoted(mTable.fid),
                             timeExpression()),
                    params, added.fid);
            const qint64 fid = r.integer(0, 0);
            saved.newFids.insert(added.fid, fid);
            saved.versions.insert(fid, r.integer(0, 1));
            saved.updatedBy.insert(fid, r.text(0, 2));
            saved.updatedAt.insert(fid, QDateTime::fromString(r.text(0, 3), Qt::ISODateWithMs));
        }
        return saved;
    }

private:
    /// A value as the column takes it: an empty cell of a number, date or boolean column is
    /// NULL (a form's empty field), not text PostgreSQL would refuse.
    QVariant parameter(int col, const QVariant& v) const
    {
        if (mEdits.fields[col].type != FieldType::String && v.typeId() == QMetaType::QString &&
            v.toString().trimmed().isEmpty())
            return {};
        return v;
    }

    static QString timeExpression()
    {
        return QStringLiteral(
            "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    }

    QString geometryExpression(int param) const
    {
        QString g = QStringLiteral("ST_SetSRID(ST_GeomFromWKB(decode($%1, 'hex')), %2)")
                        .arg(param)
                        .arg(mProjectSrid);
        if (mTable.srid > 0 && mTable.srid != mProjectSrid)
            g = QStringLiteral("ST_Transform(%1, %2)").arg(g).arg(mTable.srid);
        return mTable.multi ? QStringLiteral("ST_Multi(%1)").arg(g) : g;
    }

    PgResult run(const QString& sql, const QVector<QVariant>& params, qint64 fid)
    {
        PgResult r;
        try {
            r = mConn.exec(sql, params);
        } catch (const PgError& e) {
            if (e.isPermissionDenied())
                throw PgError(mConn.label(),
                              Tr::tr("%1: the database refused %2: %3 (your role may edit only "
                                     "the features of its own county, or none)")
                                  .arg(mEdits.layerName, featureLabel(fid), e.detail()),
                              e.sqlState());
            if (e.isConnectionLost())
                throw;
            throw PgError(mConn.label(),
                          Tr::tr("%1: %2: %3").arg(mEdits.layerName, featureLabel(fid), e.detail()),
                          e.sqlState());
        }
        ++mStatements;
        if (mOptions.afterStatement)
            mOptions.afterStatement(mStatements, mConn.backendPid());
        return r;
    }

    void record(PgSavedLayer& saved, qint64 fid, const PgResult& r)
    {
        saved.versions.insert(fid, r.integer(0, 0));
        saved.updatedBy.insert(fid, r.text(0, 1));
        saved.updatedAt.insert(fid, QDateTime::fromString(r.text(0, 2), Qt::ISODateWithMs));
    }

    /// An update or delete that matched no row: someone changed or deleted the feature, or
    /// row-level security hid it from this role.
    void classify(qint64 fid, qint64 version, const LayerChanges::Modified* modified,
                  std::vector<EditConflict>& conflicts, QStringList& refusals)
    {
        QStringList columns;
        for (const FieldDef& f : mEdits.fields)
            columns << Q::quoted(f.name) + QStringLiteral("::text");
        QString geometry = QStringLiteral("NULL");
        if (!mTable.geometry.isEmpty()) {
            geometry = Q::quoted(mTable.geometry);
            if (mTable.srid > 0 && mTable.srid != mProjectSrid)
                geometry = QStringLiteral("ST_Transform(%1, %2)").arg(geometry).arg(mProjectSrid);
            geometry = QStringLiteral("encode(ST_AsBinary(%1), 'hex')").arg(geometry);
        }
        const int first = int(mEdits.fields.size());
        const PgResult r = mConn.exec(
            QStringLiteral("SELECT %1%2, version, updated_by, %3 FROM %4 WHERE %5 = $1")
                .arg(columns.isEmpty() ? QString() : columns.join(QStringLiteral(", ")) + ", ",
                     geometry, timeExpression(), mTable.qualified, Q::quoted(mTable.fid)),
            {fid});
        EditConflict c;
        c.layerName = mEdits.layerName;
        c.fid = fid;
        c.base = mEdits.base.value(fid);
        c.iDeleted = modified == nullptr;
        c.mine = modified ? modified->feature : c.base;
        if (modified) {
            c.changedColumns = modified->changedColumns;
            c.geometryChanged = modified->geometryChanged;
        }
        if (r.rows() == 0 && !modified)
            return; // deleted on both sides: nothing to decide
        if (r.rows() == 0) {
            c.theyDeleted = true;
            conflicts.push_back(std::move(c));
            return;
        }
        c.theirVersion = r.integer(0, first + 1);
        if (c.theirVersion == version) {
            QString county;
            for (int col = 0; col < mEdits.fields.size(); ++col)
                if (mEdits.fields[col].name.compare(QLatin1String("county_code"),
                                                    Qt::CaseInsensitive) == 0)
                    county = r.text(0, col);
            refusals << (county.isEmpty()
                             ? Tr::tr("%1: %2 may not be changed or deleted by your role")
                                   .arg(mEdits.layerName, featureLabel(fid))
                             : Tr::tr("%1: %2 belongs to county %3, which your role may not edit")
                                   .arg(mEdits.layerName, featureLabel(fid), county));
            return;
        }
        c.theirs.fid = fid;
        for (int col = 0; col < mEdits.fields.size(); ++col)
            c.theirs.values << valueOf(r, 0, col, mEdits.fields[col].type);
        c.theirs.geometry = geometryOfHex(r.isNull(0, first) ? QString() : r.text(0, first));
        c.theirUser = r.text(0, first + 2);
        c.theirTime = QDateTime::fromString(r.text(0, first + 3), Qt::ISODateWithMs);
        conflicts.push_back(std::move(c));
    }

    PgConnection& mConn;
    const PgLayerEdits& mEdits;
    const PgEditSaver::Options& mOptions;
    int& mStatements;
    Table mTable;
    int mProjectSrid = 0;
    QVector<int> mWritable; ///< buffer columns a save writes (not fid, version, …)
};

} // namespace

EditConflictError::EditConflictError(QString connection, std::vector<EditConflict> conflicts)
    : Error(std::move(connection),
            Tr::tr("%n feature(s) were changed or deleted by someone else since you read them; "
                   "nothing was saved",
                   nullptr, int(conflicts.size()))),
      mConflicts(std::move(conflicts))
{
}

EditableFeature mergedFeature(const EditConflict& c)
{
    if (c.theyDeleted)
        return c.mine;
    EditableFeature merged = c.theirs;
    for (int col : c.changedColumns)
        if (col < merged.values.size())
            merged.values[col] = c.mine.values.value(col);
    if (c.geometryChanged)
        merged.geometry = c.mine.geometry;
    return merged;
}

QVector<int> columnsBothChanged(const EditConflict& c)
{
    QVector<int> both;
    if (c.theyDeleted || c.iDeleted)
        return both;
    for (int col : c.changedColumns) {
        const QVariant theirs = c.theirs.values.value(col), base = c.base.values.value(col);
        if (theirs.isNull() != base.isNull() || theirs.toString() != base.toString())
            both << col;
    }
    return both;
}

bool PgEditSaver::isStoreColumn(const QString& name)
{
    return name == QLatin1String("version") || name == QLatin1String("updated_by") ||
           name == QLatin1String("updated_at");
}

std::vector<PgSavedLayer> PgEditSaver::save(const QString& source, const Crs& projectCrs,
                                            const std::vector<PgLayerEdits>& layers,
                                            const Options& options)
{
    PgConnection c(source);
    return save(c, projectCrs, layers, options);
}

std::vector<PgSavedLayer> PgEditSaver::save(PgConnection& c, const Crs& projectCrs,
                                            const std::vector<PgLayerEdits>& layers,
                                            const Options& options)
{
    PgTransaction transaction(c);
    std::vector<PgSavedLayer> saved;
    std::vector<EditConflict> conflicts;
    QStringList refusals;
    int statements = 0;
    for (const PgLayerEdits& edits : layers)
        saved.push_back(
            TableWriter(c, projectCrs, edits, options, statements).write(conflicts, refusals));
    if (!refusals.isEmpty())
        throw PgError(c.label(),
                      Tr::tr("the database refused the save (nothing was written): %1")
                          .arg(refusals.join(QStringLiteral("; "))),
                      QStringLiteral("42501"));
    if (!conflicts.empty())
        throw EditConflictError(c.label(), std::move(conflicts));
    transaction.commit();
    return saved;
}

} // namespace wm
