// Tables too large to read whole are left in PostGIS and drawn by the view: the map reads
// only the features in (and around) the extent it shows, through the GiST index, and draws
// exactly what the same table read whole draws.
#include "core/project.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/project_loader.h"
#include "postgis/pg_fixture.h"
#include "render/map_renderer.h"
#include "render/project_styles.h"
#include "support/test_support.h"

#include <QImage>

using namespace wm;
using namespace wm::test;

namespace {

QImage draw(const LoadedProject& p, const RoleRegistry& roles, const Extent& extent)
{
    MapSettings s;
    s.extent = extent;
    s.size = QSize(800, 600);
    return MapRenderer(s, renderLayers(p, loadProjectStyles(p, roles))).renderImage();
}

/// Features of `layer` whose point lies in `e`.
qsizetype pointsIn(const Layer& layer, const Extent& e)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < layer.featureCount(); ++i) {
        double x = 0, y = 0;
        if (layer.point(i, x, y) && x >= e.xMin && x <= e.xMax && y >= e.yMin && y <= e.yMax)
            ++n;
    }
    return n;
}

} // namespace

TEST_F(PostgisTest, ALargeTableIsReadByTheViewAndDrawnAsWhenReadWhole)
{
    QTemporaryDir demoDir;
    const QString shared = publish(copyDemo(demoDir));
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    const LoadedProject whole = ProjectLoader(roles).load(Project::load(shared));
    ProjectLoader leaving(roles);
    leaving.setLeaveInDatabaseAbove(5000);
    const LoadedProject byView = leaving.load(Project::load(shared));
    const LoadedLayer* remote = byView.layer(QStringLiteral("villages"));
    ASSERT_TRUE(remote && remote->isRemote() && remote->remote->view);
    const Layer& all = *whole.layer(QStringLiteral("villages"))->data;

    // A view of one county's corner: the villages in it and its margin, not the 5,313.
    const Extent city = whole.extent;
    const Extent corner{city.xMin + city.width() * 0.4, city.yMin + city.height() * 0.4,
                        city.xMin + city.width() * 0.5, city.yMin + city.height() * 0.5};
    const auto read = remote->remote->view->featuresIn(corner);
    const Extent withMargin{corner.xMin - corner.width() / 2, corner.yMin - corner.height() / 2,
                            corner.xMax + corner.width() / 2, corner.yMax + corner.height() / 2};
    EXPECT_EQ(read->featureCount(), pointsIn(all, withMargin));
    EXPECT_GT(read->featureCount(), 10);
    EXPECT_LT(read->featureCount(), all.featureCount() / 5);
    // Panning within the margin reads nothing new.
    const Extent nudged{corner.xMin + corner.width() * 0.1, corner.yMin,
                        corner.xMax + corner.width() * 0.1, corner.yMax};
    EXPECT_EQ(remote->remote->view->featuresIn(nudged), read);

    // The map of the city and of the corner, pixel for pixel.
    for (const Extent& e : {city, corner}) {
        const QImage a = draw(whole, roles, e);
        const QImage b = draw(byView, roles, e);
        ASSERT_FALSE(a.isNull());
        EXPECT_EQ(a, b) << "extent " << e.xMin << " " << e.yMin;
        if (a != b && qEnvironmentVariableIsSet("WORKSMAP_ARTIFACTS")) {
            a.save(qEnvironmentVariable("WORKSMAP_ARTIFACTS") + QStringLiteral("/whole.png"));
            b.save(qEnvironmentVariable("WORKSMAP_ARTIFACTS") + QStringLiteral("/by_view.png"));
        }
    }
}
