#include "analysis/rule_kinds.h"
#include "core/unit_name_matcher.h"
#include "core/loaded_project.h"

#include <QHash>

namespace wm {

namespace {
/// Progress against a target table: actual (measured from the map, or given in the
/// table) / target ≥ x % per unit, with the bulletin ranking. Units the table names but
/// the map has no polygon for (市本级, 开发区) stay in the progress table and ranking.
class TargetProgressRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const Layer& targets = *c.layer(text(c, "targets"), id).data;
        const TargetTable table =
            TargetTable::fromLayer(targets, text(c, "unitColumn", false),
                                   text(c, "targetColumn", false), text(c, "actualColumn", false));
        std::vector<UnitName> names;
        for (int i = 0; i < c.units.size(); ++i) {
            const Unit& u = c.units.unit(i);
            names.push_back({u.code, u.currentName.isEmpty() ? QStringList{u.name}
                                                             : QStringList{u.name, u.currentName}});
        }
        // Actuals from the map: counted, summed or measured per unit by the layer's code.
        std::vector<double> actual;
        const QString layerId = text(c, "layer", false);
        QHash<QString, double> actualByName;
        if (!layerId.isEmpty()) {
            const Layer& layer = *c.layer(layerId, id).data;
            const FeatureFilter f = filter(c, "filter");
            const QString sumField = text(c, "sumField", false);
            const bool length =
                json.value(QStringLiteral("measure")).toString() == QLatin1String("length");
            actual = measured(c, layer);
            // Units without polygon or code (市本级) are found by the name the features carry.
            const int nameCol = layer.attributes.indexOf(text(c, "nameField", false));
            const int sumCol = layer.attributes.indexOf(sumField);
            const std::vector<std::uint8_t> pass =
                f.isEmpty() ? std::vector<std::uint8_t>() : f.matchAll(layer);
            for (qsizetype i = 0; nameCol >= 0 && i < layer.featureCount(); ++i) {
                if (!pass.empty() && !pass[std::size_t(i)])
                    continue;
                bool ok = true;
                double v = 1.0;
                if (length) {
                    double metres = 0;
                    const GEOSGeometry* g = layer.geometry(i);
                    ok = g && GEOSLength_r(geosContext(), g, &metres) == 1;
                    v = metres / 1000.0;
                } else if (sumCol >= 0) {
                    v = layer.attributes.toDouble(i, sumCol, &ok);
                }
                if (ok)
                    actualByName[UnitNameMatcher::normalise(
                        layer.attributes.toString(i, nameCol))] += v;
            }
        }
        auto report = std::make_shared<ProgressReport>(
            joinTargets(table, UnitNameMatcher(names), names, actual));
        for (ProgressRow& row : report->rows) {
            if (row.unit < 0 && std::isnan(row.actual) && !actualByName.isEmpty()) {
                row.actual = actualByName.value(UnitNameMatcher::normalise(row.unitName), 0.0);
                row.rate = row.target > 0 ? row.actual / row.target : row.rate;
            }
        }
        const double required = number(c, "minPercent", 100) / 100.0;
        for (UnitVerdict& v : r.verdicts) {
            v.applicable = false;
            v.gap = QStringLiteral("no task");
        }
        for (const ProgressRow& row : report->rows) {
            if (row.unit < 0)
                continue;
            UnitVerdict& v = r.verdicts[std::size_t(row.unit)];
            v.applicable = true;
            v.value = row.rate;
            v.required = required;
            v.pass = row.rate + 1e-12 >= required;
            v.gap =
                v.pass ? QString() : QStringLiteral("%1% of target").arg(qRound(row.rate * 100));
        }
        for (const QString& note : report->unmatchedNotes)
            r.notes << note;
        for (const QString& note : table.notes)
            r.notes << note;
        r.ranking = std::make_shared<Ranking>(
            rank(*report, int(number(c, "topN", 3)), int(number(c, "bottomN", 3))));
        r.progress = std::move(report);
        return r;
    }
};
} // namespace

std::unique_ptr<Rule> makeTargetProgressRule()
{
    return std::make_unique<TargetProgressRule>();
}

} // namespace wm
