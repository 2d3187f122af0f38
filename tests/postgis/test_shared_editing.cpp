// Editing a published project from several sessions: optimistic concurrency (a feature
// changed by someone else is a conflict with both versions, never overwritten), a save
// interrupted by a lost connection that loses nothing, and ten writers at once without a
// lost update.
#include "core/edit_commands.h"
#include "core/project.h"
#include "io/edit_session.h"
#include "io/pg_edit_saver.h"
#include "io/project_loader.h"
#include "postgis/pg_fixture.h"
#include "support/test_support.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <atomic>
#include <map>
#include <mutex>
#include <thread>

using namespace wm;
using namespace wm::test;

namespace {

const Crs kCrs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));

/// An edit session on the shared project's facilities layer, as the window starts one.
struct Editor {
    Editor(const QString& sharedProject, const QString& source = {})
    {
        const Project p = Project::load(sharedProject);
        const LayerEntry& e = p.layers.front();
        layer = ProjectLoader(shippedRoles()).loadLayer(p, e, kCrs);
        if (!layer.data)
            throw Error(sharedProject, layer.problem);
        buffer = session.start(e.id, source.isEmpty() ? p.absoluteSource(e) : source, e.layerName,
                               layer.data);
    }
    int column(const char* name) const
    {
        return layer.data->attributes.indexOf(QString::fromLatin1(name));
    }
    void set(qint64 fid, const char* field, const QVariant& v)
    {
        session.push(
            new SetValuesCommand(buffer, fid, {{column(field), v}}, QStringLiteral("set")));
    }
    LoadedLayer layer;
    EditSession session;
    FeatureEditBuffer* buffer = nullptr;
};

} // namespace

class SharedEditing : public PostgisTest {
protected:
    QString row(int fid, const char* columns)
    {
        const PgResult r = admin().exec(
            QStringLiteral("SELECT concat_ws('|', %1) FROM %2.facilities WHERE fid = $1")
                .arg(QString::fromLatin1(columns), schema()),
            {fid});
        return r.rows() ? r.text(0, 0) : QStringLiteral("(none)");
    }
    qint64 count()
    {
        return admin()
            .exec(QStringLiteral("SELECT count(*) FROM %1.facilities").arg(schema()))
            .integer(0, 0);
    }
};

TEST_F(SharedEditing, TheSameFeatureChangedInTwoSessionsIsOneConflictWithBothVersions)
{
    const QString shared = publish(writeSmallProject(6));
    Editor a(shared), b(shared);
    a.set(2, "name", QStringLiteral("A's name"));
    a.session.save(kCrs);
    EXPECT_EQ(row(2, "name, capacity, version"), QStringLiteral("A's name|10|2"));

    b.set(2, "capacity", 999);
    try {
        b.session.save(kCrs);
        FAIL() << "B's save overwrote A's";
    } catch (const EditConflictError& e) {
        ASSERT_EQ(e.conflicts().size(), 1u);
        const EditConflict& c = e.conflicts().front();
        EXPECT_EQ(c.fid, 2);
        EXPECT_FALSE(c.theyDeleted);
        EXPECT_FALSE(c.iDeleted);
        EXPECT_EQ(c.theirVersion, 2);
        EXPECT_EQ(c.theirUser, QStringLiteral("worksmap"));
        EXPECT_EQ(c.theirs.values[b.column("name")].toString(), QStringLiteral("A's name"));
        EXPECT_EQ(c.theirs.values[b.column("capacity")].toInt(), 10);
        EXPECT_EQ(c.base.values[b.column("name")].toString(), QStringLiteral("Clinic 1"));
        EXPECT_EQ(c.mine.values[b.column("capacity")].toInt(), 999);
        EXPECT_EQ(c.changedColumns, QVector<int>{b.column("capacity")});
        EXPECT_TRUE(columnsBothChanged(c).isEmpty());
        ASSERT_TRUE(c.theirs.geometry);
        // Nothing of B's was written, and B still has its edit.
        EXPECT_EQ(row(2, "name, capacity, version"), QStringLiteral("A's name|10|2"));
        EXPECT_EQ(b.session.pending().modified, 1);

        const EditableFeature merged = mergedFeature(c);
        EXPECT_EQ(merged.values[b.column("name")].toString(), QStringLiteral("A's name"));
        EXPECT_EQ(merged.values[b.column("capacity")].toInt(), 999);
        b.session.resolve(c, &merged);
    }
    b.session.save(kCrs);
    EXPECT_EQ(row(2, "name, capacity, version"), QStringLiteral("A's name|999|3"));
    // The session knows the version it wrote: its next save goes through.
    EXPECT_EQ(b.buffer->find(2)->values[b.column("version")].toInt(), 3);
    b.set(2, "name", QStringLiteral("B's name"));
    b.session.save(kCrs);
    EXPECT_EQ(row(2, "name, capacity, version"), QStringLiteral("B's name|999|4"));
}

