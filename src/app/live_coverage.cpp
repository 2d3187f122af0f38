#include "app/live_coverage.h"

#include "analysis/coverage_check.h"
#include "app/map_canvas.h"
#include "app/map_document.h"
#include "render/geometry_path.h"

#include <QElapsedTimer>
#include <QPainter>

#include <cmath>

namespace wm {

namespace {
bool sameVerdicts(const QHash<int, LiveVerdict>& a, const QHash<int, LiveVerdict>& b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend() || other->pass != it->pass || other->gap != it->gap ||
            other->value != it->value)
            return false;
    }
    return true;
}
} // namespace

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

bool LiveCoverage::build(qint64 skipFid)
{
    mLive.reset();
    // Villages left in their database are counted by the check alone: a live count of
    // what is not in memory would read as "no village".
    const LoadedLayer* villages =
        mDocument->project().layer(mRule.value(QStringLiteral("villages")).toString());
    if (villages && villages->isRemote())
        return false;
    try {
        mLive = makeLiveCoverage(mDocument->projectForChecks(), mCheck->units, mRule, skipFid,
                                 &mNetworks);
        return true;
    } catch (const std::exception&) {
        // A rule the check could run but the edited layers no longer fit (a field gone):
        // no live state; the next run of the check reports it.
        return false;
    }
}

void LiveCoverage::updateVerdict(int unit)
{
    const UnitVerdict& checked =
        mCheck->results[std::size_t(mRuleIndex)].verdicts[std::size_t(unit)];
    const UnitVerdict now = mLive->verdict(unit);
    const bool same = now.applicable == checked.applicable && now.pass == checked.pass &&
                      now.gap == checked.gap &&
                      (std::isnan(now.value) ? std::isnan(checked.value)
                                             : std::abs(checked.value - now.value) < 1e-12);
    if (same || !now.applicable)
        mVerdicts.remove(unit);
    else
        mVerdicts.insert(unit, {now.value, now.pass, now.gap});
}

void LiveCoverage::updateAllVerdicts()
{
    mVerdicts.clear();
    for (int u = 0; u < mCheck->units.size(); ++u)
        updateVerdict(u);
    Q_EMIT verdictsChanged(mCheck.get(), mRule.value(QStringLiteral("id")).toString(), mVerdicts);
}

bool LiveCoverage::move(const QString& layerId, qint64 fid, double x, double y)
{
    if (!followsLayer(layerId))
        return false;
    mAt = QPointF(x, y);
    if (!mLive || mFid != fid) {
        mFacility = -1;
        if (!build(fid) || !mLive->leftOut()) {
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
    const std::vector<int> changed = mLive->moveFacility(mFacility, x, y);
    mState.unit = mLive->unitAt(x, y);
    mState.required = mLive->minShare();
    mState.pass = false;
    if (mState.unit >= 0) {
        mState.stats = mLive->stats(mState.unit);
        mState.unitName = mCheck->units.unit(mState.unit).displayName();
        mState.pass = mLive->verdict(mState.unit).pass;
    }
    QHash<int, LiveVerdict> before = mVerdicts;
    for (int unit : changed)
        updateVerdict(unit);
    mState.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    if (!changed.empty() && !sameVerdicts(before, mVerdicts))
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
    if (!followsLayer(layerId) || mFid != 0 || !build(0))
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
    return tr("%1: %2 of %3 villages within %4 (%5 beyond) — %6")
        .arg(mState.unitName)
        .arg(mState.stats.covered)
        .arg(mState.stats.villages)
        .arg(mLive->reachText())
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
        if (const UnitSet* polygons = mCheck->units.polygons();
            polygons && polygons->geometry(mState.unit)) {
            painter.setPen(QPen(verdict, 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(pixelPolygonPath(polygons->layer()->view(mState.unit),
                                              canvas.settings().worldToPixel(), 1.0));
        }
    // What the dragged facility reaches: its radius, or the roads within the time.
    const QPointF centre = canvas.toPixel(mAt);
    if (const double radius = mLive->reachRadiusMetres(); radius > 0) {
        const double r = radius / canvas.worldPerPixel();
        painter.setPen(QPen(verdict, 2));
        painter.setBrush(QColor(verdict.red(), verdict.green(), verdict.blue(), 35));
        painter.drawEllipse(centre, r, r);
    } else {
        painter.setPen(QPen(QColor(verdict.red(), verdict.green(), verdict.blue(), 200), 3,
                            Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const std::vector<GridPoint>& line : mLive->reachLines(mFacility)) {
            QPolygonF pixels;
            for (const GridPoint& p : line)
                pixels << canvas.toPixel(QPointF(p.x, p.y));
            painter.drawPolyline(pixels);
        }
        painter.setBrush(verdict);
        painter.drawEllipse(centre, 5, 5);
    }
    if (mState.unit < 0)
        return;
    painter.setPen(QPen(QColor(210, 40, 40), 1.5));
    painter.setBrush(Qt::NoBrush);
    for (int v : mLive->uncoveredIn(mState.unit)) {
        const GridPoint village = mLive->village(v);
        const QPointF p = canvas.toPixel(QPointF(village.x, village.y));
        painter.drawLine(p - QPointF(3, 3), p + QPointF(3, 3));
        painter.drawLine(p - QPointF(3, -3), p + QPointF(3, -3));
    }
}

} // namespace wm
