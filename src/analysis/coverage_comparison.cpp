#include "analysis/coverage_comparison.h"

#include "core/layer.h"
#include "core/loaded_project.h"

namespace wm {

namespace {

QString text(const Rule& r, const char* key)
{
    return r.value(QString::fromLatin1(key)).toString();
}

/// Per village feature: 1 where the rule lists it beyond.
std::vector<char> beyond(const RuleResult& r, qsizetype villages)
{
    std::vector<char> out(std::size_t(villages), 0);
    for (const qsizetype f : r.failingFeatures)
        if (f >= 0 && f < villages)
            out[std::size_t(f)] = 1;
    return out;
}

} // namespace

QString CoverageComparison::code(CoverageAgreement a)
{
    switch (a) {
    case CoverageAgreement::WithinBoth:
        return QStringLiteral("within_both");
    case CoverageAgreement::BeyondByRoadOnly:
        return QStringLiteral("beyond_by_road_only");
    case CoverageAgreement::BeyondLineOnly:
        return QStringLiteral("beyond_line_only");
    case CoverageAgreement::BeyondBoth:
        return QStringLiteral("beyond_both");
    }
    return {};
}

std::vector<CoverageComparison> compareRadiusAndTime(const RulesFile& rules,
                                                     const CoverageCheck& check,
                                                     const LoadedProject& project)
{
    std::vector<CoverageComparison> out;
    for (const auto& time : rules.rules) {
        if (time->kind != QLatin1String("service-time"))
            continue;
        const auto radius =
            std::find_if(rules.rules.begin(), rules.rules.end(), [&](const auto& r) {
                return r->kind == QLatin1String("service-radius") &&
                       text(*r, "villages") == text(*time, "villages") &&
                       text(*r, "facilities") == text(*time, "facilities") &&
                       text(*r, "filter").simplified() == text(*time, "filter").simplified();
            });
        if (radius == rules.rules.end())
            continue;
        const int ri = check.indexOfRule((*radius)->id), ti = check.indexOfRule(time->id);
        const LoadedLayer* villages = project.layer(text(*time, "villages"));
        if (ri < 0 || ti < 0 || !villages || !villages->isAvailable() || villages->isRemote())
            continue;
        const qsizetype n = villages->data->featureCount();
        CoverageComparison c;
        c.radiusRule = (*radius)->id;
        c.timeRule = time->id;
        c.villages = villages->entry.id;
        c.facilities = text(*time, "facilities");
        c.network = text(*time, "network");
        c.filter = text(*time, "filter");
        c.radiusKm = (*radius)->value(QStringLiteral("radiusKm")).toDouble();
        c.minutes = time->value(QStringLiteral("minutes")).toDouble();
        const std::vector<char> line = beyond(check.results[std::size_t(ri)], n);
        const std::vector<char> road = beyond(check.results[std::size_t(ti)], n);
        c.perVillage.resize(std::size_t(n));
        for (std::size_t v = 0; v < std::size_t(n); ++v) {
            const auto a = CoverageAgreement((line[v] ? 2 : 0) + (road[v] ? 1 : 0));
            c.perVillage[v] = a;
            ++c.counts[std::size_t(a)];
        }
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace wm
