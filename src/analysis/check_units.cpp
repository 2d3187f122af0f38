#include "analysis/check_units.h"

#include "analysis/measures.h"
#include "core/error.h"
#include "core/layer.h"

#include <cmath>
#include <QCoreApplication>
#include <map>
#include <stdexcept>
#include <string>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::CheckUnits)
};
} // namespace

namespace wm {

CheckUnits CheckUnits::counties(const UnitSet& boundaries)
{
    CheckUnits c;
    c.mLevel = QStringLiteral("county");
    c.mCodeLength = 6;
    c.mPolygons = boundaries;
    for (int i = 0; i < boundaries.size(); ++i) {
        c.mUnits.push_back(boundaries.unit(i));
        if (!boundaries.unit(i).code.isEmpty())
            c.mByCode.insert(boundaries.unit(i).code, i);
    }
    return c;
}

CheckUnits CheckUnits::townships(const Layer& table, const QString& codeField,
                                 const QString& nameField)
{
    const int codeCol = table.attributes.indexOf(codeField);
    const int nameCol = table.attributes.indexOf(nameField);
    if (codeCol < 0 || nameCol < 0)
        throw Error(
            table.sourcePath,
            Tr::tr("no columns \"%1\" and \"%2\" for township units").arg(codeField, nameField));
    CheckUnits c;
    c.mLevel = QStringLiteral("township");
    c.mCodeLength = 9;
    std::map<QString, QString> townships; // ordered by code, as planners list them
    for (qsizetype r = 0; r < table.attributes.rowCount(); ++r) {
        const QString code = table.attributes.toString(r, codeCol).trimmed().left(9);
        if (code.size() == 9)
            townships.emplace(code, table.attributes.toString(r, nameCol));
    }
    for (const auto& [code, name] : townships) {
        c.mByCode.insert(code, int(c.mUnits.size()));
        c.mUnits.push_back({code, name, QString(), -1});
    }
    return c;
}

std::vector<int> CheckUnits::unitOf(const Layer& layer, const QString& codeField,
                                    const FeatureFilter& filter) const
{
    if (codeField.isEmpty()) {
        if (!mPolygons)
            throw Error(
                layer.sourcePath,
                Tr::tr("%1 units have no polygons: the rule needs a \"codeField\"").arg(mLevel));
        return assignPointsToUnits(*mPolygons, layer, filter);
    }
    const int col = layer.attributes.indexOf(codeField);
    if (col < 0)
        throw Error(layer.sourcePath, Tr::tr("no column \"%1\"").arg(codeField));
    const std::vector<std::uint8_t> pass =
        filter.isEmpty() ? std::vector<std::uint8_t>() : filter.matchAll(layer);
    std::vector<int> out(std::size_t(layer.featureCount()), -1);
    for (qsizetype i = 0; i < layer.featureCount(); ++i) {
        if (!pass.empty() && !pass[std::size_t(i)])
            continue;
        const QString code = layer.attributes.toString(i, col).trimmed();
        if (code.size() >= mCodeLength)
            out[std::size_t(i)] = mByCode.value(code.left(mCodeLength), -1);
    }
    return out;
}

bool CheckUnits::codesReachLevel(const Layer& layer, const QString& codeField) const
{
    const int col = layer.attributes.indexOf(codeField);
    if (col < 0)
        return true; // reported as a missing column by the rule itself
    for (qsizetype i = 0; i < layer.featureCount(); ++i)
        if (layer.attributes.toString(i, col).trimmed().size() >= mCodeLength)
            return true;
    return layer.featureCount() == 0;
}

double featureAmount(const Layer& layer, qsizetype feature, int sumColumn, bool lengthKm)
{
    if (lengthKm) {
        double metres = 0;
        const GEOSGeometry* g = layer.geometry(feature);
        return g && GEOSLength_r(geosContext(), g, &metres) == 1 ? metres / 1000.0 : 0.0;
    }
    if (sumColumn < 0)
        return 1;
    bool ok = false;
    const double v = layer.attributes.toDouble(feature, sumColumn, &ok);
    return ok && std::isfinite(v) ? v : 0.0;
}

std::vector<double> CheckUnits::aggregate(const Layer& layer, const std::vector<int>& unitOfFeature,
                                          int column) const
{
    std::vector<double> out(mUnits.size(), 0.0);
    for (std::size_t i = 0; i < unitOfFeature.size(); ++i) {
        if (const int u = unitOfFeature[i]; u >= 0)
            out[std::size_t(u)] += featureAmount(layer, qsizetype(i), column);
    }
    return out;
}

std::vector<double> CheckUnits::count(const Layer& layer, const QString& codeField,
                                      const FeatureFilter& filter) const
{
    return aggregate(layer, unitOf(layer, codeField, filter), -1);
}

std::vector<double> CheckUnits::sum(const Layer& layer, const QString& sumField,
                                    const QString& codeField, const FeatureFilter& filter) const
{
    const int column = layer.attributes.indexOf(sumField);
    if (column < 0)
        throw Error(
            layer.sourcePath,
            Tr::tr("layer \"%1\" has no field \"%2\" to sum").arg(layer.name, sumField));
    return aggregate(layer, unitOf(layer, codeField, filter), column);
}

RadiusCoverage CheckUnits::withinDistance(const Layer& villages, const QString& codeField,
                                          const FeatureFilter& filter,
                                          const std::vector<double>& distances,
                                          double radiusMetres) const
{
    if (qsizetype(distances.size()) != villages.featureCount())
        throw std::invalid_argument("withinDistance: " + std::to_string(distances.size()) +
                                    " distances for " + std::to_string(villages.featureCount()) +
                                    " villages");
    if (std::isnan(radiusMetres))
        throw std::invalid_argument("withinDistance: the radius is NaN");
    const std::size_t n = mUnits.size();
    RadiusCoverage out;
    out.share.assign(n, 0.0);
    out.total.assign(n, 0);
    out.beyond.assign(n, 0);
    out.unitOfVillage = unitOf(villages, codeField, filter);
    for (std::size_t f = 0; f < out.unitOfVillage.size(); ++f) {
        const int u = out.unitOfVillage[f];
        // "!(d <= r)" so that a village with no facility at all (infinity) or an unknown
        // distance (NaN) is reported beyond, never silently covered.
        const bool far = !(distances[f] <= radiusMetres);
        if (far)
            out.villagesBeyond.push_back(qsizetype(f));
        if (u < 0)
            continue;
        ++out.total[std::size_t(u)];
        out.beyond[std::size_t(u)] += far ? 1 : 0;
    }
    for (std::size_t u = 0; u < n; ++u)
        if (out.total[u] > 0)
            out.share[u] = double(out.total[u] - out.beyond[u]) / double(out.total[u]);
    return out;
}

std::vector<double> CheckUnits::lengthKm(const Layer& layer, const QString& codeField,
                                         const FeatureFilter& filter) const
{
    if (codeField.isEmpty() && mPolygons)
        return lengthPerUnitKm(*mPolygons, layer, filter);
    const std::vector<int> unit = unitOf(layer, codeField, filter);
    std::vector<double> out(mUnits.size(), 0.0);
    for (std::size_t i = 0; i < unit.size(); ++i)
        if (unit[i] >= 0)
            out[std::size_t(unit[i])] += featureAmount(layer, qsizetype(i), -1, true);
    return out;
}

} // namespace wm
