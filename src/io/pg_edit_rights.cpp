#include "io/pg_edit_rights.h"

#include "io/pg_connection.h"
#include "io/postgis_publisher.h"

namespace wm {

PgEditRights PgEditRights::of(PgConnection& c, const QString& layerName)
{
    PgEditRights r;
    const QString table = PgConnection::qualifiedTable(layerName);
    const QString schema = PgConnection::schemaOf(layerName);
    // Row-level security does not bind the table's owner or a superuser.
    const PgResult t = c.exec(
        QStringLiteral(
            "SELECT current_user, has_table_privilege($1, 'UPDATE'), c.relrowsecurity, "
            "pg_has_role(c.relowner, 'MEMBER') OR (SELECT rolsuper OR rolbypassrls FROM "
            "pg_roles WHERE rolname = current_user), EXISTS (SELECT 1 FROM pg_attribute WHERE "
            "attrelid = c.oid AND attname = 'version' AND NOT attisdropped), to_regclass($2) "
            "IS NOT NULL FROM pg_class c WHERE c.oid = $1::regclass"),
        {table, PgConnection::quoted(schema) + QStringLiteral(".worksmap_county_roles")});
    if (t.rows() == 0)
        return r;
    r.role = t.text(0, 0);
    r.canEdit = t.text(0, 1) == QLatin1String("t");
    const bool rowSecurity = t.text(0, 2) == QLatin1String("t");
    const bool bypass = t.text(0, 3) == QLatin1String("t");
    r.versioned = t.text(0, 4) == QLatin1String("t");
    const bool hasCountyRoles = t.text(0, 5) == QLatin1String("t");
    if (!r.canEdit || !rowSecurity || bypass || !hasCountyRoles)
        return r;
    const QString city = PostgisPublisher::cityRole(schema);
    if (c.exec(QStringLiteral("SELECT pg_has_role($1, 'MEMBER') FROM pg_roles WHERE rolname = $1"),
               {city})
            .text(0, 0) == QLatin1String("t"))
        return r;
    r.allCounties = false;
    const PgResult counties =
        c.exec(QStringLiteral("SELECT county_code FROM %1.worksmap_county_roles "
                              "WHERE pg_has_role(role_name, 'MEMBER') ORDER "
                              "BY 1")
                   .arg(PgConnection::quoted(schema)));
    for (int i = 0; i < counties.rows(); ++i)
        r.counties << counties.text(i, 0);
    return r;
}

} // namespace wm
