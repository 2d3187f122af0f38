#pragma once

#include "core/road_speeds.h"

#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace wm {

class Layer;

/// How a line layer becomes a road graph. Field names left empty are looked for under
/// their usual names (OSM exports, Chinese road data): see RoadNetwork::build.
struct RoadNetworkOptions {
    TravelMode mode = TravelMode::Drive;
    /// Ends closer than this (metres) to a node or to another road are joined to it.
    double snapMetres = 1.0;
    RoadSpeeds speeds;
    QString classField;  ///< road class / grade ("fclass", "highway", "等级" …)
    QString speedField;  ///< km/h per road, overriding the class when driving
    QString onewayField; ///< "oneway": F/T/B, yes/no/-1/1, true/false
    QString bridgeField, tunnelField, levelField; ///< "bridge", "tunnel", "layer"
};

/// What building the graph found, for the planner (roads that do not meet are the usual
/// reason a village is "unreachable").
struct RoadNetworkReport {
    qsizetype lines = 0; ///< features read
    qsizetype withoutGeometry = 0;
    qsizetype nodes = 0;
    qsizetype edges = 0;
    qsizetype crossingsSplit = 0; ///< roads crossing on one level, joined there
    qsizetype crossingsKept = 0;  ///< crossings of different levels (bridges, tunnels): not joined
    qsizetype snapped = 0;        ///< road ends moved onto a node or road within snapMetres
    qsizetype deadEnds = 0;       ///< nodes with one road (cul-de-sacs and ends that meet nothing)
    qsizetype closedEdges = 0;    ///< edges the mode may not use (motorways on foot)
    struct Component {
        qsizetype nodes = 0;
        double km = 0;
    };
    std::vector<Component> components; ///< largest first
    QStringList notes;
};

/// A routable graph made from a line layer in a metric CRS: lines split where they share a
/// vertex or cross on the same level (a bridge or tunnel crossing a road is not joined to
/// it; it meets the roads at its ends), ends snapped within a tolerance, one-way roads,
/// minutes per edge from speeds by class or a speed field. Places (villages, facilities)
/// join the graph at the nearest point of an open edge, with an access leg whose minutes
/// count in the travel time.
class RoadNetwork {
public:
    static constexpr double Unreachable = std::numeric_limits<double>::infinity();

    /// Throws wm::Error naming the layer when it holds no line.
    static RoadNetwork build(const Layer& roads, const RoadNetworkOptions& options);

    struct Edge {
        int from = -1;
        int to = -1;
        double metres = 0;
        double forwardMinutes = Unreachable;            ///< from → to; infinite: not allowed
        double backwardMinutes = Unreachable;           ///< to → from
        qsizetype line = -1;                            ///< feature of the road layer
        std::uint32_t firstVertex = 0, vertexCount = 0; ///< into vertices()
    };
    struct Point {
        double x = 0, y = 0;
    };
    int nodeCount() const { return int(mNodes.size()); }
    const Point& node(int i) const { return mNodes[std::size_t(i)]; }
    const std::vector<Edge>& edges() const { return mEdges; }
    /// The polyline of edge e, from its `from` node to its `to` node.
    std::vector<Point> edgeLine(int e) const;
    /// Connected component of node i (index into report().components).
    int componentOf(int node) const { return mComponent[std::size_t(node)]; }
    const RoadNetworkReport& report() const { return mReport; }
    TravelMode mode() const { return mMode; }

    /// Where a place joins the network: the nearest point of an edge open to the mode.
    struct Attachment {
        int edge = -1;       ///< -1: no open road within reach
        double fraction = 0; ///< along the edge from its `from` node, 0..1
        double metres = 0;   ///< the access leg, straight
        double accessMinutes = 0;
        double x = 0, y = 0; ///< the point on the edge
    };
    /// The attachment of (x, y), looked for within `maxMetres`.
    Attachment attach(double x, double y, double maxMetres = 5000) const;

    /// Minutes from the nearest of `sources` (their access legs counted) to every node,
    /// up to `limitMinutes` (beyond: Unreachable). Multi-source Dijkstra.
    std::vector<double> nodeMinutes(const std::vector<Attachment>& sources,
                                    double limitMinutes = Unreachable) const;
    /// Minutes from the nearest of nodes `sources` to every node, up to `limitMinutes`.
    std::vector<double> nodeMinutesFrom(const std::vector<int>& sources,
                                        double limitMinutes = Unreachable) const;
    std::vector<double> nodeMinutesFrom(int source, double limitMinutes = Unreachable) const
    {
        return nodeMinutesFrom(std::vector<int>{source}, limitMinutes);
    }
    /// Minutes to place `target` given nodeMinutes() of `sources` (the same sources: a
    /// source on the target's own edge may reach it without passing a node), its access leg
    /// counted. Unreachable when not attached or not reached.
    double minutesTo(const Attachment& target, const std::vector<double>& nodeMinutes,
                     const std::vector<Attachment>& sources) const;

private:
    std::vector<double> dijkstra(std::vector<double> start, double limitMinutes) const;
    void buildAdjacency();
    void buildEdgeIndex();

    TravelMode mMode = TravelMode::Drive;
    double mAccessKmh = 5;
    std::vector<Point> mNodes;
    std::vector<Edge> mEdges;
    std::vector<Point> mVertices;
    std::vector<int> mComponent;
    // Directed arcs in CSR form: arcs of node n are mArcBegin[n] .. mArcBegin[n + 1].
    std::vector<int> mArcBegin;
    std::vector<int> mArcTo;
    std::vector<double> mArcMinutes;
    // Edges by grid cell, for attach().
    double mCell = 200;
    double mOriginX = 0, mOriginY = 0;
    int mColumns = 0, mRows = 0;
    std::vector<int> mCellBegin;
    std::vector<int> mCellEdges;
    RoadNetworkReport mReport;
};

} // namespace wm
