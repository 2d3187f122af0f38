#pragma once

#include "analysis/live_facility_coverage.h"
#include "analysis/live_service_time.h"
#include "app/canvas_tool.h"
#include "app/coverage_results_model.h"

#include <QHash>
#include <QJsonObject>
#include <QPointF>

#include <memory>

namespace wm {

class MapDocument;
struct CoverageCheck;

/// Live coverage while planning: the service-radius or service-time rule shown in the
/// coverage panel is kept up to date as facilities of its layer are edited. While one is
/// dragged, each move is an incremental update (LiveFacilityCoverage: the rule's own
/// verdicts on an incremental count, instead of a full check; by road, only the dragged
/// facility's own search reruns); after each edit the state is rebuilt from the layer. The
/// map shows the radius or the roads reached in time, the unit's outline and its villages
/// beyond in the unit's verdict colour; the units whose verdict differs from the check's
/// are announced so the coverage table can show them.
class LiveCoverage : public CanvasTool {
    Q_OBJECT
public:
    explicit LiveCoverage(MapDocument* document, QObject* parent = nullptr);

    /// Follows `rule` (a service-radius or service-time rule's JSON) of `check`, whose units are
    /// the rows of the coverage table; an empty rule or null check turns it off.
    void setRule(const QJsonObject& rule, std::shared_ptr<const CoverageCheck> check);
    bool followsLayer(const QString& layerId) const;

    /// Feature `fid` of `layerId` is being dragged to (x, y): builds the state on the first
    /// call of a drag, then moves the facility. False when the rule does not read this
    /// layer or the feature is not one of the rule's facilities.
    bool move(const QString& layerId, qint64 fid, double x, double y);
    /// The drag ended; the overlay goes.
    void finish();
    /// `layerId` changed (an edit, undo or redo): rebuilds the verdicts from the layer.
    void refresh(const QString& layerId);

    /// The last update, for the status bar and tests.
    struct State {
        int unit = -1; ///< index in the check's units
        QString unitName;
        LiveUnitStats stats;
        double required = 1;
        bool pass = false;
        double milliseconds = 0; ///< the last incremental update
    };
    const State& state() const { return mState; }
    QString statusText() const;
    /// Units (check unit index) whose verdict now differs from the check's.
    const QHash<int, LiveVerdict>& verdicts() const { return mVerdicts; }

    void paint(MapCanvas& canvas, QPainter& painter) override;

Q_SIGNALS:
    void updated();
    /// The verdicts of `ruleId` of `check` that differ from it now (all of them, not a
    /// difference to the last signal).
    void verdictsChanged(const CoverageCheck* check, const QString& ruleId,
                         const QHash<int, LiveVerdict>& verdicts);

private:
    /// State from the document: every facility of the rule except `skipFid`.
    bool build(qint64 skipFid);
    /// Records unit `unit`'s verdict if it differs from the check's (else forgets it).
    void updateVerdict(int unit);
    /// Every unit's verdict again, announced.
    void updateAllVerdicts();

    MapDocument* mDocument;
    QJsonObject mRule;
    std::shared_ptr<const CoverageCheck> mCheck;
    int mRuleIndex = -1;
    std::unique_ptr<LiveFacilityCoverage> mLive;
    LiveNetworkCache mNetworks; ///< the road graph, kept from one drag to the next
    QHash<int, LiveVerdict> mVerdicts;
    int mFacility = -1; ///< the dragged facility's id in mLive
    qint64 mFid = 0;    ///< the dragged feature; 0 when nothing is dragged
    QPointF mAt;
    State mState;
};

} // namespace wm
