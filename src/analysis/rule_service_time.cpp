#include "analysis/rule_service_time.h"

#include "analysis/measure_support.h"
#include "analysis/road_network.h"
#include "analysis/rule_parameters.h"
#include "core/error.h"
#include "core/loaded_project.h"
#include "core/resource_paths.h"

#include <QCoreApplication>

#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RuleServiceTime)
};
} // namespace

namespace wm {

namespace {

RuleSpec spec()
{
    ParamSpec mode = commonParams::plain(
        QStringLiteral("mode"), ParamType::Choice, QStringLiteral("drive"),
        QStringLiteral("Travel by"), QStringLiteral("出行方式"),
        QStringLiteral("walk (5 km/h), bike (15 km/h) or drive (speeds by road class)."),
        QStringLiteral(
            "walk 步行（5 公里/时）、bike 骑行（15 公里/时）或 drive 驾车（按道路等级的速度）。"));
    mode.choices = {QStringLiteral("walk"), QStringLiteral("bike"), QStringLiteral("drive")};
    ParamSpec minutes = commonParams::plain(QStringLiteral("minutes"), ParamType::Number, 15,
                                            QStringLiteral("Minutes"), QStringLiteral("分钟"),
                                            QStringLiteral("The travel time along the roads."),
                                            QStringLiteral("沿道路的出行时间。"));
    minutes.unit = QStringLiteral("min");
    minutes.minimum = 0;
    minutes.aboveMinimum = true;
    ParamSpec snap = commonParams::plain(
        QStringLiteral("snapMetres"), ParamType::Length, 1, QStringLiteral("Snap ends within"),
        QStringLiteral("端点捕捉距离"),
        QStringLiteral("Road ends closer than this to another road are joined to it."),
        QStringLiteral("道路端点与其他道路的距离小于此值时连接。"));
    snap.unit = QStringLiteral("m");
    RuleSpec out{
        .kind = QStringLiteral("service-time"),
        .titleEn = QStringLiteral("Within a travel time by road"),
        .titleZh = QStringLiteral("道路出行时间覆盖"),
        .descriptionEn = QStringLiteral(
            "Every village within M minutes of a facility along the road network; lists "
            "the villages beyond with their travel time, and those no road connects."),
        .descriptionZh = QStringLiteral("每个村庄沿道路网在 M 分钟内到达设施；列出超出的村庄及其"
                                        "出行时间，以及没有道路连通的村庄。"),
        .parameters = {{.key = QStringLiteral("network"),
                        .type = ParamType::Layer,
                        .required = true,
                        .labelEn = QStringLiteral("Road network"),
                        .labelZh = QStringLiteral("道路网"),
                        .hintEn = QStringLiteral("A line layer of roads (class, one-way, "
                                                 "bridge fields read when present)."),
                        .hintZh = QStringLiteral("道路线图层（如有等级、单行、桥梁字段则读取）。"),
                        .roles = {QStringLiteral("reference")}},
                       mode,
                       minutes,
                       {.key = QStringLiteral("minShare"),
                        .type = ParamType::Share,
                        .defaultValue = 1,
                        .labelEn = QStringLiteral("Share within"),
                        .labelZh = QStringLiteral("时间内比例"),
                        .hintEn = QStringLiteral("The share of a unit's villages that must be "
                                                 "within the time."),
                        .hintZh = QStringLiteral("单元内须在时间内到达的村庄比例。")},
                       snap}};
    std::vector<ParamSpec> served = commonParams::villagesServedByFacilities();
    out.parameters.insert(out.parameters.begin(), served.begin(), served.end());
    return out;
}

class ServiceTimeRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const QString villagesId = text(c, "villages");
        const Layer& villages = *c.layer(villagesId, id).data;
        const Layer& facilities = *c.layer(text(c, "facilities"), id).data;
        const Layer& roads = *c.layer(text(c, "network"), id).data;
        const double minutes = number(c, "minutes");
        const double minShare = number(c, "minShare");
        RoadNetworkOptions options;
        if (!travelModeFromName(text(c, "mode"), options.mode))
            throw Error(c.rulesFile,
                        Tr::tr("rule \"%1\": \"mode\" must be walk, bike or drive").arg(id));
        options.snapMetres = number(c, "snapMetres");
        options.speeds = RoadSpeeds::load(layerRolesDir() + QStringLiteral("/road_speeds.json"));
        const RoadNetwork net = RoadNetwork::build(roads, options);

