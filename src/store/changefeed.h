#pragma once

#include "database.h"

#include <QList>

#include <memory>

namespace parasol {

// A position in the change feed: the pair (writing transaction, sequence number).
struct FeedPosition
{
    qint64 xid = 0;
    qint64 seq = 0;
    auto operator<=>(const FeedPosition &) const = default;
};

struct ChangeRecord
{
    FeedPosition position;
    QString entity;
    QString entityId;
    QString customerId; // empty for shared rows
    qint64 rowVersion = 0;
    QString op; // "upsert" or "delete"
};

// The central database's change log: every write appends a record in the same
// transaction, and readers page through the records in an order that never skips one.
//
// Why (xid, seq) and a horizon: on PostgreSQL a sequence number is taken when a row is
// written, not when its transaction commits. T1 takes seq 100, T2 takes 101 and commits
// first; a reader that saw 101 and asks for "after 101" never sees 100. So each record
// carries its transaction's id, and a reader returns only records of transactions below
// the snapshot's xmin (all of them finished), ordered by (xid, seq). On SQLite writes are
// serialised, so a counter bumped once per write transaction plays the part of xid.
class ChangeFeed
{
public:
    virtual ~ChangeFeed() = default;
    static std::unique_ptr<ChangeFeed> create(Database &db);

    // Appends a record inside `tx`.
    virtual Status record(Transaction &tx, const QString &entity, const QString &entityId, const QString &customerId,
                          qint64 rowVersion, const QString &op)
        = 0;
    // A position such that every change a reader may see later lies after it. Read it
    // before a snapshot of the tables; then pull from it (overlap is harmless, a gap is not).
    virtual Result<FeedPosition> horizon() = 0;
    // Up to about `limit` records after `after`, in order, whole transactions only (a
    // transaction larger than `limit` comes whole in one page).
    Result<QList<ChangeRecord>> readAfter(FeedPosition after, int limit);
    // The highest sequence number ever written (0 for none): a cursor beyond it belongs to
    // a database that has since been restored from an older backup.
    Result<qint64> lastSequence();

protected:
    explicit ChangeFeed(Database &db) : m_db(db) { }
    // The SQL condition that keeps only records of finished transactions.
    virtual QString finishedCondition() const = 0;
    Database &m_db;
};

} // namespace parasol