TEST_F(SharedEditing, AFeatureDeletedOnOneSideAndChangedOnTheOtherIsAConflictToo)
{
    const QString shared = publish(writeSmallProject(6));
    Editor a(shared), b(shared);
    a.session.push(new DeleteFeaturesCommand(a.buffer, {3}, QStringLiteral("delete")));
    a.set(4, "name", QStringLiteral("kept by A"));
    a.session.save(kCrs);
    ASSERT_EQ(count(), 5);

    b.set(3, "name", QStringLiteral("B wants it"));
    b.session.push(new DeleteFeaturesCommand(b.buffer, {4}, QStringLiteral("delete")));
    try {
        b.session.save(kCrs);
        FAIL() << "no conflict";
    } catch (const EditConflictError& e) {
        ASSERT_EQ(e.conflicts().size(), 2u);
        for (const EditConflict& c : e.conflicts()) {
            if (c.fid == 3) {
                EXPECT_TRUE(c.theyDeleted);
                EXPECT_FALSE(c.iDeleted);
                // Keeping B's: the feature comes back as a new one.
                const EditableFeature mine = mergedFeature(c);
                b.session.resolve(c, &mine);
            } else {
                EXPECT_EQ(c.fid, 4);
                EXPECT_TRUE(c.iDeleted);
                EXPECT_EQ(c.theirs.values[b.column("name")].toString(),
                          QStringLiteral("kept by A"));
                b.session.resolve(c, nullptr); // delete it anyway
            }
        }
    }
    EXPECT_EQ(count(), 5);
    b.session.save(kCrs);
    EXPECT_EQ(count(), 5);
    EXPECT_EQ(row(4, "name"), QStringLiteral("(none)"));
    EXPECT_EQ(admin()
                  .exec(QStringLiteral("SELECT count(*) FROM %1.facilities WHERE name = 'B wants "
                                       "it' AND fid > 6")
                            .arg(schema()))
                  .integer(0, 0),
              1);
}

TEST_F(SharedEditing, ALostConnectionMidSaveWritesNothingAndKeepsEveryEdit)
{
    const QString shared = publish(writeSmallProject(6));
    Editor e(shared);
    e.set(1, "capacity", 111);
    e.set(2, "capacity", 222);
    e.session.push(new AddFeatureCommand(
        e.buffer, {e.buffer->newFid(), e.buffer->feature(0).geometry, e.buffer->feature(0).values},
        QStringLiteral("add")));
    int killedAt = 0;
    e.session.setSharedSaveOptions({[&](int statement, int pid) {
        if (statement != 1)
            return;
        PgConnection killer(server());
        killer.exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {pid});
        killedAt = statement;
    }});
    try {
        e.session.save(kCrs);
        FAIL() << "saved through a terminated connection";
    } catch (const PgError& err) {
        EXPECT_TRUE(err.isConnectionLost()) << err.message().toStdString();
    }
    EXPECT_EQ(killedAt, 1);
    EXPECT_EQ(row(1, "capacity, version"), QStringLiteral("0|1"));
    EXPECT_EQ(row(2, "capacity, version"), QStringLiteral("10|1"));
    EXPECT_EQ(count(), 6);
    const EditSession::Pending p = e.session.pending();
    EXPECT_EQ(p.modified, 2);
    EXPECT_EQ(p.added, 1);

    e.session.setSharedSaveOptions({});
    e.session.save(kCrs);
    EXPECT_EQ(row(1, "capacity, version"), QStringLiteral("111|2"));
    EXPECT_EQ(row(2, "capacity, version"), QStringLiteral("222|2"));
    EXPECT_EQ(count(), 7);
    EXPECT_FALSE(e.session.hasChanges());
}

