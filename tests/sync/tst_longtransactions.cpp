// Overlapping long transactions on PostgreSQL while a console pulls, end to end: writers
// on connections of their own hold transactions open across other commits and pulls,
// writing through the same entity store and change feed central uses. A sequence number
// is taken at write time, not at commit, so a console that followed sequence numbers
// would step past a change still uncommitted below its cursor and never see it. The
// oracle: once everything committed, the console holds every change, and its rows equal
// central's.
#include "consolerig.h"
#include "syncoracle.h"
#include "syncworld.h"

#include "support/feedconnection.h"
#include "support/testdatabase.h"

#include <QDateTime>
#include <QTest>

using namespace parasol;
using namespace Qt::StringLiterals;

class TestLongTransactions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void changesOfLongTransactionsAreNotSkipped();

private:
    test::LocalCentral m_local;
};

namespace {

// A writer holding one transaction open on a connection of its own.
struct Writer
{
    test::FeedConnection connection;
    std::optional<Transaction> tx;

    explicit Writer(const DatabaseUrl &url) : connection(url) { tx.emplace(connection.db->begin()); }

    // A note about the customer, written in the open transaction.
    bool note(const QString &customerId, const QString &text)
    {
        const QJsonObject row = test::SyncWorld::contactRow(customerId, text, QDateTime::currentMSecsSinceEpoch());
        return bool(connection.entities->upsert(*tx, EntitySchema::get(u"contact"), row));
    }
};

} // namespace

void TestLongTransactions::init()
{
    if (!test::TestDatabase::postgres())
        QSKIP("SQLite serialises writers: a second write transaction cannot stay open while central commits "
              "(the _postgresql variant runs this)");
    QCOMPARE(m_local.start(), QString());
}

void TestLongTransactions::cleanup()
{
    m_local.stop();
}

void TestLongTransactions::changesOfLongTransactionsAreNotSkipped()
{
    const QString customerId = m_local.customerId;
    test::ConsoleRig console;
    QCOMPARE(console.start(m_local.url, u"agent"_s, test::SyncWorld::kPassword), QString());
    QVERIFY(console.syncAndWait());
    const auto pushAndPull = [&](const QString &text) {
        return console.engine->queue(u"contact.note"_s, test::SyncWorld::note(customerId, text), customerId)
               && console.syncAndWait();
    };

    // The first writer takes the lowest sequence number and stays open longest; the second
    // opens after it and commits before it; central commits in between.
    Writer first(m_local.database->url());
    Writer second(m_local.database->url());
    QVERIFY(first.note(customerId, u"long 1, first write"_s));
    QVERIFY(second.note(customerId, u"long 2"_s));
    QVERIFY(pushAndPull(u"console 1"_s));
    QVERIFY(second.tx->commit());
    QVERIFY(console.syncAndWait());
    QVERIFY(first.note(customerId, u"long 1, second write"_s));
    QVERIFY(pushAndPull(u"console 2"_s));
    QVERIFY(first.tx->commit());
    QVERIFY(pushAndPull(u"console 3"_s));

    const QStringList everything { u"console 1"_s, u"console 2"_s, u"console 3"_s, u"long 1, first write"_s,
                                   u"long 1, second write"_s, u"long 2"_s };
    Database &db = m_local.service->database();
    QCOMPARE(test::SyncOracle::serverContactTexts(db, customerId), everything);
    QCOMPARE(test::SyncOracle::replicaContactTexts(*console.replica, customerId), everything);
    const auto central = test::SyncOracle::serverRows(db, QStringList { customerId });
    const auto held = test::SyncOracle::replicaRows(console.path + u"/replica.sqlite"_s);
    QVERIFY2(held == central, qPrintable(test::SyncOracle::difference(held, central)));
    QCOMPARE(console.pending(), 0);
}

QTEST_MAIN(TestLongTransactions)
#include "tst_longtransactions.moc"
