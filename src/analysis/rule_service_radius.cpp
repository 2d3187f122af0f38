#include "analysis/rule_service_radius.h"

#include "analysis/measures.h"
#include "analysis/near_data.h"
#include "analysis/rule_parameters.h"
#include "core/error.h"
#include "core/loaded_project.h"
#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RuleServiceRadius)
};
} // namespace

namespace wm {

namespace {
RuleSpec spec()
{
    RuleSpec out{
        .kind = QStringLiteral("service-radius"),
        .titleEn = QStringLiteral("Within a service radius"),
        .titleZh = QStringLiteral("服务半径覆盖"),
        .descriptionEn = QStringLiteral("Every village within a distance of a facility; lists the "
                                        "villages beyond it and the uncovered area."),
        .descriptionZh = QStringLiteral("每个村庄都在设施的服务半径内；列出半径外的村庄和未覆盖"
                                        "面积。"),
        .parameters = {{.key = QStringLiteral("radiusKm"),
                        .type = ParamType::Length,
                        .unit = QStringLiteral("km"),
                        .defaultValue = 3,
                        .minimum = 0,
                        .aboveMinimum = true,
                        .labelEn = QStringLiteral("Radius"),
                        .labelZh = QStringLiteral("半径"),
                        .hintEn = QStringLiteral("The straight-line service distance."),
                        .hintZh = QStringLiteral("直线服务距离。")},
                       {.key = QStringLiteral("minShare"),
                        .type = ParamType::Share,
                        .defaultValue = 1,
                        .labelEn = QStringLiteral("Share within"),
                        .labelZh = QStringLiteral("半径内比例"),
                        .hintEn = QStringLiteral("The share of a unit's villages that must be "
                                                 "within the radius."),
                        .hintZh = QStringLiteral("单元内须在半径内的村庄比例。")}}};
    std::vector<ParamSpec> served = commonParams::villagesServedByFacilities();
    out.parameters.insert(out.parameters.begin(), served.begin(), served.end());
    return out;
}

/// Every village within d km of a facility of a kind ("sludge plants collect within
/// 10 km"); per unit the villages beyond, optionally a share that must be within.
class ServiceRadiusRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const QString villagesId = text(c, "villages");
        const QString facilitiesId = text(c, "facilities");
        const QString codeField = text(c, "codeField", false);
        const Layer& facilities = *c.layer(facilitiesId, id).data;
        const double radiusKm = number(c, "radiusKm");
        const double minShare = number(c, "minShare");
        const FeatureFilter facilityFilter = filter(c, "filter");
        if (c.units.polygons())
            r.uncovered = std::make_shared<UncoveredArea>(
                uncoveredArea(*c.units.polygons(), facilities, radiusKm * 1000.0, facilityFilter));
        // A million villages in a database: counted there, only those beyond are read.
        std::optional<NearRadiusCoverage> near;
        if (const LoadedLayer& v = c.loaded(villagesId, id); v.isRemote() && c.nearData)
            near = c.nearData->withinRadius(c.units, v, codeField, c.loaded(facilitiesId, id),
                                            facilityFilter, radiusKm * 1000.0);
        RadiusCoverage within;
        if (near) {
            within = std::move(near->coverage);
            r.failingData = near->beyondFeatures;
        } else {
            const Layer& villages = *c.layer(villagesId, id).data;
            within = c.units.withinDistance(villages, codeField, {},
                                            nearestDistances(villages, facilities, facilityFilter),
                                            radiusKm * 1000.0);
        }
        r.featuresLayer = villagesId;
        r.failingFeatures = within.villagesBeyond;
        for (const qsizetype f : within.villagesBeyond)
            r.failingFeatureUnits.push_back(within.unitOfVillage[std::size_t(f)]);
        for (UnitVerdict& v : r.verdicts) {
            const std::size_t u = std::size_t(v.unit);
            serviceRadiusVerdict(v, within.total[u], within.beyond[u], radiusKm, minShare,
                                 r.uncovered ? r.uncovered->km2[u]
                                             : std::numeric_limits<double>::quiet_NaN());
        }
        return r;
    }
};
} // namespace

RuleKind serviceRadiusRuleKind()
{
    return {spec(), [] { return std::make_unique<ServiceRadiusRule>(); }};
}

ServiceRadiusParameters ServiceRadiusParameters::read(const QJsonObject& rule)
{
    const RuleParameters r(QStringLiteral("service-radius"), rule);
    ServiceRadiusParameters p;
    p.villages = r.text("villages");
    p.codeField = r.text("codeField");
    p.facilities = r.text("facilities");
    p.filter = r.filter("filter");
    p.radiusKm = r.number("radiusKm");
    p.minShare = r.number("minShare");
    return p;
}

void serviceRadiusVerdict(UnitVerdict& v, int villages, int beyond, double radiusKm,
                          double minShare, double uncoveredKm2)
{
    v.applicable = villages > 0;
    v.value = villages > 0 ? double(villages - beyond) / villages
                           : std::numeric_limits<double>::quiet_NaN();
    v.required = minShare;
    v.pass = !v.applicable || v.value + 1e-12 >= minShare;
    v.gap = v.pass ? QString()
                   : Tr::tr("%1 villages beyond %2 km").arg(beyond).arg(formatAmount(radiusKm));
    if (!v.pass && uncoveredKm2 > 0)
        v.gap += Tr::tr(" (%1 km² uncovered)").arg(formatAmount(uncoveredKm2));
}

} // namespace wm
