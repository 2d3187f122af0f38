#pragma once

// Tests against the PostgreSQL/PostGIS server scripts/test.sh starts (a throw-away cluster
// on 127.0.0.1): WORKSMAP_TEST_PG holds its libpq connection string. Without it the tests
// are skipped, unless WORKSMAP_REQUIRE_PG=1 (set by scripts/test.sh), when they fail.

#include "core/loaded_project.h"
#include "io/pg_connection.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace wm::test {

class PostgisTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    /// The test server as a WorksMap source ("PG:host=… port=… user=worksmap dbname=…").
    static QString server();
    /// The same server as another login role (created by the test, trust authentication).
    static QString serverAs(const QString& role);
    /// A superuser connection.
    PgConnection& admin() { return *mAdmin; }
    /// A schema name of this test's own (dropped with its roles at the end).
    const QString& schema() const { return mSchema; }

    /// A project in a temporary folder: one facilities layer of `count` clinics in
    /// EPSG:4547, half in county 130522, half in 130523, capacity 10·i.
    QString writeSmallProject(int count = 6);
    LoadedProject load(const QString& projectPath);
    /// Publishes `projectPath` into schema() and returns the project copy's path.
    QString publish(const QString& projectPath, bool roles = false);

    QTemporaryDir mDir;

private:
    std::unique_ptr<PgConnection> mAdmin;
    QString mSchema;
};

} // namespace wm::test
