#include "changefeed.h"

#include <QDateTime>

namespace parasol {

namespace {

class SqliteChangeFeed final : public ChangeFeed
{
public:
    explicit SqliteChangeFeed(Database &db) : ChangeFeed(db) { }

    Status record(Transaction &tx, const QString &entity, const QString &entityId, const QString &customerId,
                  qint64 rowVersion, const QString &op) override
    {
        auto xid = tx.sqliteTransactionId();
        if (!xid)
            return xid.error();
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO change_log (xid, entity, entity_id, customer_id, "
                                                 "row_version, op, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  { *xid, entity, entityId, customerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : customerId,
                                    rowVersion, op, QDateTime::currentMSecsSinceEpoch() });
        if (!inserted)
            return inserted.error();
        return {};
    }

    Result<FeedPosition> horizon() override
    {
        // Every committed transaction has a number ≤ the counter; the next one gets more.
        auto counter = m_db.scalar(QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'feed_transaction'"));
        if (!counter)
            return counter.error();
        return FeedPosition { counter->toLongLong() + 1, 0 };
    }

protected:
    // Readers see only committed transactions, and those commit in counter order.
    QString finishedCondition() const override { return QStringLiteral("1 = 1"); }
};

class PostgresChangeFeed final : public ChangeFeed
{
public:
    explicit PostgresChangeFeed(Database &db) : ChangeFeed(db) { }

    Status record(Transaction &, const QString &entity, const QString &entityId, const QString &customerId,
                  qint64 rowVersion, const QString &op) override
    {
        // xid comes from the column's default, pg_current_xact_id().
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO change_log (entity, entity_id, customer_id, row_version, "
                                                 "op, at) VALUES (?, ?, ?, ?, ?, ?)"),
                                  { entity, entityId, customerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : customerId,
                                    rowVersion, op, QDateTime::currentMSecsSinceEpoch() });
        if (!inserted)
            return inserted.error();
        return {};
    }

    Result<FeedPosition> horizon() override
    {
        auto xmin = m_db.scalar(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"));
        if (!xmin)
            return xmin.error();
        return FeedPosition { xmin->toLongLong(), 0 };
    }

protected:
    QString finishedCondition() const override
    {
        return QStringLiteral("xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint");
    }
};

ChangeRecord readRecord(const QSqlQuery &query)
{
    return ChangeRecord { FeedPosition { query.value(0).toLongLong(), query.value(1).toLongLong() },
                          query.value(2).toString(),
                          query.value(3).toString(),
                          query.value(4).toString(),
                          query.value(5).toLongLong(),
                          query.value(6).toString() };
}

} // namespace

std::unique_ptr<ChangeFeed> ChangeFeed::create(Database &db)
{
    if (db.dialect() == Database::Dialect::Postgres)
        return std::make_unique<PostgresChangeFeed>(db);
    return std::make_unique<SqliteChangeFeed>(db);
}

Result<QList<ChangeRecord>> ChangeFeed::readAfter(FeedPosition after, int limit)
{
    static const QString columns = QStringLiteral("xid, seq, entity, entity_id, customer_id, row_version, op");
    QList<ChangeRecord> records;
    auto page = m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM change_log WHERE (xid, seq) > (?, ?) AND ")
                              + finishedCondition() + QStringLiteral(" ORDER BY xid, seq LIMIT ?"),
                          { after.xid, after.seq, limit });
    if (!page)
        return page.error();
    while (page->next())
        records.append(readRecord(*page));
    if (records.size() < limit)
        return records;

    // Finish the last transaction so a page never splits one.
    const FeedPosition last = records.last().position;
    auto rest = m_db.exec(QStringLiteral("SELECT ") + columns
                              + QStringLiteral(" FROM change_log WHERE xid = ? AND seq > ? ORDER BY seq"),
                          { last.xid, last.seq });
    if (!rest)
        return rest.error();
    while (rest->next())
        records.append(readRecord(*rest));
    return records;
}

Result<qint64> ChangeFeed::lastSequence()
{
    auto max = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"));
    if (!max)
        return max.error();
    return max->toLongLong();
}

} // namespace parasol
