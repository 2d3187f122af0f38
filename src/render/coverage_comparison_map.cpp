#include "render/coverage_comparison_map.h"

#include "analysis/feature_filter.h"
#include "analysis/scenario.h"
#include "core/feature_edit_buffer.h"
#include "core/layer.h"
#include "core/loaded_project.h"
#include "render/page_content.h"

namespace wm {

namespace {

Symbol villageSymbol(const QColor& fill, double size)
{
    Symbol s;
    s.fill = fill;
    s.stroke = fill.darker(140);
    s.strokeWidth = 0.5;
    s.size = size;
    return s;
}

/// The villages with one field, "agreement", the comparison's code for each.
std::shared_ptr<Layer> agreementLayer(const Layer& villages, const CoverageComparison& c)
{
    std::shared_ptr<Layer> out = villages.emptyCopy();
    out->attributes.setFields({{QStringLiteral("agreement"), FieldType::String, {}}});
    // Drawn in this order, so the villages that matter most are on top.
    for (const CoverageAgreement a :
         {CoverageAgreement::WithinBoth, CoverageAgreement::BeyondBoth,
          CoverageAgreement::BeyondLineOnly, CoverageAgreement::BeyondByRoadOnly})
        for (qsizetype v = 0; v < villages.featureCount(); ++v) {
            // The check's villages are these (a scenario changes works layers only).
            if (std::size_t(v) >= c.perVillage.size() || c.perVillage[std::size_t(v)] != a)
                continue;
            out->attributes.setString(out->attributes.appendRow(), 0, CoverageComparison::code(a));
            out->addFeature(villages.fid(v), cloneGeometry(villages.geometry(v)));
        }
    out->buildIndex();
    return out;
}

/// The facilities both rules take.
std::shared_ptr<Layer> takenFacilities(const Layer& facilities, const QString& filter)
{
    const std::vector<std::uint8_t> take = FeatureFilter::parse(filter).matchAll(facilities);
    return scenario::subset(facilities, std::vector<char>(take.begin(), take.end()));
}

QString amount(double v)
{
    return QString::number(v, 'g', 6);
}

} // namespace

QString comparisonMapName(const CoverageComparison& comparison)
{
    return comparison.timeRule + QStringLiteral("_vs_") + comparison.radiusRule +
           QStringLiteral(".png");
}

PageContent comparisonPageContent(const LoadedProject& project, const QVector<Style>& styles,
                                  const PageTemplate& page, const CoverageComparison& c,
                                  const QString& subtitle, const ScenarioView& view)
{
    LoadedProject map = project;
    QVector<Style> mapStyles = styles;
    const LoadedLayer* villages = project.layer(c.villages);
    const LoadedLayer* facilities = project.layer(c.facilities);
    // The boundaries, the road network and the other reference layers shown (a river the
    // roads cross on bridges explains much of the difference); the works layers go.
    for (LoadedLayer& l : map.layers)
        l.entry.visible = l.entry.role == QLatin1String("boundary") || l.entry.id == c.network ||
                          (l.entry.role == QLatin1String("reference") && l.entry.visible);

    if (villages && villages->isAvailable()) {
        LoadedLayer agreement = *villages;
        agreement.entry.id = c.villages + QStringLiteral("_vs_road");
        agreement.entry.role = QStringLiteral("reference");
        agreement.entry.title = QStringLiteral("村庄 Villages");
        agreement.entry.visible = true;
        agreement.mapping = {};
        agreement.data = agreementLayer(*villages->data, c);
        Style style;
        style.type = StyleType::Categorized;
        style.field = QStringLiteral("agreement");
        style.symbol = villageSymbol(QColor(200, 200, 200), 4);
        const QString km = amount(c.radiusKm), min = amount(c.minutes);
        auto add = [&](CoverageAgreement a, const QColor& colour, double size,
                       const QString& label) {
            style.categories.push_back(
                {CoverageComparison::code(a),
                 label + QStringLiteral(" (%1)").arg(c.counts[std::size_t(a)]),
                 villageSymbol(colour, size)});
        };
        // Short labels: the legend column is narrow, and the counts must show.
        add(CoverageAgreement::WithinBoth, QColor(150, 190, 150), 3.5,
            QStringLiteral("两者均覆盖 both"));
        add(CoverageAgreement::BeyondByRoadOnly, QColor(215, 40, 40), 6.5,
            QStringLiteral("直线内、道路超时 ≤%1 km, >%2 min").arg(km, min));
        add(CoverageAgreement::BeyondLineOnly, QColor(40, 110, 210), 6.5,
            QStringLiteral("直线外、道路可达 >%1 km, ≤%2 min").arg(km, min));
        add(CoverageAgreement::BeyondBoth, QColor(90, 90, 90), 5,
            QStringLiteral("两者均未覆盖 neither"));
        map.layers << agreement;
        mapStyles << style;
    }
    if (facilities && facilities->isAvailable()) {
        LoadedLayer taken = *facilities;
        taken.entry.id = c.facilities + QStringLiteral("_compared");
        taken.entry.visible = true;
        taken.data = takenFacilities(*facilities->data, c.filter);
        Style style;
        style.symbol.shape = MarkerShape::Star;
        style.symbol.fill = QColor(255, 200, 0);
        style.symbol.stroke = QColor(60, 40, 0);
        style.symbol.size = 10;
        taken.entry.title = facilities->entry.displayName();
        map.layers << taken;
        mapStyles << style;
    }
    const QString title = QStringLiteral("直线与道路覆盖对比 Straight line vs road: %1 km / %2 min")
                              .arg(amount(c.radiusKm), amount(c.minutes));
    // Which facilities: in the subtitle, where a filter fits (the legend column is narrow).
    const QString sub = c.filter.isEmpty() ? subtitle : subtitle + QStringLiteral(" · ") + c.filter;
    return projectPageContent(map, mapStyles, page, title, sub, project.extent, view);
}

} // namespace wm
