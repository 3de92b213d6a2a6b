#pragma once

#include "cachekeys.h"
#include "outboxentry.h"

#include "core/result.h"

#include <QSqlDatabase>

#include <memory>

namespace parasol {

// The only place where an agent's unsent work lives: a SQLite file of its own, kept
// apart from the replica (which can always be rebuilt) and written with
// synchronous=FULL, so an entry that was accepted survives a crash or a power cut.
// Mutation data (which may carry a phone number or an address) is sealed with the
// cache's encryption key.
//
// What the agent sees of a write before central has it comes from here: the views show
// the replica's rows plus this console's pending entries, so recording an entry is the
// one local transaction that both queues the write and updates what the agent sees.
class OutboxStore
{
public:
    ~OutboxStore();
    OutboxStore(const OutboxStore &) = delete;
    OutboxStore &operator=(const OutboxStore &) = delete;

    // Opens or creates the outbox at `path`. A file that fails quick_check is never
    // deleted: it is moved aside (its name is in the error) and the call fails, so
    // whoever starts the console learns that queued work needs recovering.
    static Result<std::unique_ptr<OutboxStore>> open(const QString &path, const CacheKeys &keys);

    // This installation's id in sync/push, random, made on first open.
    QString clientId() const { return m_clientId; }

    // Queues a mutation and returns its mid (1, 2, 3… per client id).
    Result<qint64> enqueue(const QString &type, const QJsonObject &data, const QString &customerId, qint64 nowMs);

    // The oldest pending entries, in mid order.
    Result<QList<OutboxEntry>> pending(int limit) const;
    Result<qint64> pendingCount() const;
    // Pending and rejected entries about one customer, newest first (for the views).
    Result<QList<OutboxEntry>> entriesOf(const QString &customerId) const;
    // Whether any entry still waiting refers to this customer (the working set keeps it).
    Result<bool> hasPendingFor(const QString &customerId) const;

    Status markApplied(qint64 mid, qint64 nowMs);
    Status markRejected(qint64 mid, const QString &code, const QString &message);
    // Central's answers to one push, recorded in one transaction (one disk sync, not one
    // per mutation).
    struct Answer
    {
        qint64 mid;
        bool applied;
        QString errorCode; // when rejected
        QString errorMessage;
    };
    Status recordAnswers(const QList<Answer> &answers, qint64 nowMs);
    // Drops applied entries answered before `beforeMs` (once a later pull brought their rows).
    Status pruneApplied(qint64 beforeMs);

    // Central no longer knows this client's numbering (its database was restored from an
    // older backup): takes a new client id and renumbers the pending entries from 1, in order.
    Status startNewNumbering();

private:
    OutboxStore(QSqlDatabase db, QString clientId, QByteArray key);
    OutboxEntry readEntry(const QSqlQuery &query) const;
    Result<QList<OutboxEntry>> select(const QString &sql, const QVariantList &params) const;

    QSqlDatabase m_db;
    QString m_clientId;
    QByteArray m_key;
};

} // namespace parasol
