#pragma once

#include "analysis/live_radius_coverage.h"
#include "analysis/unit_set.h"
#include "app/canvas_tool.h"

#include <QJsonObject>
#include <QPointF>

#include <memory>

namespace wm {

class MapDocument;

/// Live coverage while a proposed facility is dragged: the service-radius rule that reads
/// the dragged layer is re-evaluated incrementally for the unit under the facility (through
/// LiveRadiusCoverage's grid, microseconds per move instead of a full check), and the map
/// shows the radius, the unit's villages beyond it and whether the unit now passes.
class LiveCoverage : public CanvasTool {
    Q_OBJECT
public:
    explicit LiveCoverage(MapDocument* document, QObject* parent = nullptr);

    /// The rule to follow (a service-radius rule's JSON); an empty object turns it off.
    void setRule(const QJsonObject& rule);
    bool followsLayer(const QString& layerId) const;

    /// A feature of `layerId` (fid) is at (x, y): builds the state on the first call of a
    /// drag, then moves the facility. Returns false when no rule reads this layer.
    bool move(const QString& layerId, qint64 fid, double x, double y);
    void finish();

    /// The last update, for the status bar and tests.
    struct State {
        int unit = -1;
        QString unitName;
        LiveUnitStats stats;
        double required = 1;
        bool pass = false;
        double milliseconds = 0; ///< the last incremental update
    };
    const State& state() const { return mState; }
    QString statusText() const;

    void paint(MapCanvas& canvas, QPainter& painter) override;

Q_SIGNALS:
    void updated();

private:
    bool build(const QString& layerId, qint64 fid);

    MapDocument* mDocument;
    QJsonObject mRule;
    std::unique_ptr<LiveRadiusCoverage> mLive;
    std::unique_ptr<UnitSet> mUnits;
    std::vector<QPointF> mVillages; ///< demand positions (world)
    int mFacility = -1;             ///< the dragged facility's id in mLive
    qint64 mFid = 0;
    QPointF mAt;
    State mState;
};

} // namespace wm
