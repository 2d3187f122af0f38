#include "app/live_coverage.h"

#include "analysis/feature_filter.h"
#include "analysis/measures.h"
#include "app/map_canvas.h"
#include "app/map_document.h"
#include "core/error.h"

#include <QElapsedTimer>
#include <QPainter>

namespace wm {

LiveCoverage::LiveCoverage(MapDocument* document, QObject* parent)
    : CanvasTool(parent), mDocument(document)
{
}

void LiveCoverage::setRule(const QJsonObject& rule)
{
    mRule = rule;
    finish();
}

bool LiveCoverage::followsLayer(const QString& layerId) const
{
    return !mRule.isEmpty() && mRule.value(QStringLiteral("facilities")).toString() == layerId;
}

bool LiveCoverage::build(const QString& layerId, qint64 fid)
{
    const LoadedProject project = mDocument->projectForChecks();
    const LoadedLayer* villages = project.layer(mRule.value(QStringLiteral("villages")).toString());
    const LoadedLayer* facilities = project.layer(layerId);
    const LoadedLayer* boundary = nullptr;
    for (const LoadedLayer& l : project.layers)
        if (l.entry.role == QLatin1String("boundary") && l.isAvailable()) {
            boundary = &l;
            break;
        }
    if (!villages || !villages->isAvailable() || !facilities || !facilities->isAvailable() ||
        !boundary)
        return false;
    try {
        mUnits = std::make_unique<UnitSet>(UnitSet::fromLoadedLayer(*boundary));
        const std::vector<int> unitOf = assignPointsToUnits(*mUnits, *villages->data);
        std::vector<LiveDemandPoint> demand;
        mVillages.clear();
        GEOSContextHandle_t ctx = geosContext();
        for (qsizetype i = 0; i < villages->data->featureCount(); ++i) {
            double x = 0, y = 0;
            const GEOSGeometry* g = villages->data->geometry(i);
            if (!g || GEOSGeomTypeId_r(ctx, g) != GEOS_POINT)
                continue;
            GEOSGeomGetX_r(ctx, g, &x);
            GEOSGeomGetY_r(ctx, g, &y);
            demand.push_back({x, y, unitOf[std::size_t(i)]});
            mVillages.emplace_back(x, y);
        }
        const FeatureFilter filter =
            FeatureFilter::parse(mRule.value(QStringLiteral("filter")).toString());
        std::vector<LiveFacilityPoint> sites;
        const Layer& f = *facilities->data;
        for (qsizetype i = 0; i < f.featureCount(); ++i) {
            // The dragged feature joins below, whatever its filter says: it is what moves.
            if (f.fid(i) == fid || !f.geometry(i) || !filter.matches(f, i))
                continue;
            double x = 0, y = 0;
            GEOSGeomGetX_r(ctx, f.geometry(i), &x);
            GEOSGeomGetY_r(ctx, f.geometry(i), &y);
            sites.push_back({x, y});
        }
        const double radius = mRule.value(QStringLiteral("radiusKm")).toDouble(0) * 1000;
        mLive = std::make_unique<LiveRadiusCoverage>(demand, mUnits->size(), sites, radius);
        mFacility = mLive->addFacility(mAt.x(), mAt.y());
        mFid = fid;
        return true;
    } catch (const std::exception&) {
        mLive.reset();
        return false;
    }
}

bool LiveCoverage::move(const QString& layerId, qint64 fid, double x, double y)
{
    if (!followsLayer(layerId))
        return false;
    mAt = QPointF(x, y);
    if ((!mLive || mFid != fid) && !build(layerId, fid))
        return false;
    QElapsedTimer timer;
    timer.start();
    mLive->moveFacility(mFacility, x, y);
    mState.unit = mUnits->unitAt(x, y);
    if (mState.unit >= 0) {
        mState.stats = mLive->unitStats(mState.unit);
        const Unit& u = mUnits->unit(mState.unit);
        mState.unitName = u.displayName();
    }
    mState.required = mRule.value(QStringLiteral("minShare")).toDouble(1.0);
    mState.pass = mState.unit >= 0 && mState.stats.share() + 1e-12 >= mState.required;
    mState.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    Q_EMIT updated();
    return true;
}

void LiveCoverage::finish()
{
    mLive.reset();
    mFid = 0;
    mState = {};
}

QString LiveCoverage::statusText() const
{
    if (!mLive || mState.unit < 0)
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
    if (!mLive)
        return;
    const QColor verdict = mState.pass ? QColor(30, 150, 70) : QColor(210, 40, 40);
    // The service radius around the dragged facility, in the unit's verdict colour.
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
