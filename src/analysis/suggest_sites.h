#pragma once

// Suggested sites for proposed facilities on a loaded project (the `suggest` verb): reads
// the villages (demand), the existing facilities of one kind, the candidate sites (a layer
// or a grid inside the units) and the excluded zones from the project's layers, runs the
// location-allocation core (SiteSuggestion: maximal covering of k sites, or greedy set cover
// to a target share), and describes the chosen sites with their unit and CGCS2000 lon/lat.
// Every layer is in the project's metric CRS (ProjectLoader leaves them so); distances are
// planar, in metres. No widgets.

#include "core/crs.h"
#include "core/feature_edit_buffer.h"
#include "core/output_layer.h"
#include "core/road_speeds.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

#include <vector>

namespace wm {

struct LoadedProject;

struct SuggestOptions {
    /// Facility kind, e.g. "clinic": existing facilities are the features of the facility
    /// layers with this kind and an empty `scenario`.
    QString kind;
    /// The kind's Chinese title, for naming the sites as plans name them ("幼儿园" →
    /// "拟建幼儿园 1"); empty: "Suggested kindergarten 1".
    QString kindTitle;
    /// The kinds the facility role knows; a kind neither in it nor in any facility layer is
    /// a typing error ("kindergarden"), refused rather than suggested for from zero.
    QStringList knownKinds;
    /// Proposed features of these scenarios count as existing too (case-insensitive).
    QStringList existingScenarios;

    /// Service radius in metres; or, when `minutes` and `speedKmh` are both > 0, the radius
    /// is speedKmh × minutes / 60 km (a straight-line reading of a travel time). Give one.
    double radiusMetres = 0;
    double minutes = 0;
    double speedKmh = 0;
    /// A road layer id: coverage is `minutes` of travel along it (analysis/road_network,
    /// speeds by road class), not a straight line; `speedKmh` and `radiusMetres` stay 0.
    QString networkLayer;
    TravelMode mode = TravelMode::Drive;

    /// Village layer(s) of the demand: a layer id, or empty for every available
    /// village-role point layer.
    QString villagesLayer;
    /// Numeric weight field (role field name such as "population", or a column name); empty:
    /// every village weighs 1. Villages with an empty or non-positive weight are counted and
    /// reported (weight 0: they can never be covered by a new site's gain).
    QString weightField;

    /// Candidate sites: a point layer id of the project; empty: a regular grid of
    /// `gridSpacing` metres (0: radius / 2) inside the units' polygons.
    QString candidatesLayer;
    double gridSpacing = 0;

    /// "county" or "township" (like `check`), and the unit codes to restrict to (empty: all).
    /// A code selects every unit whose code starts with it, so a county code at township
    /// level selects its townships. Demand and candidates outside are left out; existing
    /// facilities outside still count.
    QString level = QStringLiteral("county");
    QStringList unitCodes;

    /// Excluded zones: a polygon layer id of the project, or, when `excludeZonesLayer` is
    /// set, the file the caller read it from (named in messages). Candidates inside are
    /// never chosen.
    QString excludeZones;
    /// Zones read by the caller from a file outside the project (io reads, analysis
    /// computes), in the project CRS.
    std::shared_ptr<const Layer> excludeZonesLayer;

    /// Number of sites (maximal covering), or, when targetShare > 0, the fewest sites the
    /// greedy needs to cover that share of the demand weight (set cover).
    int k = 5;
    double targetShare = 0;
    int maxExchangeRounds = 50;
    /// Maximal covering: after the greedy and exchange, solve the model exactly (GLPK,
    /// seeded with their sites) for at most this many seconds; 0: not at all.
    double timeLimitSeconds = 10;
    /// Set true (from another thread) to stop the exact solve early: its best answer so far
    /// is kept, reported with its gap.
    std::shared_ptr<std::atomic<bool>> stopSolving;

