// A password typed in the window reaches libpq (and so GDAL) for this run only, for the
// one server, database and user it was typed for; the user's own ~/.pgpass still counts.
// The test cluster asks members of worksmap_password_users for a password
// (scripts/pg-cluster.sh).
#include "io/pg_passwords.h"
#include "postgis/pg_fixture.h"

#include <QFile>

using namespace wm;
using namespace wm::test;

TEST_F(PostgisTest, APasswordTypedOnceOpensTheConnectionAndIsGoneAfterwards)
{
    admin().exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname "
                                "= 'worksmap_password_users') THEN CREATE ROLE "
                                "worksmap_password_users NOLOGIN; END IF; END $$"));
    const QString user = schema() + QStringLiteral("_pw");
    admin().exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'sesame' IN ROLE "
                                "worksmap_password_users")
                     .arg(user));
    const QString source = serverAs(user);
    const QByteArray before = qgetenv("PGPASSFILE");
    try {
        PgConnection c(source);
        FAIL() << "connected without a password";
    } catch (const PgError& e) {
        EXPECT_TRUE(PgPasswords::needsPassword(e.message())) << e.message().toStdString();
    }
    EXPECT_TRUE(PgPasswords::describe(source).startsWith(user + QStringLiteral("@127.0.0.1:")));
    {
        PgPasswords passwords;
        ASSERT_TRUE(passwords.add(source, QStringLiteral("wrong")));
        try {
            PgConnection c(source);
            FAIL() << "connected with a wrong password";
        } catch (const PgError& e) {
            EXPECT_TRUE(PgPasswords::needsPassword(e.message())) << e.message().toStdString();
        }
        // Typed again: the latest wins.
        ASSERT_TRUE(passwords.add(source, QStringLiteral("sesame")));
        PgConnection c(source);
        EXPECT_EQ(c.user(), user);
        // The file holds it for exactly this server, database and user, readable by the
        // user alone.
        QFile f(QString::fromLocal8Bit(qgetenv("PGPASSFILE")));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_TRUE(f.readAll().startsWith(QStringLiteral("127.0.0.1:%1:worksmap_test:%2:sesame\n")
                                               .arg(PgConnection::connInfo(source)
                                                        .section(QStringLiteral("port="), 1)
                                                        .section(' ', 0, 0),
                                                    user)
                                               .toUtf8()));
        EXPECT_EQ(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }
    // Gone with the object.
    EXPECT_EQ(qgetenv("PGPASSFILE"), before);
    try {
        PgConnection c(source);
        FAIL() << "the password outlived the run";
    } catch (const PgError& e) {
        EXPECT_TRUE(PgPasswords::needsPassword(e.message()));
    }
}
