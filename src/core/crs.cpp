#include "core/crs.h"

#include <proj.h>

#include <algorithm>
#include <cmath>

namespace wm {

Crs Crs::fromDefinition(const QString& definition)
{
    Crs crs;
    const QString trimmed = definition.trimmed();
    if (trimmed.isEmpty())
        return crs;
    PJ_CONTEXT* ctx = proj_context_create();
    proj_log_level(ctx, PJ_LOG_NONE);
    PJ* pj = proj_create(ctx, trimmed.toUtf8().constData());
    if (pj) {
        // A bound CRS (WKT with TOWGS84) names its source CRS; identify that.
        PJ* base = proj_get_type(pj) == PJ_TYPE_BOUND_CRS ? proj_get_source_crs(ctx, pj) : nullptr;
        PJ* subject = base ? base : pj;
        const PJ_TYPE type = proj_get_type(subject);
        const bool isCrs = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
                           type == PJ_TYPE_PROJECTED_CRS || type == PJ_TYPE_COMPOUND_CRS ||
                           type == PJ_TYPE_GEOCENTRIC_CRS || type == PJ_TYPE_GEOGRAPHIC_CRS ||
                           type == PJ_TYPE_OTHER_CRS || type == PJ_TYPE_ENGINEERING_CRS;
        if (isCrs) {
            crs.mDefinition = trimmed;
            crs.mName = QString::fromUtf8(proj_get_name(subject));
            crs.mGeographic =
                type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
            const char* auth = proj_get_id_auth_name(subject, 0);
            const char* code = proj_get_id_code(subject, 0);
            if (auth && code) {
                crs.mAuthId = QStringLiteral("%1:%2").arg(auth, code);
            } else {
                // WKT from a shapefile's .prj carries no code; ask PROJ which EPSG CRS it is
                // so that "EPSG:4547" and its WKT compare equal and print the same.
                int* confidence = nullptr;
                PJ_OBJ_LIST* matches = proj_identify(ctx, subject, "EPSG", nullptr, &confidence);
                if (matches && proj_list_get_count(matches) > 0 && confidence[0] >= 90) {
                    PJ* match = proj_list_get(ctx, matches, 0);
                    crs.mAuthId = QStringLiteral("EPSG:%1").arg(proj_get_id_code(match, 0));
                    proj_destroy(match);
                }
                proj_int_list_destroy(confidence);
                proj_list_destroy(matches);
            }
        }
        if (base)
            proj_destroy(base);
        proj_destroy(pj);
    }
    proj_context_destroy(ctx);
    return crs;
}

int Crs::gaussKruger3EpsgFor(double longitude)
{
    const int zone = static_cast<int>(std::lround((longitude - 75.0) / 3.0));
    return 4534 + std::clamp(zone, 0, 20);
}

Crs Crs::gaussKruger3For(double longitude)
{
    return fromDefinition(QStringLiteral("EPSG:%1").arg(gaussKruger3EpsgFor(longitude)));
}

QString Crs::description() const
{
    if (!isValid())
        return QStringLiteral("(none)");
    if (mAuthId.isEmpty())
        return mName;
    return mAuthId + QLatin1Char(' ') + mName;
}

} // namespace wm
