#include "analysis/suggest_sites.h"

#include "core/resource_paths.h"

#include "analysis/exact_covering.h"
#include "analysis/road_network.h"

#include "analysis/check_units.h"
#include "analysis/feature_filter.h"
#include "analysis/measure_support.h"
#include "analysis/scenario.h"
#include "analysis/site_suggestion.h"
#include "analysis/unit_set.h"
#include "core/coordinate_transform.h"
#include "core/error.h"
#include "core/loaded_project.h"
#include "core/option_error.h"
#include "core/point_grid.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::SuggestSites)
};
} // namespace

namespace wm {

namespace {

GeomPtr pointGeometry(double x, double y)
{
    return GeomPtr(GEOSGeom_createPointFromXY_r(geosContext(), x, y));
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 6);
}

QString formatMetres(double m)
{
    return m >= 1000 ? formatNumber(m / 1000.0) + QStringLiteral(" km")
                     : formatNumber(m) + QStringLiteral(" m");
}

/// Polygons a candidate may not lie in (prepared lazily, one per zone feature).
class ExcludedZones {
public:
    explicit ExcludedZones(const Layer& zones) : m_zones(zones), m_prepared(zones.featureCount()) {}

    bool contains(double x, double y) const
    {
        GEOSContextHandle_t ctx = geosContext();
        GeomPtr point;
        for (const qsizetype f : m_zones.featuresIn(Extent::of(x, y, x, y))) {
            const GEOSGeometry* g = m_zones.geometry(f);
            if (!g)
                continue;
            if (!m_prepared[std::size_t(f)])
                m_prepared[std::size_t(f)].reset(GEOSPrepare_r(ctx, g));
            if (!point)
                point = pointGeometry(x, y);
            if (GEOSPreparedIntersects_r(ctx, m_prepared[std::size_t(f)].get(), point.get()) == 1)
                return true;
        }
        return false;
    }

private:
    const Layer& m_zones;
    mutable std::vector<PreparedPtr> m_prepared;
};

struct DemandRow {
    double x = 0, y = 0, weight = 1;
    QString townshipCode;
};

/// Township names by 9-digit code, from the village layers that carry both.
QHash<QString, QString> townshipNames(const LoadedProject& project)
{
    QHash<QString, QString> names;
    for (const LoadedLayer& l : project.layers) {
        if (!l.isAvailable() || !detail::hasRole(l, "village"))
            continue;
        const int code = l.data->attributes.indexOf(l.columnOf(QStringLiteral("township_code")));
        const int name = l.data->attributes.indexOf(l.columnOf(QStringLiteral("township")));
        if (code < 0 || name < 0)
            continue;
        for (qsizetype r = 0; r < l.data->attributes.rowCount(); ++r) {
            const QString c = detail::codeText(l.data->attributes, r, code).left(9);
            if (c.size() == 9 && !names.contains(c))
                names.insert(c, l.data->attributes.toString(r, name).trimmed());
        }
    }
    return names;
}

} // namespace

namespace {
/// `sites` into `chosen` in the order a greedy would add them, with each one's gain in
/// `gains` (reports list sites by what they add); returns the weight they add together.
double inGreedyOrder(const SiteSuggestion& core, std::vector<int> sites, std::vector<int>& chosen,
                     std::vector<double>& gains)
{
    chosen.clear();
    gains.clear();
    double added = 0;
    while (!sites.empty()) {
        auto best = sites.begin();
        double bestGain = -1;
        for (auto it = sites.begin(); it != sites.end(); ++it) {
            std::vector<int> with = chosen;
            with.push_back(*it);
            const double g = core.addedWeight(with) - added;
            if (g > bestGain) {
                bestGain = g;
                best = it;
            }
        }
        chosen.push_back(*best);
        gains.push_back(bestGain);
        added += bestGain;
        sites.erase(best);
    }
    return added;
}
} // namespace