TEST_F(SharedEditing, TenConcurrentWritersLoseNoUpdate)
{
    constexpr int Features = 20, Writers = 10, EditsEach = 500;
    const QString shared = publish(writeSmallProject(Features));
    const QString table = schema() + QStringLiteral(".facilities");
    struct Accepted {
        qint64 version;
        int value;
    };
    std::mutex mutex;
    std::map<qint64, std::vector<Accepted>> accepted;
    std::atomic<int> conflicts{0}, failures{0};
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> writers;
    for (int w = 0; w < Writers; ++w)
        writers.emplace_back([&, w] {
            QRandomGenerator rng(quint32(1000 + w));
            QHash<qint64, qint64> known;       // the version this writer last saw
            PgConnection connection(server()); // each planner's window keeps one
            for (int i = 0; i < EditsEach; ++i) {
                const qint64 fid = 1 + rng.bounded(Features);
                const int value = w * 100000 + i;
                PgLayerEdits edits;
                edits.layerName = table;
                edits.fields = {{QStringLiteral("capacity"), FieldType::Integer, {}}};
                LayerChanges::Modified m;
                m.feature.fid = fid;
                m.feature.values = {value};
                m.changedColumns = {0};
                edits.changes.modified.push_back(m);
                edits.versions.insert(fid, known.value(fid, 1));
                try {
                    const auto saved = PgEditSaver::save(connection, kCrs, {edits}, {});
                    const qint64 version = saved[0].versions.value(fid);
                    known.insert(fid, version);
                    std::lock_guard lock(mutex);
                    accepted[fid].push_back({version, value});
                } catch (const EditConflictError& e) {
                    known.insert(fid, e.conflicts().front().theirVersion);
                    ++conflicts;
                } catch (const Error& e) {
                    ++failures;
                    ADD_FAILURE() << e.message().toStdString();
                }
            }
        });
    for (std::thread& t : writers)
        t.join();
    const double seconds = timer.elapsed() / 1000.0;
    int total = 0;
    for (const auto& [fid, list] : accepted)
        total += int(list.size());
    std::printf("ten writers: %d edits in %.2f s (%.0f edits/s), %d accepted, %d conflicts\n",
                Writers * EditsEach, seconds, Writers * EditsEach / seconds, total, int(conflicts));
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(total + conflicts, Writers * EditsEach);
    EXPECT_GT(conflicts, 0);

    // Replaying the accepted edits in version order gives the table: every accepted edit
    // got a version of its own (2, 3, … without a gap), so none was overwritten unseen.
    for (qint64 fid = 1; fid <= Features; ++fid) {
        std::vector<Accepted> list = accepted[fid];
        std::sort(list.begin(), list.end(),
                  [](const Accepted& a, const Accepted& b) { return a.version < b.version; });
        int expected = 10 * int(fid - 1);
        for (std::size_t k = 0; k < list.size(); ++k) {
            ASSERT_EQ(list[k].version, qint64(k) + 2) << "fid " << fid;
            expected = list[k].value;
        }
        EXPECT_EQ(row(int(fid), "capacity, version"),
                  QStringLiteral("%1|%2").arg(expected).arg(list.size() + 1))
            << "fid " << fid;
    }
}

TEST_F(SharedEditing, AnEmptyNumberFromAFormIsStoredAsNull)
{
    const QString shared = publish(writeSmallProject(3));
    Editor e(shared);
    e.set(2, "capacity", QStringLiteral(""));
    e.set(3, "capacity", QStringLiteral("  "));
    e.session.save(kCrs);
    EXPECT_EQ(row(2, "coalesce(capacity::text, 'NULL'), version"), QStringLiteral("NULL|2"));
    EXPECT_EQ(row(3, "coalesce(capacity::text, 'NULL'), version"), QStringLiteral("NULL|2"));
}
