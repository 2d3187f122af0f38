#include "analysis/live_service_time.h"

#include "analysis/service_area.h"
#include "core/error.h"
#include "core/layer.h"
#include "core/loaded_project.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::LiveServiceTime)
};
} // namespace

namespace wm {

namespace {

/// Whether a traveller can start from `s` along its edge towards node `to` (true) or
/// `from` (false): the same test as RoadNetwork::nodeMinutes' start times being finite.
bool startsTowards(const RoadNetwork& net, const RoadNetwork::Attachment& s, bool toEnd)
{
    const RoadNetwork::Edge& e = net.edges()[std::size_t(s.edge)];
    return toEnd ? (std::isfinite(e.forwardMinutes) || 1 - s.fraction <= 0)
                 : (std::isfinite(e.backwardMinutes) || s.fraction <= 0);
}

} // namespace

std::shared_ptr<const RoadNetwork>
LiveNetworkCache::network(const std::shared_ptr<const Layer>& roads,
                          const RoadNetworkOptions& options)
{
    if (!mNetwork || mRoads != roads || mMode != options.mode || mSnap != options.snapMetres) {
        mNetwork = std::make_shared<const RoadNetwork>(RoadNetwork::build(*roads, options));
        mRoads = roads;
        mMode = options.mode;
        mSnap = options.snapMetres;
    }
    return mNetwork;
}

LiveServiceTime::LiveServiceTime(const LoadedProject& project, const CheckUnits& units,
                                 const QJsonObject& rule, qint64 leaveOut,
                                 LiveNetworkCache* networks)
    : mParameters(ServiceTimeParameters::read(rule))
{
    const Layer& villages = *liveLayer(project, mParameters.villages).data;
    const Layer& facilities = *liveLayer(project, mParameters.facilities).data;
    const std::shared_ptr<const Layer> roads = liveLayer(project, mParameters.network).data;
    LiveNetworkCache own;
    mNetwork = (networks ? networks : &own)->network(roads, mParameters.options);
    const RoadNetwork& net = *mNetwork;

    // The villages as the rule places them, each joined to the network once.
    mVillages.emplace(villages, units, mParameters.codeField, LiveVillages::Position::OnSurface,
                      mParameters.minutes * 1000.0);
    const std::size_t n = std::size_t(mVillages->size());
    mAttachment.reserve(n);
    for (const GridPoint& p : mVillages->points())
        mAttachment.push_back(net.attach(p.x, p.y));

    // The staying facilities: every one of the rule's but the dragged one, searched once.
    std::vector<std::uint8_t> use = mParameters.filter.matchAll(facilities);
    for (qsizetype f = 0; f < facilities.featureCount(); ++f)
        if (leaveOut != 0 && facilities.fid(f) == leaveOut && use[std::size_t(f)]) {
            use[std::size_t(f)] = 0;
            mLeftOut = true;
        }
    const std::vector<RoadNetwork::Attachment> staying = facilityAttachments(net, facilities, use);
    const std::vector<double> nodes = net.nodeMinutes(staying);
    mStayMinutes.resize(n);
    mCount.assign(n, 0);
    mMark.assign(n, 0);
    mCovered.assign(std::size_t(units.size()), 0);
    mUnitTotal.assign(std::size_t(units.size()), 0);
    mStayUnreachable.assign(std::size_t(units.size()), 0);
    for (std::size_t v = 0; v < n; ++v) {
        mStayMinutes[v] = net.minutesTo(mAttachment[v], nodes, staying);
        const int unit = mVillages->unitOf(int(v));
        // "<=" as CheckUnits::withinDistance counts a village within.
        mCount[v] = mStayMinutes[v] <= mParameters.minutes ? 1 : 0;
        if (unit < 0)
            continue;
        ++mUnitTotal[std::size_t(unit)];
        mCovered[std::size_t(unit)] += mCount[v];
        if (std::isinf(mStayMinutes[v]))
            ++mStayUnreachable[std::size_t(unit)];
    }
    mDark.resize(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
        mDark[i] = std::isinf(nodes[i]) ? 1 : 0;

    // Villages by edge and edges by node: what a bounded search reaches, found from the
    // nodes it reaches without looking at every village.
    const std::size_t edges = net.edges().size();
    mEdgeBegin.assign(edges + 1, 0);
    for (const RoadNetwork::Attachment& a : mAttachment)
        if (a.edge >= 0)
            ++mEdgeBegin[std::size_t(a.edge) + 1];
    for (std::size_t e = 0; e < edges; ++e)
        mEdgeBegin[e + 1] += mEdgeBegin[e];
    mEdgeVillages.resize(std::size_t(mEdgeBegin.back()));
    std::vector<int> fill(mEdgeBegin.begin(), mEdgeBegin.end() - 1);
    for (std::size_t v = 0; v < n; ++v)
        if (mAttachment[v].edge >= 0)
            mEdgeVillages[std::size_t(fill[std::size_t(mAttachment[v].edge)]++)] = int(v);
    mNodeBegin.assign(std::size_t(net.nodeCount()) + 1, 0);
    for (const RoadNetwork::Edge& e : net.edges()) {
        ++mNodeBegin[std::size_t(e.from) + 1];
        ++mNodeBegin[std::size_t(e.to) + 1];
    }
    for (std::size_t i = 0; i + 1 < mNodeBegin.size(); ++i)
        mNodeBegin[i + 1] += mNodeBegin[i];
    mNodeEdges.resize(std::size_t(mNodeBegin.back()));
    fill.assign(mNodeBegin.begin(), mNodeBegin.end() - 1);
    for (std::size_t e = 0; e < edges; ++e) {
        mNodeEdges[std::size_t(fill[std::size_t(net.edges()[e].from)]++)] = int(e);
        mNodeEdges[std::size_t(fill[std::size_t(net.edges()[e].to)]++)] = int(e);
    }
}

LiveServiceTime::~LiveServiceTime() = default;

double LiveServiceTime::minutesFrom(const Added& a, int v) const
{
    return mNetwork->minutesTo(mAttachment[std::size_t(v)], a.nodes, a.sources);
}

void LiveServiceTime::search(Added& a) const
{
    a.within.clear();
    a.darkValid = false;
    if (a.sources.empty()) {
        a.nodes.clear();
        return;
    }
    const RoadNetwork& net = *mNetwork;
    a.nodes = net.nodeMinutes(a.sources, mParameters.minutes);
    // Candidates: the villages on the edges at every node reached, and on the source's own
    // edge (reached without passing a node).
    std::vector<int> candidates;
    auto addEdge = [&](int e) {
        for (int i = mEdgeBegin[std::size_t(e)]; i < mEdgeBegin[std::size_t(e) + 1]; ++i) {
            const int v = mEdgeVillages[std::size_t(i)];
            if (!mMark[std::size_t(v)]) {
                mMark[std::size_t(v)] = 1;
                candidates.push_back(v);
            }
        }
    };
    addEdge(a.sources.front().edge);
    for (std::size_t node = 0; node < a.nodes.size(); ++node)
        if (a.nodes[node] <= mParameters.minutes)
            for (int i = mNodeBegin[node]; i < mNodeBegin[node + 1]; ++i)
                addEdge(mNodeEdges[std::size_t(i)]);
    for (const int v : candidates) {
        mMark[std::size_t(v)] = 0;
        if (minutesFrom(a, v) <= mParameters.minutes)
            a.within.push_back(v);
    }
    std::sort(a.within.begin(), a.within.end());
}

int LiveServiceTime::addFacility(double x, double y)
{
    mAdded.emplace_back();
    const int id = int(mAdded.size()) - 1;
    moveFacility(id, x, y);
    return id;
}

std::vector<int> LiveServiceTime::moveFacility(int id, double x, double y)
{
    if (id < 0 || id >= int(mAdded.size()))
        throw std::out_of_range("LiveServiceTime::moveFacility: no facility " + std::to_string(id));
    if (!std::isfinite(x) || !std::isfinite(y))
        throw std::invalid_argument("LiveServiceTime::moveFacility: non-finite coordinates");
    Added& a = mAdded[std::size_t(id)];
    const bool wasInDark = touchesDark(a);
    const std::vector<int> before = std::move(a.within);
    a.x = x;
    a.y = y;
    a.sources.clear();
    if (const RoadNetwork::Attachment at = mNetwork->attach(x, y); at.edge >= 0)
        a.sources.push_back(at);
    search(a);

    // Only villages in one of the two sets can change; both are ascending.
    std::vector<int> units;
    auto change = [&](int v, int delta) {
        int& count = mCount[std::size_t(v)];
        const bool was = count > 0;
        count += delta;
        const int unit = mVillages->unitOf(v);
        if (unit >= 0 && was != (count > 0)) {
            mCovered[std::size_t(unit)] += count > 0 ? 1 : -1;
            units.push_back(unit);
        }
    };
    std::size_t i = 0, j = 0;
    while (i < before.size() || j < a.within.size()) {
        if (j == a.within.size() || (i < before.size() && before[i] < a.within[j]))
            change(before[i++], -1);
        else if (i == before.size() || a.within[j] < before[i])
            change(a.within[j++], +1);
        else
            ++i, ++j;
    }
    // Where the facility stands in (or left) a part of the network no staying facility
    // reaches, the "unreachable by road" counts may change without any village coming
    // within the time.
    if (wasInDark || touchesDark(a))
        for (int u = 0; u < int(mStayUnreachable.size()); ++u)
            if (mStayUnreachable[std::size_t(u)] > 0)
                units.push_back(u);
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    return units;
}

bool LiveServiceTime::touchesDark(const Added& a) const
{
    if (a.sources.empty())
        return false;
    const RoadNetwork::Attachment& s = a.sources.front();
    const RoadNetwork::Edge& e = mNetwork->edges()[std::size_t(s.edge)];
    // A source that can set off towards a node no staying facility reaches, or that shares
    // its edge with a village none reaches, may reach villages they never do.
    if ((startsTowards(*mNetwork, s, true) && mDark[std::size_t(e.to)]) ||
        (startsTowards(*mNetwork, s, false) && mDark[std::size_t(e.from)]))
        return true;
    for (int i = mEdgeBegin[std::size_t(s.edge)]; i < mEdgeBegin[std::size_t(s.edge) + 1]; ++i)
        if (std::isinf(mStayMinutes[std::size_t(mEdgeVillages[std::size_t(i)])]))
            return true;
    return false;
}

const std::vector<char>& LiveServiceTime::darkReach(const Added& a) const
{
    if (a.darkValid)
        return a.dark;
    // A node no staying facility reaches can only be reached through other such nodes (a
    // path through a reached node would make it reached), so the dragged facility's reach
    // into that part is a search confined to it: small, and empty when it stands among
    // reached roads.
    const RoadNetwork& net = *mNetwork;
    a.dark.assign(std::size_t(net.nodeCount()), 0);
    std::vector<int> stack;
    if (!a.sources.empty()) {
        const RoadNetwork::Attachment& s = a.sources.front();
        const RoadNetwork::Edge& e = net.edges()[std::size_t(s.edge)];
        if (startsTowards(net, s, true) && mDark[std::size_t(e.to)])
            stack.push_back(e.to);
        if (startsTowards(net, s, false) && mDark[std::size_t(e.from)])
            stack.push_back(e.from);
    }
    for (const int node : stack)
        a.dark[std::size_t(node)] = 1;
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        for (int i = mNodeBegin[std::size_t(node)]; i < mNodeBegin[std::size_t(node) + 1]; ++i) {
            const RoadNetwork::Edge& e = net.edges()[std::size_t(mNodeEdges[std::size_t(i)])];
            const bool forward = e.from == node && std::isfinite(e.forwardMinutes);
            const bool backward = e.to == node && std::isfinite(e.backwardMinutes);
            for (const int next : {forward ? e.to : -1, backward ? e.from : -1})
                if (next >= 0 && mDark[std::size_t(next)] && !a.dark[std::size_t(next)]) {
                    a.dark[std::size_t(next)] = 1;
                    stack.push_back(next);
                }
        }
    }
    a.darkValid = true;
    return a.dark;
}

bool LiveServiceTime::reaches(const Added& a, int v) const
{
    if (a.sources.empty())
        return false;
    const std::vector<char>& dark = darkReach(a);
    // RoadNetwork::minutesTo's three ways in, each finite or not.
    const RoadNetwork::Attachment& t = mAttachment[std::size_t(v)];
    if (t.edge < 0)
        return false;
    const RoadNetwork::Edge& e = mNetwork->edges()[std::size_t(t.edge)];
    if (dark[std::size_t(e.from)] && (std::isfinite(e.forwardMinutes) || t.fraction <= 0))
        return true;
    if (dark[std::size_t(e.to)] && (std::isfinite(e.backwardMinutes) || 1 - t.fraction <= 0))
        return true;
    const RoadNetwork::Attachment& s = a.sources.front();
    if (s.edge != t.edge)
        return false;
    return t.fraction >= s.fraction ? std::isfinite(e.forwardMinutes) || t.fraction == s.fraction
                                    : std::isfinite(e.backwardMinutes);
}

int LiveServiceTime::unreachableIn(int unit) const
{
    if (mStayUnreachable[std::size_t(unit)] == 0)
        return 0;
    int out = 0;
    for (int v = 0; v < mVillages->size(); ++v) {
        if (mVillages->unitOf(v) != unit || !std::isinf(mStayMinutes[std::size_t(v)]))
            continue;
        bool reached = false;
        for (const Added& a : mAdded)
            reached = reached || reaches(a, v);
        out += reached ? 0 : 1;
    }
    return out;
}

LiveUnitStats LiveServiceTime::stats(int unit) const
{
    LiveUnitStats s;
    s.villages = mUnitTotal[std::size_t(unit)] + mVillages->unplaced(unit);
    s.covered = mCovered[std::size_t(unit)];
    return s;
}

UnitVerdict LiveServiceTime::verdict(int unit) const
{
    const LiveUnitStats s = stats(unit);
    UnitVerdict v;
    v.unit = unit;
    const int beyond = s.villages - s.covered;
    serviceTimeVerdict(v, s.villages, beyond, 0, mParameters.minutes, mParameters.minShare);
    // Counting the unreachable ones only matters to a failing unit's gap text.
    if (!v.pass)
        serviceTimeVerdict(v, s.villages, beyond, unreachableIn(unit), mParameters.minutes,
                           mParameters.minShare);
    return v;
}

std::vector<int> LiveServiceTime::uncoveredIn(int unit) const
{
    std::vector<int> out;
    for (int v = 0; v < mVillages->size(); ++v)
        if (mVillages->unitOf(v) == unit && mCount[std::size_t(v)] == 0)
            out.push_back(v);
    return out;
}

double LiveServiceTime::minutesOf(int index) const
{
    double best = mStayMinutes[std::size_t(index)];
    for (const Added& a : mAdded) {
        if (a.sources.empty())
            continue;
        // The bounded search knows the time only within the limit; beyond it, an unbounded
        // one (rarely asked: tests and tooltips).
        double m = minutesFrom(a, index);
        if (std::isinf(m)) {
            const std::vector<double> all = mNetwork->nodeMinutes(a.sources);
            m = mNetwork->minutesTo(mAttachment[std::size_t(index)], all, a.sources);
        }
        best = std::min(best, m);
    }
    return best;
}

QString LiveServiceTime::reachText() const
{
    return Tr::tr("%1 min").arg(mParameters.minutes);
}

std::vector<std::vector<GridPoint>> LiveServiceTime::reachLines(int id) const
{
    std::vector<std::vector<GridPoint>> out;
    if (id < 0 || id >= int(mAdded.size()) || mAdded[std::size_t(id)].sources.empty())
        return out;
    const Added& a = mAdded[std::size_t(id)];
    for (const ReachedStretch& r :
         reachedStretches(*mNetwork, a.nodes, a.sources, mParameters.minutes)) {
        std::vector<GridPoint> line;
        for (const RoadNetwork::Point& p : stretchPoints(*mNetwork, r))
            line.push_back({p.x, p.y});
        out.push_back(std::move(line));
    }
    return out;
}

} // namespace wm
