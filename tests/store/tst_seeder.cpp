#include "store/changefeed.h"
#include "store/entitystore.h"
#include "store/metastore.h"
#include "store/seeder.h"
#include "store/userstore.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QTest>

using namespace parasol;

// Seeding a central database (central-api.md, --seed) on SQLite and, in the _postgresql
// variant, PostgreSQL: the demo data and users, refusals, and scale seeds.
class TestSeeder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoSeedFillsAnEmptyDatabase();
    void demoUsersCanLogIn_data();
    void demoUsersCanLogIn();
    void seededRowsReadBackAsEntities();
    void aSecondSeedIsRefused();
    void badSpecsAreRefused_data();
    void badSpecsAreRefused();
    void scaleSeedGivesNCustomersWithAboutFiveOrdersEach();

private:
    qint64 count(const QString &table);

    const QDate m_anchor { 2026, 11, 20 };
    test::TestDatabase m_demoDb;
    std::unique_ptr<Database> m_db; // m_demoDb, seeded with the demo by the first test
};

qint64 TestSeeder::count(const QString &table)
{
    return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table)->toLongLong();
}

void TestSeeder::demoSeedFillsAnEmptyDatabase()
{
    m_db = m_demoDb.openMigrated();
    const QString generation = *MetaStore::generation(*m_db);
    QList<std::pair<qint64, qint64>> progress;
    const Status seeded = Seeder::seed(*m_db, QStringLiteral("demo"), m_anchor, [&](qint64 done, qint64 total) {
        progress.append({ done, total });
    });
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
    QVERIFY(count(QStringLiteral("customers")) >= 200);
    QVERIFY(count(QStringLiteral("orders")) >= 1000);
    QVERIFY(count(QStringLiteral("order_lines")) > count(QStringLiteral("orders")));
    for (const char *table : { "price_events", "engineers", "tickets", "service_nodes", "ebill_lines", "contacts",
                               "complaints", "service_cards", "returns" })
        QVERIFY2(count(QString::fromLatin1(table)) > 0, table);
    QCOMPARE(progress.last(), std::pair(count(QStringLiteral("customers")), count(QStringLiteral("customers"))));
    // New history, every row at version 1 and announced by no change record: a console
    // bootstraps the tables from the horizon and sees each row exactly once.
    QVERIFY(*MetaStore::generation(*m_db) != generation);
    QCOMPARE(count(QStringLiteral("change_log")), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT MAX(row_version) FROM orders"))->toLongLong(), 1);
}

void TestSeeder::demoUsersCanLogIn_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("seat");
    QTest::addColumn<QString>("brand");
    QTest::addRow("agent01") << u"agent01"_qs << u"agent"_qs << u"general"_qs << QString();
    QTest::addRow("elder01") << u"elder01"_qs << u"agent"_qs << u"elder"_qs << QString();
    QTest::addRow("lead01") << u"lead01"_qs << u"lead"_qs << QString() << QString();
    QTest::addRow("admin") << u"admin"_qs << u"admin"_qs << QString() << QString();
    QTest::addRow("feed01") << u"feed01"_qs << u"feed"_qs << QString() << QString();
    QTest::addRow("midea01") << u"midea01"_qs << u"brand"_qs << QString() << u"美的"_qs;
}

void TestSeeder::demoUsersCanLogIn()
{
    QFETCH(QString, login);
    QFETCH(QString, role);
    QFETCH(QString, seat);
    QFETCH(QString, brand);
    UserStore users(*m_db);
    auto user = users.authenticate(login, QStringLiteral("parasol-demo"));
    QVERIFY(user && *user);
    QCOMPARE(roleNames.name((*user)->role), role);
    QCOMPARE((*user)->seat ? seatNames.name(*(*user)->seat) : QString(), seat);
    QCOMPARE((*user)->brand, brand);
    auto wrong = users.authenticate(login, QStringLiteral("parasol-dem0"));
    QVERIFY(wrong && !*wrong);
}

