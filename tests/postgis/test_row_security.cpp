// publish --roles: the database itself decides who may edit what. A county's planner
// changes only the rows of its county, even with SQL typed by hand; the city bureau edits
// all; a reader edits nothing. A save through WorksMap that the database refuses names the
// feature and its county, and writes nothing.
#include "core/edit_commands.h"
#include "core/project.h"
#include "io/edit_session.h"
#include "io/pg_edit_rights.h"
#include "io/postgis_publisher.h"
#include "io/project_loader.h"
#include "postgis/pg_fixture.h"
#include "support/test_support.h"

using namespace wm;
using namespace wm::test;

namespace {
const Crs kCrs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
}

class RowSecurity : public PostgisTest {
protected:
    void SetUp() override
    {
        PostgisTest::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        // Six clinics: fids 1, 3, 5 in county 130522, fids 2, 4, 6 in 130523.
        mShared = publish(writeSmallProject(6), true);
        const auto login = [&](const QString& name, const QString& group) {
            admin().exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2")
                             .arg(PgConnection::quoted(name), PgConnection::quoted(group)));
            return name;
        };
        mCounty = login(schema() + QStringLiteral("_u_county"),
                        PostgisPublisher::countyRole(schema(), QStringLiteral("130522")));
        mReader =
            login(schema() + QStringLiteral("_u_reader"), PostgisPublisher::readerRole(schema()));
        mCity = login(schema() + QStringLiteral("_u_city"), PostgisPublisher::cityRole(schema()));
    }

    QString table() const { return schema() + QStringLiteral(".facilities"); }
    QString name(int fid)
    {
        return admin()
            .exec(QStringLiteral("SELECT name FROM %1 WHERE fid = $1").arg(table()), {fid})
            .text(0, 0);
    }
    /// Runs `sql` as `role`: the rows it changed, or -1 when the server refused it for lack
    /// of a privilege or by a policy (SQLSTATE 42501).
    qint64 as(const QString& role, const QString& sql)
    {
        PgConnection c(serverAs(role));
        try {
            return c.exec(sql.arg(table())).affected();
        } catch (const PgError& e) {
            EXPECT_TRUE(e.isPermissionDenied()) << e.message().toStdString();
            return -1;
        }
    }

    QString mShared, mCounty, mReader, mCity;
};

TEST_F(RowSecurity, ACountyChangesOnlyItsOwnRowsEvenWithHandWrittenSql)
{
    // Its own rows: yes.
    EXPECT_EQ(as(mCounty, QStringLiteral("UPDATE %1 SET name = 'own' WHERE fid = 1")), 1);
    EXPECT_EQ(name(1), QStringLiteral("own"));
    // Another county's rows are not there for it to update or delete…
    EXPECT_EQ(as(mCounty, QStringLiteral("UPDATE %1 SET name = 'taken' WHERE fid = 2")), 0);
    EXPECT_EQ(as(mCounty, QStringLiteral("DELETE FROM %1 WHERE fid = 4")), 0);
    EXPECT_EQ(as(mCounty, QStringLiteral("UPDATE %1 SET name = 'all'")), 3);
    EXPECT_EQ(name(2), QStringLiteral("Clinic 1"));
    EXPECT_EQ(name(4), QStringLiteral("Clinic 3"));
    // …it cannot add one to another county, nor hand one of its own over.
    EXPECT_EQ(as(mCounty, QStringLiteral("INSERT INTO %1 (kind, county_code) VALUES ('clinic', "
                                         "'130523')")),
              -1);
    EXPECT_EQ(as(mCounty, QStringLiteral("UPDATE %1 SET county_code = '130523' WHERE fid = 1")),
              -1);
    EXPECT_EQ(as(mCounty, QStringLiteral("INSERT INTO %1 (kind, county_code) VALUES ('clinic', "
                                         "'130522')")),
              1);
    // It still reads every county's features.
    EXPECT_EQ(PgConnection(serverAs(mCounty))
                  .exec(QStringLiteral("SELECT count(*) FROM %1").arg(table()))
                  .integer(0, 0),
              7);
    // Nor can it switch the policies off.
    EXPECT_EQ(as(mCounty, QStringLiteral("ALTER TABLE %1 DISABLE ROW LEVEL SECURITY")), -1);
}

