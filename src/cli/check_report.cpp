#include "cli/check_report.h"
#include "core/output_set.h"

#include "analysis/coverage_layer.h"
#include "analysis/rule_registry.h"
#include "core/error.h"
#include "core/ui_language.h"
#include "io/project_loader.h"
#include "io/table_writer.h"
#include "io/vector_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace wm {

namespace {
/// Columns `text` takes in a terminal: CJK ideographs, kana, hangul and full-width forms
/// take two, so Chinese unit names line up with the codes beside them.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue; // the pair was counted at its high half (CJK extensions: wide)
        const bool wide = c.isHighSurrogate() || (u >= 0x1100 && u <= 0x115F) ||
                          (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
                          (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
                          (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString& text, int columns)
{
    return text + QString(std::max(0, columns - displayWidth(text)), QLatin1Char(' '));
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::CheckReport)
};

/// A rule kind as the reader's language names it ("service-radius" → 服务半径覆盖).
QString kindTitle(const QString& kind)
{
    const RuleSpec* spec = RuleRegistry::instance().spec(kind);
    return spec && chineseUi() ? spec->title(true) : kind;
}

QString number(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', 10);
}

/// Shares and rates read as percentages, counts and ratios as numbers.
QString valueText(const RuleResult& r, const UnitVerdict& v)
{
    if (std::isnan(v.value))
        return QString();
    return isShareRule(r) ? QStringLiteral("%1%").arg(v.value * 100, 0, 'f', 0)
                          : formatAmount(v.value, 2);
}

} // namespace

QStringList writeCheckOutputs(const CoverageCheck& check, const LoadedProject& project,
                              const QString& dir, const OutputGuard& guard, QStringList* notes)
{
    // Every file this writes is checked before the first is written.
    guard.check(QDir(dir).filePath(QStringLiteral("results.csv")));
    guard.check(QDir(dir).filePath(QStringLiteral("coverage.gpkg")));
    for (const RuleResult& r : check.results)
        if (r.ranking)
            guard.check(QDir(dir).filePath(QStringLiteral("progress_%1.csv").arg(r.id)));
    // Written aside and swapped in together: a run stopped midway leaves the previous
    // run's files or this one's, never results.csv of one beside coverage.gpkg of the other.
    OutputSet set(dir);
    if (notes)
        *notes << set.notes();
    QVector<QStringList> rows;
    for (const RuleResult& r : check.results)
        for (const ResultRow& row : r.rows(check.units)) {
            const UnitVerdict& v = row.verdict;
            rows << QStringList{r.id,           r.title,         row.code,
                                row.name,       number(v.value), number(v.required),
                                verdictText(v), v.gap,           r.source};
        }
    writeCsv(set.stagingPath(QStringLiteral("results.csv")),
             {QStringLiteral("rule"), QStringLiteral("title"), QStringLiteral("unit_code"),
              QStringLiteral("unit_name"), QStringLiteral("value"), QStringLiteral("required"),
              QStringLiteral("verdict"), QStringLiteral("gap"), QStringLiteral("source")},
             rows);

    for (const RuleResult& r : check.results) {
        if (!r.ranking)
            continue;
        QVector<QStringList> ranked;
        for (const RankEntry& e : r.ranking->ordered)
            ranked << QStringList{
                QString::number(e.rank) + (e.tied ? QStringLiteral("=") : QString()),
                e.row.unitCode,
                e.row.unitName,
                number(e.row.target),
                number(e.row.actual),
                std::isnan(e.row.rate) ? QString() : QString::number(e.row.rate * 100, 'f', 1),
                e.row.rate >= 1 ? QStringLiteral("completed") : QString(),
                e.row.hasPolygon ? QString() : QStringLiteral("no polygon")};
        for (const ProgressRow& row : r.progress->noTask)
            ranked << QStringList{QString(),
                                  row.unitCode,
                                  row.unitName,
                                  QString(),
                                  number(row.actual),
                                  QString(),
                                  QStringLiteral("no task"),
                                  QString()};
        for (int i = 0; i < int(r.progress->unmatched.size()); ++i)
            ranked << QStringList{QString(),
                                  QString(),
                                  r.progress->unmatched[std::size_t(i)].unitText,
                                  number(r.progress->unmatched[std::size_t(i)].target),
                                  QString(),
                                  QString(),
                                  QStringLiteral("unmatched"),
                                  r.progress->unmatchedNotes.value(i)};
        writeCsv(set.stagingPath(QStringLiteral("progress_%1.csv").arg(r.id)),
                 {QStringLiteral("rank"), QStringLiteral("unit_code"), QStringLiteral("unit_name"),
                  QStringLiteral("target"), QStringLiteral("actual"),
                  QStringLiteral("rate_percent"), QStringLiteral("status"), QStringLiteral("note")},
                 ranked);
    }

    // The units with every rule's value, verdict and gap, and the failing features per rule.
    std::vector<OutputLayer> layers;
    const Layer units = coverageUnitsLayer(check, project.crs);
    layers.push_back(outputLayerOf(units, QStringLiteral("units")));
    for (const RuleResult& r : check.results) {
        const LoadedLayer* source =
            r.featuresLayer.isEmpty() ? nullptr : project.layer(r.featuresLayer);
        if (!source || !source->data || r.failingFeatures.empty())
            continue;
        // A table left in its database: only its failing features were read.
        const Layer& data = r.failingData ? *r.failingData : *source->data;
        OutputLayer failing{
            QStringLiteral("failing_%1").arg(r.id), {QStringLiteral("fid")}, {}, {}};
        for (const FieldDef& f : data.attributes.fields())
            failing.columns << f.name;
        // The rule's figure per feature (minutes by road), empty where none was reached.
        const bool withValue = !r.failingValueName.isEmpty() &&
                               r.failingValues.size() == r.failingFeatures.size() &&
                               !failing.columns.contains(r.failingValueName);
        if (withValue)
            failing.columns << r.failingValueName;
        for (std::size_t k = 0; k < r.failingFeatures.size(); ++k) {
            const qsizetype i = r.failingFeatures[k];
            QVector<QVariant> row{QVariant(qint64(data.fid(i)))};
            for (int c = 0; c < data.attributes.fieldCount(); ++c)
                row << data.attributes.value(i, c);
            if (withValue)
                row << (std::isfinite(r.failingValues[k])
                            ? QVariant(std::round(r.failingValues[k] * 100) / 100)
                            : QVariant());
            failing.rows << row;
            failing.geometries.push_back(data.geometry(i));
        }
        layers.push_back(std::move(failing));
    }
    for (const RuleResult& r : check.results) {
        if (!r.uncovered)
            continue;
        OutputLayer uncovered{
            QStringLiteral("uncovered_%1").arg(r.id),
            {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("uncovered_km2")},
            {},
            {}};
        for (int i = 0; i < check.units.size(); ++i) {
            const GEOSGeometry* g = r.uncovered->geometries[std::size_t(i)].get();
            if (!g || r.uncovered->km2[std::size_t(i)] <= 0)
                continue;
            const Unit& u = check.units.unit(i);
            uncovered.rows << QVector<QVariant>{u.code, u.displayName(),
                                                r.uncovered->km2[std::size_t(i)]};
            uncovered.geometries.push_back(g);
        }
        layers.push_back(std::move(uncovered));
    }
    writeGeoPackage(set.stagingPath(QStringLiteral("coverage.gpkg")), project.crs, layers);
    return set.commit();
}

void printCheck(const CoverageCheck& check, QTextStream& out)
{
    for (const RuleResult& r : check.results) {
        out << "\n" << r.id << "  " << r.title << "  [" << kindTitle(r.kind) << "]";
        if (!r.source.isEmpty())
            out << "  (" << r.source << ")";
        out << "\n";
        for (const ResultRow& row : r.rows(check.units)) {
            const UnitVerdict& v = row.verdict;
            out << "  " << row.code.leftJustified(10) << padded(row.name, 12) << "  "
                << padded(verdictTitle(v), 5) << "  " << (v.gap.isEmpty() ? valueText(r, v) : v.gap)
                << "\n";
        }
        if (r.ranking) {
            out << "  " << Tr::tr("ranking by completion rate:");
            for (const RankEntry& e : r.ranking->ordered) {
                if (e.rank == 0) // a task but nothing measured for it (no polygon)
                    out << "  " << Tr::tr("%1 (no actual)").arg(e.row.unitName);
                else
                    out << "  " << e.rank << (e.tied ? "=" : "") << "." << e.row.unitName << " "
                        << QString::number(e.row.rate * 100, 'f', 0) << "%";
            }
            out << "\n";
        }
        for (const QString& note : r.notes)
            out << "  " << Tr::tr("note: %1").arg(note) << "\n";
    }
    out << "\n"
        << Tr::tr("%1 of %2 rules fail in at least one unit.")
               .arg(check.failingRules())
               .arg(check.results.size())
        << "\n";
}

namespace {
QString stateText(const RuleResult& r, const UnitVerdict& v)
{
    const QString value = v.gap.isEmpty() ? valueText(r, v) : v.gap;
    return QStringLiteral("%1 %2").arg(verdictTitle(v), value).trimmed();
}
} // namespace

void printComparison(const scenario::Comparison& c, QTextStream& out)
{
    out << Tr::tr("scenario \"%1\" against the current state (units it changes):").arg(c.scenario)
        << "\n";
    int changed = 0;
    for (std::size_t r = 0; r < c.before.results.size(); ++r) {
        const RuleResult& before = c.before.results[r];
        const RuleResult& after = c.after.results[r];
        bool header = false;
        for (const scenario::Comparison::Row& row : c.rows) {
            if (row.rule != int(r) || !row.changed())
                continue;
            if (!header) {
                out << "\n" << before.id << "  " << before.title << "\n";
                header = true;
            }
            ++changed;
            const Unit& u = c.before.units.unit(row.unit);
            out << "  " << u.code.leftJustified(10) << padded(u.displayName(), 12) << "  "
                << stateText(before, row.before) << "  ->  " << stateText(after, row.after) << "\n";
        }
    }
    if (changed == 0)
        out << "\n  " << Tr::tr("no unit's figures change.") << "\n";
    out << "\n"
        << Tr::tr("%1 unit verdict(s) turn to pass, %2 to fail; %3 -> %4 rules failing somewhere.")
               .arg(c.unitsNowPassing())
               .arg(c.unitsNoLongerPassing())
               .arg(c.before.failingRules())
               .arg(c.after.failingRules())
        << "\n";
}

QString writeComparisonCsv(const scenario::Comparison& c, const QString& dir,
                           const OutputGuard& guard)
{
    QString safe = c.scenario;
    safe.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>| ]+")), QStringLiteral("_"));
    const QString path = QDir(dir).filePath(QStringLiteral("compare_%1.csv").arg(safe));
    guard.check(path);
    QDir().mkpath(dir);
    const QStringList header{QStringLiteral("rule"),           QStringLiteral("title"),
                             QStringLiteral("unit_code"),      QStringLiteral("unit_name"),
                             QStringLiteral("before_value"),   QStringLiteral("after_value"),
                             QStringLiteral("before_verdict"), QStringLiteral("after_verdict"),
                             QStringLiteral("before_gap"),     QStringLiteral("after_gap"),
                             QStringLiteral("changed")};
    QVector<QStringList> rows;
    for (const scenario::Comparison::Row& row : c.rows) {
        const RuleResult& r = c.before.results[std::size_t(row.rule)];
        const Unit& u = c.before.units.unit(row.unit);
        rows << QStringList{r.id,
                            r.title,
                            u.code,
                            u.displayName(),
                            number(row.before.value),
                            number(row.after.value),
                            verdictText(row.before),
                            verdictText(row.after),
                            row.before.gap,
                            row.after.gap,
                            row.changed() ? QStringLiteral("yes") : QStringLiteral("no")};
    }
    writeCsv(path, header, rows);
    return path;
}

} // namespace wm
