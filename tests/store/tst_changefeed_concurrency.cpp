#include "support/feedconnection.h"
#include "support/testdatabase.h"

#include "store/entitystore.h"
#include "store/migrations.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>

using namespace parasol;

// The PostgreSQL sequence pitfall (README, "Sync"): a transaction that took a lower
// sequence number can commit after one that took a higher number. A reader that
// followed sequence numbers alone would skip the first forever. These tests write in
// overlapping transactions while a reader pages through the feed, and check that the
// reader sees every change exactly once. PostgreSQL only: SQLite serialises writers.
class TestChangeFeedConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void laterTransactionCommittingFirstIsNotSkipped();
    void readerSeesEveryChangeOfConcurrentWriters();
};

namespace {

QJsonObject priceRow(const QString &id, qint64 fen)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("sku"), QStringLiteral("100012") },
                         { QStringLiteral("seller"), QStringLiteral("self") },
                         { QStringLiteral("price_fen"), fen },
                         { QStringLiteral("effective_at"), qint64(1'700'000'000'000) },
                         { QStringLiteral("source"), QStringLiteral("normal") },
                         { QStringLiteral("created_at"), qint64(1'700'000'000'000) } };
}

} // namespace

void TestChangeFeedConcurrency::initTestCase()
{
    QVERIFY2(test::TestDatabase::postgres(), "run with PARASOL_TEST_DB=postgresql (CTest does)");
}

void TestChangeFeedConcurrency::laterTransactionCommittingFirstIsNotSkipped()
{
    test::TestDatabase testDb;
    test::FeedConnection first(testDb.url()), second(testDb.url()), reader(testDb.url());
    QVERIFY(Migrations::migrate(*reader.db));
    const EntityDescriptor &prices = EntitySchema::get(u"price_event");

    Transaction t1 = first.db->begin();
    QVERIFY(first.entities->upsert(t1, prices, priceRow(QStringLiteral("P1"), 100))); // takes the lower seq
    Transaction t2 = second.db->begin();
    QVERIFY(second.entities->upsert(t2, prices, priceRow(QStringLiteral("P2"), 200)));
    QVERIFY(t2.commit()); // the higher seq commits first

    auto early = reader.feed->readAfter({}, 100);
    QVERIFY(early);
    // P2 is committed, but P1's transaction is still open below it: nothing may be handed
    // out past P1's place yet.
    for (const ChangeRecord &record : *early)
        QVERIFY2(record.entityId != u"P2", "P2 handed out while an older transaction was still open");
    const FeedPosition cursor = early->isEmpty() ? FeedPosition {} : early->last().position;

    QVERIFY(t1.commit());
    auto late = reader.feed->readAfter(cursor, 100);
    QVERIFY(late);
    QStringList ids;
    for (const ChangeRecord &record : *early + *late)
        ids.append(record.entityId);
    QCOMPARE(ids, (QStringList { QStringLiteral("P1"), QStringLiteral("P2") }));
}

void TestChangeFeedConcurrency::readerSeesEveryChangeOfConcurrentWriters()
{
    test::TestDatabase testDb;
    {
        test::FeedConnection setup(testDb.url());
        QVERIFY(Migrations::migrate(*setup.db));
    }
    constexpr int kWriters = 4;
    constexpr int kTransactionsEach = 40;
    std::atomic<int> writersLeft = kWriters;
    std::atomic<bool> failed = false;
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            test::FeedConnection connection(testDb.url());
            QRandomGenerator random(quint32(1000 + w));
            const EntityDescriptor &prices = EntitySchema::get(u"price_event");
            for (int t = 0; t < kTransactionsEach && !failed; ++t) {
                Transaction tx = connection.db->begin();
                // Rows shared between writers too, so row versions race as well; taken in id
                // order, so writers wait for each other but never deadlock.
                QStringList ids;
                for (int r = 1 + random.bounded(3); r > 0; --r)
                    ids.append(QStringLiteral("P%1").arg(random.bounded(30), 2, 10, QChar(u'0')));
                ids.sort();
                ids.removeDuplicates();
                for (const QString &id : ids) {
                    if (!connection.entities->upsert(tx, prices, priceRow(id, random.bounded(100000))))
                        failed = true;
                    std::this_thread::sleep_for(std::chrono::microseconds(random.bounded(3000)));
                }
                if (!tx.commit())
                    failed = true;
            }
            --writersLeft;
        });
    }

    test::FeedConnection reader(testDb.url());
    QSet<qint64> seen;
    FeedPosition cursor;
    bool duplicate = false;
    while (true) {
        const bool writersDone = writersLeft == 0;
        auto records = reader.feed->readAfter(cursor, 7);
        QVERIFY(records);
        for (const ChangeRecord &record : *records) {
            duplicate = duplicate || seen.contains(record.position.seq);
            seen.insert(record.position.seq);
        }
        if (!records->isEmpty())
            cursor = records->last().position;
        if (writersDone && records->isEmpty())
            break;
    }
    for (std::thread &writer : writers)
        writer.join();
    QVERIFY(!failed);
    QVERIFY2(!duplicate, "a change was handed out twice");

    auto all = reader.db->exec(QStringLiteral("SELECT seq FROM change_log"));
    QVERIFY(all);
    QSet<qint64> written;
    while (all->next())
        written.insert(all->value(0).toLongLong());
    QVERIFY(written.size() >= kWriters * kTransactionsEach);
    QCOMPARE(seen, written);
}

QTEST_GUILESS_MAIN(TestChangeFeedConcurrency)
#include "tst_changefeed_concurrency.moc"
