#include "support/testdatabase.h"

#include "store/entitystore.h"
#include "store/migrations.h"

#include <QSet>
#include <QTest>

using namespace parasol;

// The change feed on either database: every write appears once, in order, in whole
// transactions, however a reader pages through it.
class TestChangeFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyWriteIsRecordedInItsTransaction();
    void pagingSeesEveryChangeOnceAndNeverSplitsATransaction();
    void rolledBackWritesLeaveNoRecord();
    void horizonIsAfterEverythingCommitted();

private:
    QJsonObject price(int i) const;
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<EntityStore> m_entities;
};

QJsonObject TestChangeFeed::price(int i) const
{
    return QJsonObject { { QStringLiteral("id"), QStringLiteral("P%1").arg(i, 4, 10, QChar(u'0')) },
                         { QStringLiteral("sku"), QStringLiteral("100012") },
                         { QStringLiteral("seller"), QStringLiteral("self") },
                         { QStringLiteral("price_fen"), 300000 - i },
                         { QStringLiteral("effective_at"), qint64(1'700'000'000'000) + i },
                         { QStringLiteral("source"), QStringLiteral("normal") },
                         { QStringLiteral("created_at"), qint64(1'700'000'000'000) } };
}

void TestChangeFeed::init()
{
    m_testDb = std::make_unique<test::TestDatabase>();
    auto db = Database::open(m_testDb->url());
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Migrations::migrate(*m_db));
    m_feed = ChangeFeed::create(*m_db);
    m_entities = std::make_unique<EntityStore>(*m_db, *m_feed);
}

void TestChangeFeed::cleanup()
{
    m_entities.reset();
    m_feed.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestChangeFeed::everyWriteIsRecordedInItsTransaction()
{
    const EntityDescriptor &prices = EntitySchema::get(u"price_event");
    {
        Transaction tx = m_db->begin();
        QCOMPARE(*m_entities->upsert(tx, prices, price(1)), qint64(1));
        QCOMPARE(*m_entities->upsert(tx, prices, price(2)), qint64(1));
        QVERIFY(tx.commit());
    }
    {
        Transaction tx = m_db->begin();
        QJsonObject again = price(1);
        again.insert(QStringLiteral("price_fen"), 1);
        QCOMPARE(*m_entities->upsert(tx, prices, again), qint64(2)); // row_version moves on
        QVERIFY(tx.commit());
    }
    auto records = m_feed->readAfter({}, 100);
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0).position.xid, records->at(1).position.xid);
    QVERIFY(records->at(2).position.xid > records->at(1).position.xid);
    QCOMPARE(records->at(2).entityId, u"P0001"_qs);
    QCOMPARE(records->at(2).rowVersion, qint64(2));
    QCOMPARE(records->at(2).entity, u"price_event"_qs);
}

void TestChangeFeed::pagingSeesEveryChangeOnceAndNeverSplitsATransaction()
{
    const EntityDescriptor &prices = EntitySchema::get(u"price_event");
    int written = 0;
    for (int t = 0; t < 20; ++t) {
        Transaction tx = m_db->begin();
        for (int i = 0; i < 1 + t % 4; ++i)
            QVERIFY(m_entities->upsert(tx, prices, price(++written)));
        QVERIFY(tx.commit());
    }
    QSet<qint64> seen;
    FeedPosition cursor;
    for (int page = 0; page < 100; ++page) {
        auto records = m_feed->readAfter(cursor, 3);
        QVERIFY(records);
        if (records->isEmpty())
            break;
        for (const ChangeRecord &record : *records) {
            QVERIFY2(!seen.contains(record.position.seq), "a change came twice");
            seen.insert(record.position.seq);
        }
        cursor = records->last().position;
        // The page ends at a transaction's end: nothing of its last transaction is left.
        auto rest = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE xid = ? AND seq > ?"),
                                 { cursor.xid, cursor.seq });
        QCOMPARE(rest->toInt(), 0);
    }
    QCOMPARE(seen.size(), written);
}

void TestChangeFeed::rolledBackWritesLeaveNoRecord()
{
    {
        Transaction tx = m_db->begin();
        QVERIFY(m_entities->upsert(tx, EntitySchema::get(u"price_event"), price(1)));
        // no commit: rolled back when tx goes
    }
    QCOMPARE(m_feed->readAfter({}, 10)->size(), 0);
    QCOMPARE(*m_entities->count(EntitySchema::get(u"price_event")), qint64(0));
}

void TestChangeFeed::horizonIsAfterEverythingCommitted()
{
    Transaction tx = m_db->begin();
    QVERIFY(m_entities->upsert(tx, EntitySchema::get(u"price_event"), price(1)));
    QVERIFY(tx.commit());
    auto horizon = m_feed->horizon();
    QVERIFY(horizon);
    QCOMPARE(m_feed->readAfter(*horizon, 10)->size(), 0);
    Transaction later = m_db->begin();
    QVERIFY(m_entities->upsert(later, EntitySchema::get(u"price_event"), price(2)));
    QVERIFY(later.commit());
    auto after = m_feed->readAfter(*horizon, 10);
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().entityId, u"P0002"_qs);
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
