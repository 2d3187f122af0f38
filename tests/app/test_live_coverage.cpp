// The window's live coverage follows a service-time rule as it follows a radius: on the
// demo, dragging a health centre with the road rule shown moves it along the SYNTHETIC
// roads, names the county under it, draws the roads it reaches in the verdict colour and
// announces the counties whose verdict now differs from the check's, each equal to what a
// LiveServiceTime computed directly says.

#include "analysis/coverage_check.h"
#include "analysis/live_service_time.h"
#include "app/live_coverage.h"
#include "app/map_canvas.h"
#include "app_test_support.h"
#include "core/layer.h"
#include "support/test_support.h"

#include <QDir>
#include <QJsonArray>
#include <QPainter>
#include <QSignalSpy>
#include <QtTest>

using namespace wm;

namespace {

QJsonObject demoRule(const QString& kind)
{
    const RulesFile rules = RulesFile::load(QStringLiteral(WORKSMAP_DEMO_DIR "/rules.json"));
    for (const QJsonValue& r : rules.toJson().value(QStringLiteral("rules")).toArray())
        if (r.toObject().value(QStringLiteral("kind")).toString() == kind)
            return r.toObject();
    return {};
}

} // namespace

class TestLiveCoverage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void draggingAHealthCentreFollowsTheRoadRule()
    {
        const RoleRegistry& roles = test::shippedRoles();
        auto doc = apptest::demoDocument(roles);
        const QJsonObject rule = demoRule(QStringLiteral("service-time"));
        QVERIFY(!rule.isEmpty());
        QJsonObject file =
            RulesFile::load(QStringLiteral(WORKSMAP_DEMO_DIR "/rules.json")).toJson();
        file[QStringLiteral("rules")] = QJsonArray{rule};
        const auto check = std::make_shared<const CoverageCheck>(CoverageCheck::run(
            doc->projectForChecks(), RulesFile::fromJson(file, QStringLiteral("rules.json")),
            QStringLiteral("county")));

        LiveCoverage live(doc.get());
        live.setRule(rule, check);
        QVERIFY(live.followsLayer(QStringLiteral("facilities")));
        QSignalSpy updates(&live, &LiveCoverage::updated);

        // The first health centre, dragged onto a village the check found beyond 15 minutes
        // but reachable by road: that village's county gains it, so its value differs.
        const Layer& facilities = *doc->project().layer(QStringLiteral("facilities"))->data;
        const std::vector<std::uint8_t> centres =
            FeatureFilter::parse(rule.value(QStringLiteral("filter")).toString())
                .matchAll(facilities);
        qsizetype centre = -1;
        for (qsizetype i = 0; i < facilities.featureCount() && centre < 0; ++i)
            if (centres[std::size_t(i)])
                centre = i;
        QVERIFY(centre >= 0);
        const qint64 fid = facilities.fid(centre);
        const RuleResult& checked = check->results[0];
        const Layer& villages = *doc->project().layer(QStringLiteral("villages"))->data;
        double x = 0, y = 0;
        bool found = false;
        for (std::size_t k = 0; k < checked.failingFeatures.size() && !found; ++k)
            found = checked.failingFeatureUnits[k] >= 0 &&
                    std::isfinite(checked.failingValues[k]) &&
                    villages.point(checked.failingFeatures[k], x, y);
        QVERIFY(found);
        QVERIFY(live.move(QStringLiteral("facilities"), fid, x + 300, y));
        QVERIFY(live.move(QStringLiteral("facilities"), fid, x, y));

        // The same state computed directly.
        LiveServiceTime direct(doc->projectForChecks(), check->units, rule, fid);
        const int id = direct.addFacility(x, y);
        const int unit = direct.unitAt(x, y);
        QVERIFY(unit >= 0);
        QCOMPARE(live.state().unit, unit);
        QCOMPARE(live.state().stats.covered, direct.stats(unit).covered);
        QCOMPARE(live.state().stats.villages, direct.stats(unit).villages);
        QCOMPARE(live.state().pass, direct.verdict(unit).pass);
        QVERIFY(live.statusText().contains(QStringLiteral("within 15 min")));
        // Every announced verdict is the direct one, and differs from the check's.
        QCOMPARE(updates.count(), 2);
        QVERIFY(!live.verdicts().isEmpty());
        for (auto it = live.verdicts().cbegin(); it != live.verdicts().cend(); ++it) {
            const UnitVerdict d = direct.verdict(it.key());
            QCOMPARE(it->pass, d.pass);
            QCOMPARE(it->gap, d.gap);
            const UnitVerdict& checked = check->results[0].verdicts[std::size_t(it.key())];
            QVERIFY(it->gap != checked.gap || it->pass != checked.pass ||
                    std::abs(it->value - checked.value) > 1e-12);
        }

        // The overlay: the roads reached, in the verdict's colour, no radius circle.
        MapCanvas canvas(doc.get());
        canvas.resize(900, 700);
        const double half = 20000;
        canvas.setExtent(Extent::of(x - half, y - half, x + half, y + half));
        QImage image(canvas.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        live.paint(canvas, painter);
        painter.end();
        if (qEnvironmentVariableIsSet("WORKSMAP_KEEP_IMAGES"))
            image.save(QDir::temp().filePath(QStringLiteral("live_coverage_by_road.png")));
        const QColor verdict = live.state().pass ? QColor(30, 150, 70) : QColor(210, 40, 40);
        int coloured = 0;
        for (int py = 0; py < image.height(); ++py)
            for (int px = 0; px < image.width(); ++px) {
                const QColor c = image.pixelColor(px, py);
                coloured += std::abs(c.red() - verdict.red()) < 40 &&
                                    std::abs(c.green() - verdict.green()) < 40 &&
                                    std::abs(c.blue() - verdict.blue()) < 40
                                ? 1
                                : 0;
            }
        QVERIFY(!direct.reachLines(id).empty());
        QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));

        live.finish();
        QCOMPARE(live.state().unit, -1);
    }
};

QTEST_MAIN(TestLiveCoverage)
#include "test_live_coverage.moc"
