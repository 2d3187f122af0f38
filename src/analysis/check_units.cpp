#include "analysis/check_units.h"

#include "analysis/measures.h"
#include "core/error.h"
#include "core/layer.h"

#include <QCoreApplication>
#include <map>

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

std::vector<double> CheckUnits::aggregate(const Layer& layer, const std::vector<int>& unitOfFeature,
                                          const QString& sumField) const
{
    std::vector<double> out(mUnits.size(), 0.0);
    const int col = sumField.isEmpty() ? -1 : layer.attributes.indexOf(sumField);
    if (!sumField.isEmpty() && col < 0)
        throw Error(layer.sourcePath, Tr::tr("no column \"%1\"").arg(sumField));
    for (std::size_t i = 0; i < unitOfFeature.size(); ++i) {
        const int u = unitOfFeature[i];
        if (u < 0)
            continue;
        if (col < 0) {
            out[std::size_t(u)] += 1;
        } else {
            bool ok = false;
            const double v = layer.attributes.toDouble(qsizetype(i), col, &ok);
            if (ok)
                out[std::size_t(u)] += v;
        }
    }
    return out;
}

std::vector<double> CheckUnits::lengthKm(const Layer& layer, const QString& codeField,
                                         const FeatureFilter& filter) const
{
    if (codeField.isEmpty() && mPolygons)
        return lengthPerUnitKm(*mPolygons, layer, filter);
    const std::vector<int> unit = unitOf(layer, codeField, filter);
    std::vector<double> out(mUnits.size(), 0.0);
    GEOSContextHandle_t ctx = geosContext();
    for (std::size_t i = 0; i < unit.size(); ++i) {
        double metres = 0;
        const GEOSGeometry* g = layer.geometry(qsizetype(i));
        if (unit[i] >= 0 && g && GEOSLength_r(ctx, g, &metres) == 1)
            out[std::size_t(unit[i])] += metres / 1000.0;
    }
    return out;
}

} // namespace wm