void TestSeeder::seededRowsReadBackAsEntities()
{
    auto feed = ChangeFeed::create(*m_db);
    EntityStore entities(*m_db, *feed);
    auto zhang = entities.get(EntitySchema::get(u"customer"), QStringLiteral("C00000001"));
    QVERIFY(zhang && *zhang);
    const QJsonObject row = **zhang;
    QCOMPARE(row.value(QLatin1String("name")).toString(), u"张伟"_qs);
    QCOMPARE(row.value(QLatin1String("phone")).toString(), u"+8613800138000"_qs);
    QCOMPARE(row.value(QLatin1String("birth_date")).toString(), u"1962-05-01"_qs);
    QCOMPARE(row.value(QLatin1String("tags")).toArray().size(), 0);
    QCOMPARE(row.value(QLatin1String("row_version")).toInteger(), 1);
    // The derived search columns are there, as for rows the feed writes.
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT name_pinyin || '/' || name_initials || '/' || phone_tail FROM customers "
                                    "WHERE id = 'C00000001'"))
            ->toString(),
        u"zhangwei/zw/8000"_qs);
    auto lines
        = entities.where(EntitySchema::get(u"order_line"), QStringLiteral("customer_id"), QStringLiteral("C00000001"));
    QVERIFY(lines && lines->size() >= 6);
    for (const QJsonObject &line : *lines) {
        QVERIFY(line.value(QLatin1String("is_gift")).isBool());
        QVERIFY(line.value(QLatin1String("unit_price_fen")).toInteger() >= 0);
    }
    auto nodes = entities.where(EntitySchema::get(u"service_node"), QStringLiteral("customer_id"),
                                QStringLiteral("C00000001"));
    QVERIFY(nodes);
    const bool slotted = std::any_of(nodes->cbegin(), nodes->cend(), [](const QJsonObject &node) {
        return node.value(QLatin1String("detail")).toObject().contains(QLatin1String("slot_end"));
    });
    QVERIFY(slotted);
}

void TestSeeder::aSecondSeedIsRefused()
{
    const qint64 orders = count(QStringLiteral("orders"));
    for (const QString &spec : { u"demo"_qs, u"scale:10"_qs }) {
        const Status again = Seeder::seed(*m_db, spec, m_anchor);
        QVERIFY(!again);
        QCOMPARE(again.error().code, u"not_empty"_qs);
        QVERIFY(!again.error().message.isEmpty());
    }
    QCOMPARE(count(QStringLiteral("orders")), orders);
}

void TestSeeder::badSpecsAreRefused_data()
{
    QTest::addColumn<QString>("spec");
    for (const char *spec :
         { "", "Demo", "scale", "scale:", "scale:0", "scale:-5", "scale:1e3", "scale:99999999999", "random" })
        QTest::addRow("%s", spec) << QString::fromLatin1(spec);
}

void TestSeeder::badSpecsAreRefused()
{
    QFETCH(QString, spec);
    test::TestDatabase testDb;
    auto db = testDb.openMigrated();
    const Status seeded = Seeder::seed(*db, spec, m_anchor);
    QVERIFY(!seeded);
    QCOMPARE(seeded.error().code, u"bad_seed"_qs);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM customers"))->toLongLong(), 0);
}

void TestSeeder::scaleSeedGivesNCustomersWithAboutFiveOrdersEach()
{
    test::TestDatabase testDb;
    auto db = testDb.openMigrated();
    QVERIFY(Seeder::seed(*db, QStringLiteral("scale:600"), m_anchor));
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM customers"))->toLongLong(), 600);
    const double orders = db->scalar(QStringLiteral("SELECT COUNT(*) FROM orders"))->toDouble();
    QVERIFY2(orders / 600 > 4.5 && orders / 600 < 5.5, qPrintable(QString::number(orders / 600)));
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM users"))->toLongLong(),
             0); // demo users come only with demo
    QCOMPARE(
        db->scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = '张伟' AND phone = '+8613800138000'"))
            ->toLongLong(),
        0);
}

QTEST_GUILESS_MAIN(TestSeeder)
#include "tst_seeder.moc"
