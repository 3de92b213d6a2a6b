#include "support/testdatabase.h"

#include "store/entityschema.h"
#include "store/metastore.h"
#include "store/migrations.h"

#include <QTest>

using namespace parasol;

// Schema creation and migration from empty to latest, on SQLite and (in the
// _postgresql variant) PostgreSQL.
class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesEmptyToLatest();
    void everyReplicatedColumnExists();
    void migratingTwiceChangesNothing();
    void refusesASchemaNewerThanTheProgram();
};

void TestMigrations::migratesEmptyToLatest()
{
    test::TestDatabase testDb;
    auto db = Database::open(testDb.url());
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QCOMPARE(*Migrations::currentVersion(**db), 0);
    QVERIFY(Migrations::migrate(**db));
    QCOMPARE(*Migrations::currentVersion(**db), Migrations::latestVersion());
    QCOMPARE((*db)->dialectName(), test::TestDatabase::postgres() ? u"postgresql"_qs : u"sqlite"_qs);
}

void TestMigrations::everyReplicatedColumnExists()
{
    test::TestDatabase testDb;
    auto db = testDb.openMigrated();
    for (const EntityDescriptor &entity : EntitySchema::all()) {
        auto probe = db->exec(QStringLiteral("SELECT %1, row_version FROM %2 WHERE 1 = 0")
                                  .arg(entity.columnNames().join(QStringLiteral(", ")), entity.table));
        QVERIFY2(probe, qPrintable(entity.entity + QStringLiteral(": ") + (probe ? QString() : probe.error().message)));
    }
}

void TestMigrations::migratingTwiceChangesNothing()
{
    test::TestDatabase testDb;
    auto db = testDb.openMigrated();
    const QString generation = *MetaStore::generation(*db);
    QVERIFY(!generation.isEmpty());
    QVERIFY(Migrations::migrate(*db));
    QCOMPARE(*MetaStore::generation(*db), generation);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version"))->toInt(), Migrations::latestVersion());
}

void TestMigrations::refusesASchemaNewerThanTheProgram()
{
    test::TestDatabase testDb;
    auto db = testDb.openMigrated();
    QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, 0)"),
                     { Migrations::latestVersion() + 1 }));
    const Status status = Migrations::migrate(*db);
    QVERIFY(!status);
    QCOMPARE(status.error().code, u"schema_too_new"_qs);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