TEST_F(RowSecurity, TheCityEditsAllAndAReaderNothing)
{
    EXPECT_EQ(as(mReader, QStringLiteral("UPDATE %1 SET name = 'r'")), -1);
    EXPECT_EQ(as(mReader, QStringLiteral("DELETE FROM %1")), -1);
    EXPECT_EQ(PgConnection(serverAs(mReader))
                  .exec(QStringLiteral("SELECT count(*) FROM %1").arg(table()))
                  .integer(0, 0),
              6);
    EXPECT_EQ(as(mCity, QStringLiteral("UPDATE %1 SET name = 'city'")), 6);
    EXPECT_EQ(as(mCity, QStringLiteral("UPDATE %1 SET county_code = '130523' WHERE fid = 1")), 1);
}

TEST_F(RowSecurity, ASaveTheDatabaseRefusesNamesTheFeatureAndWritesNothing)
{
    const Project p = Project::load(mShared);
    const LayerEntry& e = p.layers.front();
    LoadedLayer layer = ProjectLoader(shippedRoles()).loadLayer(p, e, kCrs);
    ASSERT_TRUE(layer.data) << layer.problem.toStdString();
    EditSession session;
    FeatureEditBuffer* b = session.start(e.id, serverAs(mCounty), e.layerName, layer.data);
    const int nameColumn = layer.data->attributes.indexOf(QStringLiteral("name"));
    session.push(new SetValuesCommand(b, 1, {{nameColumn, QStringLiteral("mine")}}, "x"));
    session.push(new SetValuesCommand(b, 2, {{nameColumn, QStringLiteral("theirs")}}, "x"));
    try {
        session.save(kCrs);
        FAIL() << "saved another county's feature";
    } catch (const PgError& err) {
        EXPECT_TRUE(err.isPermissionDenied());
        EXPECT_TRUE(err.message().contains(QLatin1String("feature 2 belongs to county 130523")))
            << err.message().toStdString();
    }
    EXPECT_EQ(name(1), QStringLiteral("Clinic 0"));
    EXPECT_EQ(session.pending().modified, 2);
    // Without the other county's feature the save goes through.
    session.undoStack()->undo();
    session.save(kCrs);
    EXPECT_EQ(name(1), QStringLiteral("mine"));
}

TEST_F(RowSecurity, TheEditorKnowsWhatEachRoleMayEditBeforeSaving)
{
    const auto rights = [&](const QString& role) {
        PgConnection c(role.isEmpty() ? server() : serverAs(role));
        return PgEditRights::of(c, table());
    };
    const PgEditRights county = rights(mCounty);
    EXPECT_TRUE(county.versioned);
    EXPECT_TRUE(county.canEdit);
    EXPECT_FALSE(county.allCounties);
    EXPECT_EQ(county.counties, QStringList{QStringLiteral("130522")});
    EXPECT_TRUE(county.allows(QStringLiteral("130522")));
    EXPECT_FALSE(county.allows(QStringLiteral("130523")));
    const PgEditRights reader = rights(mReader);
    EXPECT_FALSE(reader.canEdit);
    EXPECT_FALSE(reader.allows(QStringLiteral("130522")));
    const PgEditRights city = rights(mCity);
    EXPECT_TRUE(city.canEdit);
    EXPECT_TRUE(city.allCounties);
    const PgEditRights owner = rights({});
    EXPECT_TRUE(owner.allCounties);
    EXPECT_TRUE(owner.allows(QStringLiteral("130523")));
}