SuggestResult suggestSites(const LoadedProject& project, const SuggestOptions& o)
{
    QElapsedTimer total;
    total.start();
    const QString projectFile = project.project.filePath;
    auto fail = [&](const QString& where, const QString& what) -> Error {
        return Error(where.isEmpty() ? projectFile : where, what);
    };

    SuggestResult r;
    r.kind = o.kind.trimmed();
    r.scenario = o.scenario.trimmed();
    r.level = o.level;
    r.weightField = o.weightField;
    r.year = o.year;
    r.crs = project.crs;
    if (r.kind.isEmpty())
        throw OptionError(QStringLiteral("kind"), Tr::tr("the facility kind is missing"));
    if (r.scenario.isEmpty())
        throw OptionError(QStringLiteral("scenario"), Tr::tr("the scenario name is empty"));
    if (o.level != QLatin1String("county") && o.level != QLatin1String("township"))
        throw OptionError(QStringLiteral("level"),
                          Tr::tr("\"%1\": use county or township").arg(o.level));
    if (project.crs.isGeographic() || !project.crs.isValid())
        throw fail(
            {},
            Tr::tr("the project CRS %1 is not a projected CRS in metres").arg(project.crs.id()));

    // The radius, from a distance or a travel time.
    const bool byTime = o.minutes > 0 || o.speedKmh > 0;
    const bool byRoad = !o.networkLayer.isEmpty();
    if (byRoad) {
        if (!(o.minutes > 0) || !std::isfinite(o.minutes))
            throw OptionError(QStringLiteral("minutes"),
                              Tr::tr("coverage on a road network needs minutes above 0"));
        if (o.speedKmh > 0 || o.radiusMetres > 0)
            throw OptionError(QStringLiteral("network"),
                              Tr::tr("on a road network the speeds come from the roads: give "
                                     "neither a radius nor a speed"));
        // A straight-line stand-in at the default road speed, for the candidate grid's
        // spacing only: coverage itself is measured on the roads.
        r.radiusMetres = o.minutes / 60.0 * 30.0 * 1000.0;
        r.radiusText =
            Tr::tr("%1 min by road on \"%2\"").arg(formatNumber(o.minutes), o.networkLayer);
    } else if (byTime) {
        if (!(o.minutes > 0) || !(o.speedKmh > 0) || !std::isfinite(o.minutes) ||
            !std::isfinite(o.speedKmh))
            throw OptionError(QStringLiteral("minutes"),
                              Tr::tr("a travel time needs both minutes and a speed above 0"));
        if (o.radiusMetres > 0)
            throw OptionError(QStringLiteral("radius"),
                              Tr::tr("give a radius or a travel time, not both"));
        r.radiusMetres = o.speedKmh * 1000.0 * o.minutes / 60.0;
        r.radiusText = Tr::tr("%1 min at %2 km/h = %3 (radius = speed × time, straight "
                              "line)")
                           .arg(formatNumber(o.minutes), formatNumber(o.speedKmh),
                                formatMetres(r.radiusMetres));
    } else {
        if (!(o.radiusMetres > 0) || !std::isfinite(o.radiusMetres))
            throw OptionError(QStringLiteral("radius"),
                              Tr::tr("the service radius must be above 0 (e.g. 3km)"));
        r.radiusMetres = o.radiusMetres;
        r.radiusText = formatMetres(r.radiusMetres);
    }
    r.setCover = o.targetShare > 0;
    r.targetShare = o.targetShare;
    r.k = o.k;
    if (r.setCover && !(o.targetShare <= 1.0))
        throw OptionError(QStringLiteral("share"),
                          Tr::tr("the target share must be above 0 and at most 1 (100%)"));
    if (!r.setCover && o.k < 1)
        throw OptionError(QStringLiteral("k"), Tr::tr("the number of sites must be at least 1"));

    // Counties (polygons) and the units of the level.
    std::optional<UnitSet> counties;
    QString countiesId;
    for (const LoadedLayer& l : project.layers) {
        if (l.isAvailable() && detail::hasRole(l, "boundary")) {
            counties = UnitSet::fromLoadedLayer(l);
            countiesId = l.entry.id;
            break;
        }
    }
    const bool township = o.level == QLatin1String("township");
    const bool restricted = !o.unitCodes.isEmpty();
    std::optional<CheckUnits> units;
    if (township) {
        // The township units come from a village-role table or layer with township codes and
        // names (the division table), the way `check` takes them from its rules file.
        const LoadedLayer* table = nullptr;
        for (const LoadedLayer& l : project.layers) {
            if (!l.isAvailable() || !detail::hasRole(l, "village") ||
                l.columnOf(QStringLiteral("township_code")).isEmpty() ||
                l.columnOf(QStringLiteral("township")).isEmpty())
                continue;
            if (!table ||
                (table->data->kind != GeometryKind::None && l.data->kind == GeometryKind::None))
                table = &l;
        }
        if (!table)
            throw fail({}, Tr::tr("township level needs a village layer or table with "
                                  "township codes and names"));
        units =
            CheckUnits::townships(*table->data, table->columnOf(QStringLiteral("township_code")),
                                  table->columnOf(QStringLiteral("township")));
    } else if (counties) {
        units = CheckUnits::counties(*counties);
    }
    const bool needCounties = restricted || o.candidatesLayer.isEmpty();
    if (!counties && needCounties)
        throw fail({}, Tr::tr("the project has no available boundary layer: a grid of "
                              "candidates and a unit restriction need the county "
                              "polygons"));

    std::vector<char> chosenUnit(units ? std::size_t(units->size()) : 0, restricted ? 0 : 1);
    for (const QString& raw : o.unitCodes) {
        const QString code = raw.trimmed();
        if (code.isEmpty())
            continue;
        int matched = 0;
        for (int u = 0; u < units->size(); ++u) {
            if (!units->unit(u).code.isEmpty() && units->unit(u).code.startsWith(code)) {
                chosenUnit[std::size_t(u)] = 1;
                ++matched;
            }
        }
        if (matched == 0)
            throw OptionError(
                QStringLiteral("unit"),
                Tr::tr("no %1 has the code \"%2\"%3")
                    .arg(o.level, code,
                         township ? QString() : Tr::tr(" in layer \"%1\"").arg(countiesId)));
    }
    if (restricted) {
        for (int u = 0; u < units->size(); ++u)
            if (chosenUnit[std::size_t(u)])
                r.unitsChosen << units->unit(u).code + QLatin1Char(' ') +
                                     units->unit(u).displayName();
    }
    auto unitChosen = [&](int u) { return u >= 0 && chosenUnit[std::size_t(u)] != 0; };

    // Demand: the villages.
    std::vector<const LoadedLayer*> villageLayers;
    if (!o.villagesLayer.isEmpty()) {
        const LoadedLayer* l = project.layer(o.villagesLayer);
        if (!l)
            throw OptionError(QStringLiteral("villages"),
                              Tr::tr("no layer \"%1\" in the project").arg(o.villagesLayer));
        if (!l->isAvailable())
            throw fail(l->entry.source,
                       Tr::tr("layer \"%1\" is unavailable: %2").arg(l->entry.id, l->problem));
        if (l->data->kind != GeometryKind::Point)
            throw fail(l->entry.source,
                       Tr::tr("layer \"%1\" has no point geometries: villages must be "
                              "points")
                           .arg(l->entry.id));
        villageLayers.push_back(l);
    } else {
        for (const LoadedLayer& l : project.layers)
            if (l.isAvailable() && detail::hasRole(l, "village") &&
                l.data->kind == GeometryKind::Point)
                villageLayers.push_back(&l);
        if (villageLayers.empty())
            throw fail({}, Tr::tr("the project has no village point layer (the demand)"));
    }
    std::vector<DemandRow> demand;
    for (const LoadedLayer* l : villageLayers) {
        const Layer& layer = *l->data;
        int weightCol = -1;
        if (!o.weightField.isEmpty()) {
            weightCol = layer.attributes.indexOf(l->columnOf(o.weightField));
            if (weightCol < 0)
                throw fail(layer.sourcePath.isEmpty() ? l->entry.source : layer.sourcePath,
                           Tr::tr("village layer \"%1\" has no field \"%2\"")
                               .arg(l->entry.id, o.weightField));
        }
        const int townshipCol =
            layer.attributes.indexOf(l->columnOf(QStringLiteral("township_code")));
        const int codeCol = layer.attributes.indexOf(l->columnOf(QStringLiteral("code")));
        std::vector<int> unitOf;
        if (restricted) {
            QString codeField;
            if (township) {
                codeField = townshipCol >= 0 ? layer.attributes.fields()[townshipCol].name
                            : codeCol >= 0   ? layer.attributes.fields()[codeCol].name
                                             : QString();
                if (codeField.isEmpty())
                    throw fail(layer.sourcePath,
                               Tr::tr("village layer \"%1\" has no township or village "
                                      "code to place it in townships")
                                   .arg(l->entry.id));
            }
            unitOf = units->unitOf(layer, codeField, {});
        }
        for (qsizetype i = 0; i < layer.featureCount(); ++i) {
            DemandRow d;
            if (!detail::positionOf(layer.geometry(i), d.x, d.y)) {
                ++r.villagesNoGeometry;
                continue;
            }
            if (restricted && !unitChosen(unitOf[std::size_t(i)])) {
                ++r.villagesOutside;
                continue;
            }
            if (weightCol >= 0) {
                bool ok = false;
                const double w = layer.attributes.isNull(i, weightCol)
                                     ? 0
                                     : layer.attributes.toDouble(i, weightCol, &ok);
                if (!ok || !(w > 0) || !std::isfinite(w)) {
                    ++r.villagesNoWeight;
                    d.weight = 0;
                } else {
                    d.weight = w;
                }
            }
            d.townshipCode = townshipCol >= 0
                                 ? detail::codeText(layer.attributes, i, townshipCol).left(9)
                             : codeCol >= 0 ? detail::codeText(layer.attributes, i, codeCol).left(9)
                                            : QString();
            if (d.townshipCode.size() != 9)
                d.townshipCode.clear();
            demand.push_back(std::move(d));
        }
    }
    r.villages = int(demand.size());
    if (r.villagesNoWeight > 0)
        r.notes << Tr::tr("%1 village(s) without a positive \"%2\" count with weight 0")
                       .arg(r.villagesNoWeight)
                       .arg(o.weightField);

    // Townships of sites: that of the nearest village with a township code.
    std::vector<GridPoint> townshipPoints;
    std::vector<QString> townshipOfPoint;
    for (const DemandRow& d : demand)
        if (!d.townshipCode.isEmpty()) {
            townshipPoints.push_back({d.x, d.y});
            townshipOfPoint.push_back(d.townshipCode);
        }
    const PointGrid nearestVillage(townshipPoints, std::max(r.radiusMetres, 500.0));
    auto townshipAt = [&](double x, double y) {
        const int i = nearestVillage.nearest(x, y);
        return i < 0 ? QString() : townshipOfPoint[std::size_t(i)];
    };
    if (township && restricted)
        r.notes << Tr::tr("township level: a candidate belongs to the township of its "
                          "nearest village (townships have no polygons)");

    // Existing facilities of the kind.
    SiteSuggestionInput input;
    input.radius = r.radiusMetres;
    input.demand.reserve(demand.size());
    for (const DemandRow& d : demand)
        input.demand.push_back({d.x, d.y, d.weight});
    bool anyFacilityLayer = false;
    qsizetype ofKindInLayers = 0;
    QStringList existingScenarios;
    for (const QString& s : o.existingScenarios)
        if (!s.trimmed().isEmpty())
            existingScenarios << s.trimmed().toLower();
    for (const LoadedLayer& l : project.layers) {
        if (!l.isAvailable() || !detail::hasRole(l, "facility"))
            continue;
        anyFacilityLayer = true;
        const Layer& layer = *l.data;
        const QString kindColumn = l.columnOf(QStringLiteral("kind"));
        if (kindColumn.isEmpty())
            throw fail(layer.sourcePath,
                       Tr::tr("facility layer \"%1\" has no kind field").arg(l.entry.id));
        FeatureFilter ofKind;
        ofKind.field = kindColumn;
        ofKind.values = {r.kind};
        const std::vector<std::uint8_t> match = ofKind.matchAll(layer);
        const int scenarioCol = scenario::columnIn(l);
        for (qsizetype i = 0; i < layer.featureCount(); ++i) {
            if (!match[std::size_t(i)])
                continue;
            ++ofKindInLayers;
            const QString name = scenario::of(l, scenarioCol, i);
            if (!name.isEmpty() && !existingScenarios.contains(name.toLower())) {
                ++r.proposedOtherScenario;
                continue;
            }
            SitePoint s;
            if (detail::positionOf(layer.geometry(i), s.x, s.y))
                input.existing.push_back(s);
        }
    }
    r.existing = int(input.existing.size());
    if (ofKindInLayers == 0 && !o.knownKinds.isEmpty() && !o.knownKinds.contains(r.kind)) {
        // Only on this error path: the kinds the data has, to offer beside the role's.
        QStringList known = o.knownKinds;
        for (const LoadedLayer& l : project.layers) {
            if (!l.isAvailable() || !detail::hasRole(l, "facility"))
                continue;
            const int col = l.data->attributes.indexOf(l.columnOf(QStringLiteral("kind")));
            for (qsizetype i = 0; col >= 0 && i < l.data->featureCount() && known.size() < 50; ++i)
                if (const QString k = l.data->attributes.toString(i, col).trimmed();
                    !k.isEmpty() && !known.contains(k))
                    known << k;
        }
        throw OptionError(QStringLiteral("kind"),
                          Tr::tr("\"%1\" is not a facility kind of the project (%2)")
                              .arg(r.kind, known.join(QStringLiteral(", "))));
    }
    if (!anyFacilityLayer)
        r.notes << Tr::tr("the project has no facility layer: no existing %1 counted").arg(r.kind);
    else if (r.existing == 0)
        r.notes << Tr::tr("no existing facility of kind \"%1\"").arg(r.kind);
    if (r.proposedOtherScenario > 0)
        r.notes << Tr::tr("%1 proposed %2(s) of other scenarios not counted as existing")
                       .arg(r.proposedOtherScenario)
                       .arg(r.kind);

    // Candidates.
    if (!o.candidatesLayer.isEmpty()) {
        const LoadedLayer* l = project.layer(o.candidatesLayer);
        if (!l)
            throw OptionError(QStringLiteral("candidates"),
                              Tr::tr("no layer \"%1\" in the project").arg(o.candidatesLayer));
        if (!l->isAvailable())
            throw fail(l->entry.source,
                       Tr::tr("layer \"%1\" is unavailable: %2").arg(l->entry.id, l->problem));
        const Layer& layer = *l->data;
        std::vector<int> unitOf;
        if (restricted && !township)
            unitOf = units->unitOf(layer, QString(), {});
        for (qsizetype i = 0; i < layer.featureCount(); ++i) {
            SitePoint s;
            if (!detail::positionOf(layer.geometry(i), s.x, s.y))
                continue;
            if (restricted) {
                const int u =
                    township ? units->indexOfCode(townshipAt(s.x, s.y)) : unitOf[std::size_t(i)];
                if (!unitChosen(u)) {
                    ++r.candidatesOutside;
                    continue;
                }
            }
            input.candidates.push_back(s);
        }
        r.candidatesText = Tr::tr("layer \"%1\"").arg(l->entry.id);
    } else {
        const double spacing = o.gridSpacing > 0 ? o.gridSpacing : r.radiusMetres / 2.0;
        if (!std::isfinite(spacing))
            throw OptionError(QStringLiteral("grid"), Tr::tr("the grid spacing is not finite"));
        // Polygons to fill: the chosen counties, or at township level the counties holding
        // the chosen townships.
        std::vector<int> fill;
        for (int u = 0; u < counties->size(); ++u) {
            if (!counties->geometry(u))
                continue;
            bool take = !restricted;
            if (restricted && !township)
                take = unitChosen(u);
            if (restricted && township) {
                const QString code = counties->unit(u).code;
                for (int t = 0; t < units->size() && !take && !code.isEmpty(); ++t)
                    take = unitChosen(t) && units->unit(t).code.startsWith(code);
            }
            if (take)
                fill.push_back(u);
        }
        Extent all;
        for (int u : fill)
            all.include(counties->envelope(u));
        if (!all.isNull()) {
            const double cells = (all.width() / spacing + 1) * (all.height() / spacing + 1);
            if (cells > 5e6)
                throw OptionError(QStringLiteral("grid"),
                                  Tr::tr("a grid of %1 over the units would hold about %2 "
                                         "points; choose a wider spacing")
                                      .arg(formatMetres(spacing))
                                      .arg(qint64(cells)));
            const std::vector<PreparedPtr> prepared = counties->preparePolygons();
            GEOSContextHandle_t ctx = geosContext();
            // Grid lines on whole multiples of the spacing, so that a unit's grid does not
            // depend on which other units are chosen.
            const double x0 = std::ceil(all.xMin / spacing) * spacing;
            const double y0 = std::ceil(all.yMin / spacing) * spacing;
            for (double y = y0; y <= all.yMax; y += spacing) {
                for (double x = x0; x <= all.xMax; x += spacing) {
                    GeomPtr point;
                    bool inside = false;
                    for (int u : fill) {
                        const Extent& e = counties->envelope(u);
                        if (x < e.xMin || x > e.xMax || y < e.yMin || y > e.yMax)
                            continue;
                        if (!point)
                            point = pointGeometry(x, y);
                        if (GEOSPreparedIntersects_r(ctx, prepared[std::size_t(u)].get(),
                                                     point.get()) == 1) {
                            inside = true;
                            break;
                        }
                    }
                    if (!inside)
                        continue;
                    if (township && restricted &&
                        !unitChosen(units->indexOfCode(townshipAt(x, y)))) {
                        ++r.candidatesOutside;
                        continue;
                    }
                    input.candidates.push_back({x, y});
                }
            }
        }
        r.candidatesText = Tr::tr("grid of %1 inside the units").arg(formatMetres(spacing));
    }
    r.candidates = int(input.candidates.size());
    if (r.candidates == 0)
        r.notes << Tr::tr("no candidate site inside the units");

    // Excluded zones.
    if (!o.excludeZones.isEmpty()) {
        const Layer* zones = nullptr;
        QString where;
        if (o.excludeZonesLayer) {
            zones = o.excludeZonesLayer.get();
            where = o.excludeZones;
        } else if (const LoadedLayer* l = project.layer(o.excludeZones)) {
            if (!l->isAvailable())
                throw fail(l->entry.source,
                           Tr::tr("layer \"%1\" is unavailable: %2").arg(l->entry.id, l->problem));
            zones = l->data.get();
            where = l->entry.source;
        } else {
            throw OptionError(
                QStringLiteral("exclude"),
                Tr::tr("\"%1\" is neither a layer of the project nor a file").arg(o.excludeZones));
        }
        if (zones->kind != GeometryKind::Polygon && zones->featureCount() > 0)
            throw fail(where, Tr::tr("the excluded zones must be polygons, not %1")
                                  .arg(geometryKindName(zones->kind)));
        const ExcludedZones excluded(*zones);
        input.excluded.assign(input.candidates.size(), false);
        for (std::size_t c = 0; c < input.candidates.size(); ++c) {
            if (excluded.contains(input.candidates[c].x, input.candidates[c].y)) {
                input.excluded[c] = true;
                ++r.excludedCandidates;
            }
        }
    }
    r.secondsPrepare = double(total.nsecsElapsed()) / 1e9;

    // On a road network: who each candidate serves within the minutes, and who the
    // existing facilities serve already, by travel time.
    std::vector<std::vector<int>> servesAll; // per candidate, zero weights included
    if (byRoad) {
        const LoadedLayer* roads = project.layer(o.networkLayer);
        if (!roads || !roads->isAvailable())
            throw OptionError(
                QStringLiteral("network"),
                Tr::tr("no available layer \"%1\" in the project").arg(o.networkLayer));
        RoadNetworkOptions ro;
        ro.mode = o.mode;
        ro.speeds = RoadSpeeds::load(layerRolesDir() + QStringLiteral("/road_speeds.json"));
        const RoadNetwork net = RoadNetwork::build(*roads->data, ro);
        const RoadNetworkReport& report = net.report();
        r.notes << Tr::tr("road network \"%1\": %2 nodes, %3 edges, %4 connected parts")
                       .arg(o.networkLayer)
                       .arg(report.nodes)
                       .arg(report.edges)
                       .arg(report.components.size());
        std::vector<RoadNetwork::Attachment> places;
        std::vector<std::vector<int>> onEdge(net.edges().size());
        for (std::size_t i = 0; i < input.demand.size(); ++i) {
            places.push_back(net.attach(input.demand[i].x, input.demand[i].y));
            if (places.back().edge >= 0)
                onEdge[std::size_t(places.back().edge)].push_back(int(i));
        }
        const auto served = [&](const std::vector<RoadNetwork::Attachment>& from) {
            const std::vector<double> nodes = net.nodeMinutes(from, o.minutes);
            std::vector<int> out;
            for (std::size_t e = 0; e < net.edges().size(); ++e) {
                const RoadNetwork::Edge& edge = net.edges()[e];
                bool near = std::isfinite(nodes[std::size_t(edge.from)]) ||
                            std::isfinite(nodes[std::size_t(edge.to)]);
                for (const RoadNetwork::Attachment& a : from)
                    near = near || a.edge == int(e);
                if (!near)
                    continue;
                for (const int i : onEdge[e])
                    if (net.minutesTo(places[std::size_t(i)], nodes, from) <= o.minutes)
                        out.push_back(i);
            }
            return out;
        };
        std::vector<RoadNetwork::Attachment> existing;
        for (const SitePoint& s : input.existing)
            if (const RoadNetwork::Attachment a = net.attach(s.x, s.y); a.edge >= 0)
                existing.push_back(a);
        input.servedByExisting.assign(input.demand.size(), 0);
        if (!existing.empty())
            for (const int i : served(existing))
                input.servedByExisting[std::size_t(i)] = 1;
        int offRoad = 0;
        for (const SitePoint& c : input.candidates) {
            const RoadNetwork::Attachment a = net.attach(c.x, c.y);
            servesAll.push_back(a.edge >= 0 ? served({a}) : std::vector<int>{});
            offRoad += a.edge >= 0 ? 0 : 1;
        }
        input.candidateCovers = servesAll;
        input.coverageGiven = true;
        if (offRoad > 0)
            r.notes << Tr::tr("%1 candidate(s) more than 5 km from a road serve no village")
                           .arg(offRoad);
    }

    // The location-allocation itself.
    QElapsedTimer timer;
    timer.start();
    std::optional<SiteSuggestion> core;
    try {
        core.emplace(input);
    } catch (const std::invalid_argument& e) {
        throw fail({}, QString::fromUtf8(e.what()));
    }
    r.secondsSets = double(timer.nsecsElapsed()) / 1e9;
    std::vector<int> chosen;
    std::vector<double> gains;
    r.totalWeight = core->totalWeight();
    r.coveredBefore = core->coveredBefore();
    if (r.setCover) {
        timer.restart();
        const SetCoverResult sc = core->setCover(o.targetShare);
        r.secondsGreedy = double(timer.nsecsElapsed()) / 1e9;
        chosen = sc.chosen;
        gains = sc.marginalGain;
        r.reached = sc.reached;
        r.bestShare = sc.bestShare;
        r.coveredAfter = sc.covered;
        r.upperBound = 0;
        r.boundRatio = 1;
        // The greedy's count is a ln(n)-approximation: the solver finds the fewest, or says
        // how few could do.
        if (o.timeLimitSeconds > 0 && sc.reached && chosen.size() > 1) {
            const double needed =
                o.targetShare * r.totalWeight - r.coveredBefore - 1e-9 * r.totalWeight;
            const ExactSetCoverResult exact =
                solveSetCover(*core, needed, chosen, o.timeLimitSeconds, o.stopSolving.get());
            r.secondsExact = exact.seconds;
            if (exact.solved) {
                r.exactRan = true;
                r.exactOptimal = exact.optimal;
                r.exactStopped = exact.cancelled;
                r.fewestSitesBound = int(exact.bound);
                if (exact.chosen.size() < chosen.size()) {
                    r.exactImproved = true;
                    r.coveredAfter =
                        r.coveredBefore + inGreedyOrder(*core, exact.chosen, chosen, gains);
                }
            }
        }
    } else {
        timer.restart();
        const MaximalCoveringResult greedy = core->maximalCovering(o.k, 0);
        r.secondsGreedy = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        const MaximalCoveringResult mc = core->maximalCovering(o.k, o.maxExchangeRounds);
        // The full run repeats the greedy before its exchange step.
        r.secondsExchange = std::max(0.0, double(timer.nsecsElapsed()) / 1e9 - r.secondsGreedy);
        chosen = mc.chosen;
        gains = mc.marginalGain;
        r.coveredAfter = r.coveredBefore + mc.added;
        r.upperBound = mc.upperBound;
        r.boundRatio = mc.boundRatio();
        // The greedy's bound reads "64 % of the best" when the truth is 99 %: the solver
        // proves the answer, or says how close it is.
        if (o.timeLimitSeconds > 0 && !chosen.empty()) {
            const ExactCoveringResult exact =
                solveMaximalCovering(*core, o.k, chosen, o.timeLimitSeconds, o.stopSolving.get());
            r.secondsExact = exact.seconds;
            if (exact.solved) {
                r.exactRan = true;
                r.exactOptimal = exact.optimal;
                r.exactStopped = exact.cancelled;
                if (exact.added > mc.added + 1e-9) {
                    r.exactImproved = true;
                    // The solver's sites in the order a greedy would add them.
                    inGreedyOrder(*core, exact.chosen, chosen, gains);
                    r.coveredAfter = r.coveredBefore + exact.added;
                }
                r.upperBound = std::min(r.upperBound, exact.bound);
                r.upperBound = std::max(r.upperBound, r.coveredAfter - r.coveredBefore);
                r.boundRatio =
                    r.upperBound > 0 ? (r.coveredAfter - r.coveredBefore) / r.upperBound : 1.0;
                r.exactGap = r.upperBound > 0 ? 1.0 - r.boundRatio : 0.0;
            }
        }
        r.exchangeRounds = mc.exchangeRounds;
        r.exchangeSwaps = mc.swaps;
        if (int(chosen.size()) < o.k)
            r.notes << Tr::tr("only %1 of %2 site(s): no further candidate covers an "
                              "uncovered village")
                           .arg(chosen.size())
                           .arg(o.k);
    }
    const double t = r.totalWeight;
    r.shareBefore = t > 0 ? r.coveredBefore / t : 1.0;
    r.shareAfter = t > 0 ? r.coveredAfter / t : 1.0;

    // The sites: villages they add, units, lon/lat.
    std::vector<char> covered(demand.size(), 0);
    for (std::size_t i = 0; i < demand.size(); ++i) {
        covered[i] = core->coveredByExisting(int(i)) ? 1 : 0;
        r.villagesCoveredBefore += covered[i];
    }
    r.villagesCoveredAfter = r.villagesCoveredBefore;
    const CoordinateTransform toLonLat(project.crs, Crs::cgcs2000());
    const QHash<QString, QString> townshipName = townshipNames(project);
    QString kindText = r.kind;
    kindText.replace(QLatin1Char('_'), QLatin1Char(' '));
    for (std::size_t n = 0; n < chosen.size(); ++n) {
        const int c = chosen[n];
        SuggestedSite s;
        s.candidate = c;
        s.name = o.kindTitle.trimmed().isEmpty()
                     ? Tr::tr("Suggested %1 %2").arg(kindText).arg(n + 1)
                     : QStringLiteral("拟建%1 %2").arg(o.kindTitle.trimmed()).arg(n + 1);
        s.x = input.candidates[std::size_t(c)].x;
        s.y = input.candidates[std::size_t(c)].y;
        s.lon = s.x;
        s.lat = s.y;
        if (!toLonLat.transform(s.lon, s.lat))
            s.lon = s.lat = std::numeric_limits<double>::quiet_NaN();
        s.addedWeight = n < gains.size() ? gains[n] : 0;
        // Villages the site adds; zero-weight villages (never in a coverage set) are
        // counted as covered below all the same.
        for (int i : core->coverage(c)) {
            if (!covered[std::size_t(i)]) {
                covered[std::size_t(i)] = 1;
                ++s.addedVillages;
            }
        }
        r.villagesCoveredAfter += s.addedVillages;
        if (counties) {
            const int u = counties->unitAt(s.x, s.y);
            if (u >= 0) {
                s.countyCode = counties->unit(u).code;
                s.countyName = counties->unit(u).displayName();
            }
        }
        s.townshipCode = townshipAt(s.x, s.y);
        if (!s.countyCode.isEmpty() && !s.townshipCode.startsWith(s.countyCode))
            s.townshipCode.clear(); // the nearest village lies across the county border
        s.townshipName = townshipName.value(s.townshipCode);
        r.sites.push_back(std::move(s));
    }
    // Zero-weight villages within the radius (or the minutes) of a chosen site are covered
    // too.
    if (r.villagesNoWeight > 0 && !chosen.empty() && byRoad) {
        for (const int c : chosen)
            for (const int i : servesAll[std::size_t(c)])
                if (!covered[std::size_t(i)] && demand[std::size_t(i)].weight <= 0) {
                    covered[std::size_t(i)] = 1;
                    ++r.villagesCoveredAfter;
                }
    } else if (r.villagesNoWeight > 0 && !chosen.empty()) {
        const double r2 = r.radiusMetres * r.radiusMetres;
        for (std::size_t i = 0; i < demand.size(); ++i) {
            if (covered[i] || demand[i].weight > 0)
                continue;
            for (const SuggestedSite& s : r.sites) {
                const double dx = demand[i].x - s.x, dy = demand[i].y - s.y;
                if (dx * dx + dy * dy <= r2) {
                    covered[i] = 1;
                    ++r.villagesCoveredAfter;
                    break;
                }
            }
        }
    }
    r.secondsTotal = double(total.nsecsElapsed()) / 1e9;
    return r;
}

