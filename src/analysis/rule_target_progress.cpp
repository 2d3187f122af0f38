#include "analysis/rule_target_progress.h"
#include "core/loaded_project.h"
#include "core/unit_name_matcher.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RuleTargetProgress)
};
} // namespace

namespace wm {

namespace {
RuleSpec spec()
{
    const auto column = [](const QString& key, const QString& en, const QString& zh,
                           const QString& hintEn, const QString& hintZh) {
        ParamSpec p = commonParams::plain(key, ParamType::Field, QJsonValue::Undefined, en, zh,
                                          hintEn, hintZh);
        p.layerKey = QStringLiteral("targets");
        return p;
    };
    ParamSpec works =
        commonParams::features({QStringLiteral("parking"), QStringLiteral("pipe"),
                                QStringLiteral("facility"), QStringLiteral("village")});
    works.required = false;
    works.labelEn = QStringLiteral("Works built");
    works.labelZh = QStringLiteral("已建工程");
    works.hintEn = QStringLiteral("The works measured as the actual; empty: the table's actual "
                                  "column.");
    works.hintZh = QStringLiteral("计为实际完成量的工程图层；留空：用任务表的完成列。");
    std::vector<ParamSpec> parameters{
        {.key = QStringLiteral("targets"),
         .type = ParamType::Layer,
         .required = true,
         .labelEn = QStringLiteral("Target table"),
         .labelZh = QStringLiteral("任务表"),
         .hintEn = QStringLiteral("The task split table: a target per unit."),
         .hintZh = QStringLiteral("任务分解表：每个单元的任务数。"),
         .roles = {QStringLiteral("target")}},
        column(QStringLiteral("unitColumn"), QStringLiteral("Unit column"),
               QStringLiteral("单位列"),
               QStringLiteral("The table's column naming the units; empty: found by its header."),
               QStringLiteral("任务表中单位名称所在列；留空：按表头识别。")),
        column(QStringLiteral("targetColumn"), QStringLiteral("Target column"),
               QStringLiteral("任务列"),
               QStringLiteral("The table's target column; empty: found by its header."),
               QStringLiteral("任务表中任务数所在列；留空：按表头识别。")),
        column(QStringLiteral("actualColumn"), QStringLiteral("Actual column"),
               QStringLiteral("完成列"),
               QStringLiteral("The table's actual column, used without a works layer."),
               QStringLiteral("任务表中完成数所在列，无工程图层时使用。")),
        works,
        commonParams::filter(),
        commonParams::codeField(),
        {.key = QStringLiteral("nameField"),
         .type = ParamType::Field,
         .labelEn = QStringLiteral("Unit name field"),
         .labelZh = QStringLiteral("单元名称字段"),
         .hintEn = QStringLiteral("Places works of units without a polygon (市本级) by name."),
         .hintZh = QStringLiteral("按名称归入无边界面单元（市本级）的工程。"),
         .layerKey = QStringLiteral("layer")}};
    for (ParamSpec& p : commonParams::measure())
        parameters.push_back(std::move(p));
    parameters.push_back({.key = QStringLiteral("minPercent"),
                          .type = ParamType::Number,
                          .unit = QStringLiteral("%"),
                          .defaultValue = 100,
                          .minimum = 0,
                          .labelEn = QStringLiteral("At least"),
                          .labelZh = QStringLiteral("至少"),
                          .hintEn = QStringLiteral("The completion rate a unit needs, in % of its "
                                                   "target."),
                          .hintZh = QStringLiteral("单元须达到的完成率（任务的 %）。")});
    parameters.push_back(commonParams::plain(
        QStringLiteral("topN"), ParamType::Integer, 3, QStringLiteral("Top N"),
        QStringLiteral("前 N 名"), QStringLiteral("Units named at the top of the ranking."),
        QStringLiteral("排名中列出的前几名。")));
    parameters.back().minimum = 0;
    parameters.push_back(commonParams::plain(
        QStringLiteral("bottomN"), ParamType::Integer, 3, QStringLiteral("Bottom N"),
        QStringLiteral("后 N 名"), QStringLiteral("Units named at the bottom of the ranking."),
        QStringLiteral("排名中列出的后几名。")));
    parameters.back().minimum = 0;
    return {.kind = QStringLiteral("target-progress"),
            .titleEn = QStringLiteral("Progress against targets"),
            .titleZh = QStringLiteral("任务完成进度"),
            .descriptionEn = QStringLiteral("Completion against a target table, ranked like a "
                                            "provincial bulletin."),
            .descriptionZh = QStringLiteral("对照任务表的完成率，按省级通报方式排名。"),
            .parameters = std::move(parameters)};
}

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
        const QString nameField = text(c, "nameField", false);
        if (!layerId.isEmpty())
            actual = measured(c, layerId);
        // Units without polygon or code (市本级) are found by the name the features carry.
        if (!layerId.isEmpty() && c.loaded(layerId, id).data->attributes.indexOf(nameField) >= 0) {
            const Layer& layer = *c.layer(layerId, id).data;
            const FeatureFilter f = filter(c, "filter");
            const QString sumField = text(c, "sumField", false);
            const bool length =
                json.value(QStringLiteral("measure")).toString() == QLatin1String("length");
            const int nameCol = layer.attributes.indexOf(nameField);
            const int sumCol = layer.attributes.indexOf(sumField);
            const std::vector<std::uint8_t> pass =
                f.isEmpty() ? std::vector<std::uint8_t>() : f.matchAll(layer);
            for (qsizetype i = 0; nameCol >= 0 && i < layer.featureCount(); ++i) {
                if (!pass.empty() && !pass[std::size_t(i)])
                    continue;
                actualByName[UnitNameMatcher::normalise(layer.attributes.toString(i, nameCol))] +=
                    featureAmount(layer, i, sumCol, length);
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
        const double required = number(c, "minPercent") / 100.0;
        for (UnitVerdict& v : r.verdicts) {
            v.applicable = false;
            v.gap = Tr::tr("no task");
        }
        for (const ProgressRow& row : report->rows) {
            UnitVerdict v;
            v.unit = row.unit;
            v.applicable = !std::isnan(row.rate);
            v.value = row.rate;
            v.required = required;
            v.pass = v.applicable && row.rate + 1e-12 >= required;
            v.gap = !v.applicable ? Tr::tr("no actual")
                    : v.pass      ? QString()
                                  : Tr::tr("%1% of target").arg(qRound(row.rate * 100));
            // A unit the map has no polygon for (市本级) keeps its row in every table.
            if (row.unit < 0)
                r.unplaced.push_back({row.unitCode, row.unitName, v});
            else
                r.verdicts[std::size_t(row.unit)] = v;
        }
        for (const QString& note : report->unmatchedNotes)
            r.notes << note;
        for (const QString& note : table.notes)
            r.notes << note;
        r.ranking = std::make_shared<Ranking>(
            rank(*report, int(number(c, "topN")), int(number(c, "bottomN"))));
        r.progress = std::move(report);
        return r;
    }
};
} // namespace

RuleKind targetProgressRuleKind()
{
    return {spec(), [] { return std::make_unique<TargetProgressRule>(); }};
}

} // namespace wm
