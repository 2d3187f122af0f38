#include "analysis/scenario.h"

#include "core/error.h"
#include "core/feature_edit_buffer.h"

#include <QCoreApplication>
#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::Scenario)
};
} // namespace

namespace wm::scenario {

int columnIn(const LoadedLayer& layer)
{
    if (!layer.data)
        return -1;
    const QString column = layer.columnOf(QStringLiteral("scenario"));
    return column.isEmpty() ? -1 : layer.data->attributes.indexOf(column);
}

QString of(const LoadedLayer& layer, int column, qsizetype row)
{
    if (column < 0 || layer.data->attributes.isNull(row, column))
        return {};
    return layer.data->attributes.toString(row, column).trimmed();
}

QStringList names(const LoadedProject& project)
{
    QStringList found;
    for (const LoadedLayer& l : project.layers) {
        const int col = columnIn(l);
        if (col < 0)
            continue;
        for (qsizetype r = 0; r < l.data->featureCount(); ++r)
            if (const QString s = of(l, col, r);
                !s.isEmpty() && !found.contains(s, Qt::CaseInsensitive))
                found << s;
    }
    found.sort(Qt::CaseInsensitive);
    return found;
}

std::vector<char> selection(const LoadedLayer& layer, View view, const QString& name)
{
    const qsizetype n = layer.data ? layer.data->featureCount() : 0;
    const int col = columnIn(layer);
    std::vector<char> keep(std::size_t(n), 1);
    if (col < 0)
        return keep;
    const QString wanted = name.trimmed();
    for (qsizetype r = 0; r < n; ++r) {
        const QString s = of(layer, col, r);
        const bool existing = s.isEmpty();
        const bool ofScenario =
            !existing && !wanted.isEmpty() && s.compare(wanted, Qt::CaseInsensitive) == 0;
        switch (view) {
        case View::Current:
            keep[std::size_t(r)] = existing;
            break;
        case View::Proposed:
            keep[std::size_t(r)] = ofScenario;
            break;
        case View::Both:
            keep[std::size_t(r)] = existing || ofScenario;
            break;
        }
    }
    return keep;
}

std::shared_ptr<Layer> subset(const Layer& layer, const std::vector<char>& keep)
{
    std::shared_ptr<Layer> out = layer.emptyCopy();
    for (qsizetype i = 0; i < layer.featureCount(); ++i) {
        if (!keep[std::size_t(i)])
            continue;
        const qsizetype row = out->attributes.appendRow();
        for (int c = 0; c < layer.attributes.fieldCount(); ++c)
            setTableValue(out->attributes, row, c, layer.attributes.value(i, c));
        out->addFeature(layer.fid(i), cloneGeometry(layer.geometry(i)));
    }
    out->buildIndex();
    return out;
}

LoadedProject projectFor(const LoadedProject& project, View view, const QString& name)
{
    LoadedProject out = project;
    for (LoadedLayer& l : out.layers) {
        if (columnIn(l) < 0)
            continue;
        const std::vector<char> keep = selection(l, view, name);
        if (std::find(keep.begin(), keep.end(), 0) == keep.end())
            continue; // nothing to leave out: share the layer
        l.data = subset(*l.data, keep);
    }
    return out;
}

bool Comparison::Row::changed() const
{
    const auto same = [](double a, double b) {
        return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < 1e-9;
    };
    return !same(before.value, after.value) || before.pass != after.pass ||
           before.applicable != after.applicable;
}

int Comparison::unitsNowPassing() const
{
    int n = 0;
    for (const Row& r : rows)
        n += r.after.applicable && r.after.pass && !(r.before.applicable && r.before.pass);
    return n;
}

int Comparison::unitsNoLongerPassing() const
{
    int n = 0;
    for (const Row& r : rows)
        n += r.before.applicable && r.before.pass && !(r.after.applicable && r.after.pass);
    return n;
}

Comparison compare(const LoadedProject& project, const RulesFile& rules, const QString& level,
                   const QString& name, const CoverageCheck::Progress& progress)
{
    const QString wanted = name.trimmed();
    if (!names(project).contains(wanted, Qt::CaseInsensitive))
        throw Error(project.project.filePath,
                    Tr::tr("no feature of any layer belongs to scenario \"%1\" (the "
                           "project has: %2)")
                        .arg(wanted, names(project).join(QStringLiteral(", "))));
    Comparison c;
    c.scenario = wanted;
    // One progress over both runs: the first half is "before".
    const auto half = [&](int offset) -> CoverageCheck::Progress {
        if (!progress)
            return {};
        return [&progress, offset](int done, int total) {
            return progress(offset * total + done, 2 * total);
        };
    };
    c.before =
        CoverageCheck::run(projectFor(project, View::Current, wanted), rules, level, half(0));
    c.after = CoverageCheck::run(projectFor(project, View::Both, wanted), rules, level, half(1));
    for (std::size_t r = 0; r < c.before.results.size(); ++r) {
        const RuleResult& b = c.before.results[r];
        const RuleResult& a = c.after.results[r];
        for (std::size_t u = 0; u < b.verdicts.size() && u < a.verdicts.size(); ++u)
            c.rows.push_back({int(r), int(u), b.verdicts[u], a.verdicts[u]});
    }
    return c;
}

} // namespace wm::scenario