std::vector<ProposedFeature> proposalsOf(const SuggestResult& result)
{
    std::vector<ProposedFeature> out;
    for (const SuggestedSite& s : result.sites) {
        QVariantMap values{{QStringLiteral("kind"), result.kind},
                           {QStringLiteral("name"), s.name},
                           {QStringLiteral("status"), QStringLiteral("planned")},
                           {QStringLiteral("scenario"), result.scenario}};
        if (!s.countyCode.isEmpty())
            values.insert(QStringLiteral("county_code"), s.countyCode);
        if (!s.townshipCode.isEmpty())
            values.insert(QStringLiteral("township_code"), s.townshipCode);
        if (result.year > 0)
            values.insert(QStringLiteral("year"), qlonglong(result.year));
        out.push_back({shareGeometry(pointGeometry(s.x, s.y)), values});
    }
    return out;
}

OutputLayer suggestionLayer(const SuggestResult& result)
{
    OutputLayer out;
    out.name = QStringLiteral("suggested_") + result.kind;
    out.columns = {QStringLiteral("kind"),          QStringLiteral("name"),
                   QStringLiteral("status"),        QStringLiteral("county_code"),
                   QStringLiteral("township_code"), QStringLiteral("scenario")};
    if (result.year > 0)
        out.columns << QStringLiteral("year");
    const QStringList fields = out.columns;
    out.columns << QStringLiteral("covers_villages") << QStringLiteral("adds_weight");
    const std::vector<ProposedFeature> proposals = proposalsOf(result);
    for (std::size_t i = 0; i < proposals.size(); ++i) {
        out.geometries.push_back(proposals[i].geometry.get());
        out.owned.push_back(proposals[i].geometry);
        QVector<QVariant> row;
        for (const QString& f : fields)
            row << proposals[i].values.value(f);
        row << QVariant(qlonglong(result.sites[i].addedVillages))
            << QVariant(result.sites[i].addedWeight);
        out.rows.push_back(row);
    }
    return out;
}

TextTable suggestionTable(const SuggestResult& result)
{
    TextTable table;
    table.header = {QStringLiteral("rank"),       QStringLiteral("name"),
                    QStringLiteral("kind"),       QStringLiteral("scenario"),
                    QStringLiteral("status"),     QStringLiteral("x"),
                    QStringLiteral("y"),          QStringLiteral("lon"),
                    QStringLiteral("lat"),        QStringLiteral("county_code"),
                    QStringLiteral("county"),     QStringLiteral("township_code"),
                    QStringLiteral("township"),   QStringLiteral("covers_villages"),
                    QStringLiteral("adds_weight")};
    int rank = 0;
    for (const SuggestedSite& s : result.sites) {
        table.rows.push_back({QString::number(++rank), s.name, result.kind, result.scenario,
                              QStringLiteral("planned"), QString::number(s.x, 'f', 2),
                              QString::number(s.y, 'f', 2), QString::number(s.lon, 'f', 7),
                              QString::number(s.lat, 'f', 7), s.countyCode, s.countyName,
                              s.townshipCode, s.townshipName, QString::number(s.addedVillages),
                              QString::number(s.addedWeight, 'g', 12)});
    }
    return table;
}

} // namespace wm
