#include "analysis/coverage_layer.h"

#include <QCoreApplication>

#include "core/crs.h"

#include <cmath>

namespace wm {

QString valueColumn(const QString& ruleId)
{
    return ruleId + QStringLiteral("_value");
}

QString verdictColumn(const QString& ruleId)
{
    return ruleId + QStringLiteral("_verdict");
}

QString gapColumn(const QString& ruleId)
{
    return ruleId + QStringLiteral("_gap");
}

QString verdictText(const UnitVerdict& v)
{
    return !v.applicable ? QStringLiteral("n/a")
           : v.pass      ? QStringLiteral("pass")
                         : QStringLiteral("FAIL");
}

QString verdictTitle(const QString& code)
{
    static const char* const titles[] = {QT_TRANSLATE_NOOP("wm::Verdict", "pass"),
                                         QT_TRANSLATE_NOOP("wm::Verdict", "FAIL"),
                                         QT_TRANSLATE_NOOP("wm::Verdict", "n/a")};
    for (const char* t : titles)
        if (code == QLatin1String(t))
            return QCoreApplication::translate("wm::Verdict", t);
    return code;
}

QString verdictTitle(const UnitVerdict& v)
{
    return verdictTitle(verdictText(v));
}

bool isShareRule(const RuleResult& r)
{
    return r.kind == QLatin1String("share-of-units") || r.kind == QLatin1String("service-radius") ||
           r.kind == QLatin1String("target-progress");
}

Layer coverageUnitsLayer(const CoverageCheck& check, const Crs& crs)
{
    Layer layer;
    layer.name = QStringLiteral("coverage_%1").arg(check.level);
    layer.kind = GeometryKind::Polygon;
    layer.crs = crs;
    QVector<FieldDef> fields{{QStringLiteral("code"), FieldType::String, QString()},
                             {QStringLiteral("name"), FieldType::String, QString()}};
    for (const RuleResult& r : check.results)
        fields << FieldDef{valueColumn(r.id), FieldType::Real, QString()}
               << FieldDef{verdictColumn(r.id), FieldType::String, QString()}
               << FieldDef{gapColumn(r.id), FieldType::String, QString()};
    layer.attributes.setFields(fields);
    layer.attributes.reserve(check.units.size());
    layer.reserve(check.units.size());
    GEOSContextHandle_t ctx = geosContext();
    const UnitSet* polygons = check.units.polygons();
    for (int i = 0; i < check.units.size(); ++i) {
        const Unit& u = check.units.unit(i);
        const qsizetype row = layer.attributes.appendRow();
        layer.attributes.setString(row, 0, u.code);
        layer.attributes.setString(row, 1, u.displayName());
        int col = 2;
        for (const RuleResult& r : check.results) {
            const UnitVerdict& v = r.verdicts[std::size_t(i)];
            // A unit the rule does not concern has no value on the map (it is drawn in
            // the neutral colour, not as the worst class).
            if (v.applicable && !std::isnan(v.value))
                layer.attributes.setReal(row, col, v.value);
            layer.attributes.setString(row, col + 1, verdictText(v));
            if (!v.gap.isEmpty())
                layer.attributes.setString(row, col + 2, v.gap);
            col += 3;
        }
        const GEOSGeometry* g = polygons ? polygons->geometry(i) : nullptr;
        layer.addFeature(i + 1, GeomPtr(g ? GEOSGeom_clone_r(ctx, g) : nullptr));
    }
    layer.buildIndex();
    return layer;
}

} // namespace wm
