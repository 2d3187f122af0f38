#include "app/live_coverage.h"

#include "analysis/coverage_check.h"
#include "analysis/feature_filter.h"
#include "app/map_canvas.h"
#include "app/map_document.h"
#include "core/error.h"
#include "render/geometry_path.h"

#include <QElapsedTimer>
#include <QPainter>

#include <cmath>

namespace wm {

LiveCoverage::LiveCoverage(MapDocument* document, QObject* parent)
    : CanvasTool(parent), mDocument(document)
{
}

void LiveCoverage::setRule(const QJsonObject& rule, std::shared_ptr<const CoverageCheck> check)
{
    const bool on = !rule.isEmpty() && check;
    mRule = on ? rule : QJsonObject();
    mCheck = on ? std::move(check) : nullptr;
    mRuleIndex = mCheck ? mCheck->indexOfRule(mRule.value(QStringLiteral("id")).toString()) : -1;
    if (mRuleIndex < 0) {
        mRule = {};
        mCheck.reset();
    }
    mVerdicts.clear();
    finish();
    mLive.reset();
}

bool LiveCoverage::followsLayer(const QString& layerId) const
{
    return mCheck && mRule.value(QStringLiteral("facilities")).toString() == layerId;
}

bool LiveCoverage::build(const QString& layerId, qint64 skipFid)
{
    mLive.reset();
    const LoadedProject project = mDocument->projectForChecks();
    const LoadedLayer* villages = project.layer(mRule.value(QStringLiteral("villages")).toString());
    const LoadedLayer* facilities = project.layer(layerId);
    if (!villages || !villages->isAvailable() || !facilities || !facilities->isAvailable())
        return false;
    try {
        // The units and village assignment the check used, so unit i is row i of its table.
        const CheckUnits& units = mCheck->units;
        const std::vector<int> unitOf =
            units.unitOf(*villages->data, mRule.value(QStringLiteral("codeField")).toString(), {});
        std::vector<LiveDemandPoint> demand;
        mVillages.clear();
        mVillageUnit.clear();
        mUnplaced.assign(std::size_t(units.size()), 0);
        GEOSContextHandle_t ctx = geosContext();
        for (qsizetype i = 0; i < villages->data->featureCount(); ++i) {
            const int unit = unitOf[std::size_t(i)];
            const GEOSGeometry* g = villages->data->geometry(i);
            double x = 0, y = 0;
            if (!g || GEOSGeomTypeId_r(ctx, g) != GEOS_POINT || !GEOSGeomGetX_r(ctx, g, &x) ||
                !GEOSGeomGetY_r(ctx, g, &y)) {
                // The check counts a village it cannot place as beyond every radius.
                if (unit >= 0)
                    ++mUnplaced[std::size_t(unit)];
                continue;
            }
            demand.push_back({x, y, unit});
            mVillages.emplace_back(x, y);
            mVillageUnit.push_back(unit);
        }
        const FeatureFilter filter =
            FeatureFilter::parse(mRule.value(QStringLiteral("filter")).toString());
        std::vector<LiveFacilityPoint> sites;
        const Layer& f = *facilities->data;
        for (qsizetype i = 0; i < f.featureCount(); ++i) {
            if (!f.geometry(i) || !filter.matches(f, i))
                continue;
            if (f.fid(i) == skipFid) {
                mFacility = 0; // found: it is one of the rule's facilities
                continue;
            }
            double x = 0, y = 0;
            if (GEOSGeomGetX_r(ctx, f.geometry(i), &x) && GEOSGeomGetY_r(ctx, f.geometry(i), &y))
                sites.push_back({x, y});
        }
        const double radius = mRule.value(QStringLiteral("radiusKm")).toDouble(3) * 1000;
        mLive = std::make_unique<LiveRadiusCoverage>(demand, units.size(), sites, radius);
        return true;
    } catch (const std::exception&) {
        // A rule the check could run but the edited layers no longer fit (a field gone):
        // no live state; the next run of the check reports it.
        mLive.reset();
        return false;
    }
}

LiveUnitStats LiveCoverage::statsOf(int unit) const
{
    LiveUnitStats s = mLive->unitStats(unit);
    s.villages += mUnplaced[std::size_t(unit)];
    return s;
}

void LiveCoverage::updateVerdict(int unit)
{
    const UnitVerdict& checked =
        mCheck->results[std::size_t(mRuleIndex)].verdicts[std::size_t(unit)];
    const LiveUnitStats s = statsOf(unit);
    if (s.villages == 0) {
        mVerdicts.remove(unit);
        return;
    }
    const double required = mRule.value(QStringLiteral("minShare")).toDouble(1.0);
    LiveVerdict v;
    v.value = s.share();
    v.pass = v.value + 1e-12 >= required;
    if (!v.pass)
        v.gap = QStringLiteral("%1 villages beyond %2 km")
                    .arg(s.villages - s.covered)
                    .arg(formatAmount(mLive->radius() / 1000));
    if (checked.applicable && std::abs(checked.value - v.value) < 1e-12)
        mVerdicts.remove(unit);
    else
        mVerdicts.insert(unit, v);
}

void LiveCoverage::updateAllVerdicts()
{
    mVerdicts.clear();
    for (int u = 0; u < mCheck->units.size(); ++u)
        updateVerdict(u);
    Q_EMIT verdictsChanged(mCheck.get(), mRule.value(QStringLiteral("id")).toString(), mVerdicts);
}

int LiveCoverage::unitAt(double x, double y) const
{
    if (const UnitSet* polygons = mCheck->units.polygons())
        return polygons->unitAt(x, y);
    int best = -1;
    double bestDistance = INFINITY;
    for (std::size_t i = 0; i < mVillages.size(); ++i) {
        const double d = std::hypot(mVillages[i].x() - x, mVillages[i].y() - y);
        if (mVillageUnit[i] >= 0 && d < bestDistance) {
            bestDistance = d;
            best = mVillageUnit[i];
        }
    }
    return best;
}

bool LiveCoverage::move(const QString& layerId, qint64 fid, double x, double y)
{
    if (!followsLayer(layerId))
        return false;
    mAt = QPointF(x, y);
    if (!mLive || mFid != fid) {
        mFacility = -1;
        if (!build(layerId, fid) || mFacility < 0) {
            // Not one of the rule's facilities (another kind): nothing to follow.
            mLive.reset();
            mFid = 0;
            return false;
        }
        mFacility = mLive->addFacility(x, y);
        mFid = fid;
        // Verdicts from the layer without this facility's old place: any unit can differ.
        updateAllVerdicts();
    }
    QElapsedTimer timer;
    timer.start();
    const LiveCoverageChange change = mLive->moveFacility(mFacility, x, y);
    mState.unit = unitAt(x, y);
    if (mState.unit >= 0) {
        mState.stats = statsOf(mState.unit);
        mState.unitName = mCheck->units.unit(mState.unit).displayName();
    }
    mState.required = mRule.value(QStringLiteral("minShare")).toDouble(1.0);
    mState.pass = mState.unit >= 0 && mState.stats.share() + 1e-12 >= mState.required;
    for (int unit : change.units)
        updateVerdict(unit);
    mState.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    if (!change.units.empty())
        Q_EMIT verdictsChanged(mCheck.get(), mRule.value(QStringLiteral("id")).toString(),
                               mVerdicts);
    Q_EMIT updated();
    return true;
}

void LiveCoverage::finish()
{
    mFid = 0;
    mFacility = -1;
    mState = {};
    Q_EMIT updated();
}

void LiveCoverage::refresh(const QString& layerId)
{
    if (!followsLayer(layerId) || mFid != 0 || !build(layerId, 0))
        return;
    // A whole pass over the units: an edit may have changed any of them (a delete, an undo
    // of many), and this runs once per edit, not per mouse move.
    updateAllVerdicts();
    mLive.reset();
}

QString LiveCoverage::statusText() const
{
    if (!mLive || mFid == 0 || mState.unit < 0)
        return {};
    return tr("%1: %2 of %3 villages within %4 km (%5 beyond) — %6")
        .arg(mState.unitName)
        .arg(mState.stats.covered)
        .arg(mState.stats.villages)
        .arg(mLive->radius() / 1000)
        .arg(mState.stats.villages - mState.stats.covered)
        .arg(mState.pass ? tr("passes") : tr("fails"));
}

void LiveCoverage::paint(MapCanvas& canvas, QPainter& painter)
{
    if (!mLive || mFid == 0)
        return;
    const QColor verdict = mState.pass ? QColor(30, 150, 70) : QColor(210, 40, 40);
    // The unit's outline in its verdict colour: it turns green the moment the rule is met.
    if (mState.unit >= 0)
        if (const UnitSet* polygons = mCheck->units.polygons()) {
            painter.setPen(QPen(verdict, 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(pixelPolygonPath(polygons->geometry(mState.unit),
                                              canvas.settings().worldToPixel(), 1.0));
        }
    // The service radius around the dragged facility.
    const QPointF centre = canvas.toPixel(mAt);
    const double r = mLive->radius() / canvas.worldPerPixel();
    painter.setPen(QPen(verdict, 2));
    painter.setBrush(QColor(verdict.red(), verdict.green(), verdict.blue(), 35));
    painter.drawEllipse(centre, r, r);
    if (mState.unit < 0)
        return;
    painter.setPen(QPen(QColor(210, 40, 40), 1.5));
    painter.setBrush(Qt::NoBrush);
    for (int v : mLive->uncoveredIn(mState.unit)) {
        const QPointF p = canvas.toPixel(mVillages[std::size_t(v)]);
        painter.drawLine(p - QPointF(3, 3), p + QPointF(3, 3));
        painter.drawLine(p - QPointF(3, -3), p + QPointF(3, -3));
    }
}

} // namespace wm
