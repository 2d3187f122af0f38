#include "analysis/live_facility_coverage.h"

#include "analysis/live_service_radius.h"
#include "analysis/live_service_time.h"
#include "core/error.h"
#include "core/loaded_project.h"

#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::LiveFacilityCoverage)
};

const QString ServiceRadius = QStringLiteral("service-radius");
const QString ServiceTime = QStringLiteral("service-time");
} // namespace

namespace wm {

const LoadedLayer& liveLayer(const LoadedProject& project, const QString& id)
{
    const LoadedLayer* l = project.layer(id);
    if (!l || !l->isAvailable())
        throw Error(QString(), Tr::tr("no available layer \"%1\"").arg(id));
    return *l;
}

bool followsLive(const QString& kind)
{
    return kind == ServiceRadius || kind == ServiceTime;
}

std::unique_ptr<LiveFacilityCoverage> makeLiveCoverage(const LoadedProject& project,
                                                       const CheckUnits& units,
                                                       const QJsonObject& rule, qint64 leaveOut,
                                                       LiveNetworkCache* networks)
{
    const QString kind = rule.value(QStringLiteral("kind")).toString();
    if (kind == ServiceRadius)
        return std::make_unique<LiveServiceRadius>(project, units, rule, leaveOut);
    if (kind == ServiceTime)
        return std::make_unique<LiveServiceTime>(project, units, rule, leaveOut, networks);
    throw Error(QString(), Tr::tr("rule \"%1\": a %2 rule is not followed while dragging")
                               .arg(rule.value(QStringLiteral("id")).toString(), kind));
}

} // namespace wm