    QString scenario = QStringLiteral("suggested"); ///< written into the results' `scenario`
    int year = 0;                                   ///< written into the results' `year` when > 0
};

struct SuggestedSite {
    int candidate = -1; ///< index among the candidates considered
    QString name;       ///< "拟建村卫生室 1", or "Suggested clinic 1" without a kind title
    double x = 0;       ///< project CRS (metres)
    double y = 0;
    double lon = 0; ///< CGCS2000 (EPSG:4490); NaN if the transformation failed
    double lat = 0;
    QString countyCode, countyName;     ///< the county polygon it lies in (current name)
    QString townshipCode, townshipName; ///< township of its nearest village (may be empty)
    double addedWeight = 0;             ///< demand weight it adds to the sites before it
    int addedVillages = 0;              ///< villages it adds (with a positive weight)
};

struct SuggestResult {
    QString kind, scenario, level, weightField;
    int year = 0; ///< written into `year` when > 0
    Crs crs;      ///< the project CRS of x/y
    double radiusMetres = 0;
    QString radiusText; ///< "3 km", or "15 min at 30 km/h = 7.5 km (straight line)"
    bool setCover = false;
    int k = 0;
    double targetShare = 0;
    bool reached = true;  ///< set cover: the target share was reached
    double bestShare = 0; ///< set cover, unreachable target: the best share possible

    std::vector<SuggestedSite> sites;

    QStringList unitsChosen;    ///< "130522 临城县" …; empty: all units
    int villages = 0;           ///< demand points used
    int villagesOutside = 0;    ///< left out: outside the chosen units
    int villagesNoGeometry = 0; ///< left out: no position
    int villagesNoWeight = 0;   ///< used with weight 0: empty or non-positive weight
    int villagesCoveredBefore = 0, villagesCoveredAfter = 0;
    int existing = 0;              ///< existing facilities of the kind (anywhere)
    int proposedOtherScenario = 0; ///< facilities of the kind of other scenarios, ignored
    int candidates = 0;            ///< candidates considered (inside the units)
    int candidatesOutside = 0;     ///< left out: outside the chosen units
    int excludedCandidates = 0;    ///< inside an excluded zone
    QString candidatesText;        ///< "layer candidates" or "grid of 1.5 km"

    double totalWeight = 0, coveredBefore = 0, coveredAfter = 0;
    double shareBefore = 0, shareAfter = 0;
    /// Maximal covering: bound on the weight any k sites could add (greedy ≥ (1 − 1/e) of
    /// the optimum), and added / bound. Set cover: 0 and 1.
    double upperBound = 0, boundRatio = 1;
    /// The exact solver's answer (maximal covering with a time limit): whether it ran,
    /// proved the sites optimal, improved on the greedy + exchange, and the gap to its bound.
    bool exactRan = false, exactOptimal = false, exactImproved = false, exactStopped = false;
    double exactGap = 0, secondsExact = 0;
    /// Set cover: no fewer sites can reach the share (the solver's bound).
    int fewestSitesBound = 0;
    int exchangeRounds = 0, exchangeSwaps = 0;

    /// Seconds: reading layers, grid and exclusion; building the coverage sets; the
    /// greedy; the exchange step; everything.
    double secondsPrepare = 0, secondsSets = 0, secondsGreedy = 0, secondsExchange = 0,
           secondsTotal = 0;
    QStringList notes;
};

/// Runs the suggestion. Throws wm::Error naming the project file, layer source or option for
/// anything the user must fix (an unknown layer, field, unit code or kind without layers).
SuggestResult suggestSites(const LoadedProject& project, const SuggestOptions& options);

/// The sites as proposed facilities (values by facility role field: kind, name, status
/// "planned", county_code, township_code, scenario, year if given), for a works layer.
std::vector<ProposedFeature> proposalsOf(const SuggestResult& result);

/// The sites as a facility layer `suggested_<kind>` (fields of the facility role: kind, name,
/// status "planned", county_code, township_code, scenario, year if given, plus
/// covers_villages and adds_weight) in `result.crs`, for writeGeoPackage().
OutputLayer suggestionLayer(const SuggestResult& result);
/// The sites as a table for writeCsv(): rank, name, kind, scenario, x, y, lon, lat, units,
/// covers_villages, adds_weight.
TextTable suggestionTable(const SuggestResult& result);

} // namespace wm