        // The facilities join the network; one search from all of them at once.
        const std::vector<RoadNetwork::Attachment> sources =
            facilityAttachments(net, facilities, filter(c, "filter").matchAll(facilities));
        const std::vector<double> nodes = net.nodeMinutes(sources);
        std::vector<double> time(std::size_t(villages.featureCount()),
                                 std::numeric_limits<double>::quiet_NaN());
        for (qsizetype v = 0; v < villages.featureCount(); ++v) {
            double x = 0, y = 0;
            if (detail::positionOf(villages.geometry(v), x, y))
                time[std::size_t(v)] = net.minutesTo(net.attach(x, y), nodes, sources);
        }
        const RadiusCoverage within =
            c.units.withinDistance(villages, text(c, "codeField", false), {}, time, minutes);
        std::vector<int> unreachable(std::size_t(c.units.size()), 0);
        r.featuresLayer = villagesId;
        r.failingFeatures = within.villagesBeyond;
        r.failingValueName = QStringLiteral("minutes");
        for (const qsizetype f : within.villagesBeyond) {
            const int unit = within.unitOfVillage[std::size_t(f)];
            r.failingFeatureUnits.push_back(unit);
            r.failingValues.push_back(time[std::size_t(f)]);
            if (unit >= 0 && std::isinf(time[std::size_t(f)]))
                ++unreachable[std::size_t(unit)];
        }
        for (UnitVerdict& v : r.verdicts) {
            const std::size_t u = std::size_t(v.unit);
            serviceTimeVerdict(v, within.total[u], within.beyond[u], unreachable[u], minutes,
                               minShare);
        }
        const RoadNetworkReport& report = net.report();
        r.notes << Tr::tr("road network: %1 nodes, %2 edges, %3 connected parts; %4 road ends "
                          "snapped, %5 crossings of different levels not joined")
                       .arg(report.nodes)
                       .arg(report.edges)
                       .arg(report.components.size())
                       .arg(report.snapped)
                       .arg(report.crossingsKept);
        if (sources.empty())
            r.notes << Tr::tr("no facility lies within 5 km of an open road");
        return r;
    }
};

} // namespace

ServiceTimeParameters ServiceTimeParameters::read(const QJsonObject& rule)
{
    const RuleParameters r(QStringLiteral("service-time"), rule);
    ServiceTimeParameters p;
    p.villages = r.text("villages");
    p.codeField = r.text("codeField");
    p.facilities = r.text("facilities");
    p.network = r.text("network");
    p.filter = r.filter("filter");
    p.minutes = r.number("minutes");
    p.minShare = r.number("minShare");
    if (!travelModeFromName(r.text("mode"), p.options.mode))
        throw Error(QString(),
                    Tr::tr("rule \"%1\": \"mode\" must be walk, bike or drive").arg(r.id()));
    p.options.snapMetres = r.number("snapMetres");
    p.options.speeds = RoadSpeeds::load(layerRolesDir() + QStringLiteral("/road_speeds.json"));
    return p;
}

std::vector<RoadNetwork::Attachment> facilityAttachments(const RoadNetwork& net,
                                                         const Layer& facilities,
                                                         const std::vector<std::uint8_t>& use)
{
    std::vector<RoadNetwork::Attachment> out;
    for (qsizetype f = 0; f < facilities.featureCount(); ++f) {
        double x = 0, y = 0;
        if (use[std::size_t(f)] && detail::positionOf(facilities.geometry(f), x, y))
            if (const RoadNetwork::Attachment a = net.attach(x, y); a.edge >= 0)
                out.push_back(a);
    }
    return out;
}

RuleKind serviceTimeRuleKind()
{
    return {spec(), [] { return std::make_unique<ServiceTimeRule>(); }};
}

void serviceTimeVerdict(UnitVerdict& v, int villages, int beyond, int unreachable, double minutes,
                        double minShare)
{
    v.applicable = villages > 0;
    v.value = villages > 0 ? double(villages - beyond) / villages
                           : std::numeric_limits<double>::quiet_NaN();
    v.required = minShare;
    v.pass = !v.applicable || v.value + 1e-12 >= minShare;
    v.gap = v.pass ? QString()
                   : Tr::tr("%1 villages beyond %2 min").arg(beyond).arg(formatAmount(minutes));
    if (!v.pass && unreachable > 0)
        v.gap += Tr::tr(" (%1 unreachable by road)").arg(unreachable);
}

} // namespace wm
