#pragma once

#include "cachedrow.h"
#include "cachekeys.h"
#include "customermatch.h"

#include "core/result.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace parasol {

// The console's replica of the central rows it works with: a SQLite file in WAL mode
// that can always be rebuilt from the central service. Every read of the console comes
// from here. A page of changes is applied in one transaction together with the cursor
// that follows it, and a change is applied only when it is newer than the row held.
//
// Row contents are sealed with AES-256-GCM (bound to their entity and id) and the search
// index holds only HMACs of the search keys, so a copy of the file reveals no names,
// phone numbers or addresses; ids, versions and the sync cursor stay readable.
class ReplicaStore
{
public:
    ~ReplicaStore();
    ReplicaStore(const ReplicaStore &) = delete;
    ReplicaStore &operator=(const ReplicaStore &) = delete;

    // Opens or creates the replica at `path`. A file that fails SQLite's quick_check, has
    // an older layout, or was sealed under other keys is replaced by an empty replica (it
    // holds nothing that central does not have).
    static Result<std::unique_ptr<ReplicaStore>> open(const QString &path, const CacheKeys &keys);

    // Where the replica stands in central's change history.
    struct SyncState
    {
        QString generation;
        QString cursor;
        bool bootstrapped = false; // the first full pull finished
    };
    SyncState syncState() const;

    // Applies a page and records the cursor after it, atomically. `caughtUp` marks the end
    // of a pull (no more pages now). A page of another generation than the replica's
    // is refused with Error "generation_changed": reset first. Until the first pull is
    // complete every customer in a page joins the working set; afterwards rows of
    // customers outside it are left out.
    Status applyPage(const QString &generation, const QList<CachedRow> &changes, const QString &cursor, bool caughtUp);
    // Applies a customer's rows as central answered a subscription (the cursor stays).
    // Only rows of customers in the working set: add the customer first (useCustomer).
    Status applyCustomerRows(const QString &generation, const QList<CachedRow> &changes);

    // The working set: the customers this console holds, with when each was last used.
    // Adds the customer, or records that the agent needed them at `nowMs`.
    Status useCustomer(const QString &customerId, qint64 nowMs);
    Result<bool> holdsCustomer(const QString &customerId) const;
    // Customers not used since `cutoffMs`, least recently used first.
    Result<QStringList> customersUnusedSince(qint64 cutoffMs) const;
    // Forgets the customer and every row of theirs, in one transaction, and notes that
    // central is to be told (customersLeaving) until forgetLeaving says it was.
    Status dropCustomer(const QString &customerId);
    // Customers dropped whose unsubscription central has not confirmed, unless they are
    // held again.
    Result<QStringList> customersLeaving() const;
    Status forgetLeaving(const QString &customerId);
    // Forgets every row, the working set and the cursor: the next pull bootstraps from scratch.
    Status reset();

    // Reads. Search matches phone (any common form), order number, service-card number,
    // name, pinyin and pinyin initials, and the phone's last digits.
    Result<QList<CustomerMatch>> searchCustomers(const QString &text, int limit) const;
    Result<std::optional<CachedRow>> row(const QString &entity, const QString &id) const;
    // The rows of `entity` that belong to `customerId`.
    Result<QList<CachedRow>> rowsOf(const QString &entity, const QString &customerId) const;
    // Every row that belongs to `customerId` (their own row too), ordered by entity and id.
    Result<QList<CachedRow>> everyRowOf(const QString &customerId) const;
    // The rows of `entity` under a parent: order lines, tickets and service nodes by
    // order_no; e-bill lines by ticket_id; claims by order_line_id; price events by sku.
    Result<QList<CachedRow>> rowsUnder(const QString &entity, const QString &parentKey) const;
    Result<qint64> count(const QString &entity) const;

private:
    ReplicaStore(QSqlDatabase db, CacheKeys keys);
    CachedRow readRow(const QSqlQuery &query) const;
    QByteArray blind(const QString &term) const;
    struct PageStatements;
    Status upsert(PageStatements &statements, const CachedRow &row);
    Status indexCustomer(PageStatements &statements, const CachedRow &row);
    // Upserts the changes of working-set customers (and shared rows); `adopt` adds the
    // customers of the changes to the working set instead of leaving them out.
    Status applyInWorkingSet(const QList<CachedRow> &changes, bool adopt);
    Status setState(const QString &key, const QString &value);
    // Runs `work` in one transaction: committed when it succeeds, rolled back otherwise.
    Status inTransaction(const QString &what, const std::function<Status()> &work);
    // Error "generation_changed" when the replica holds another history than `generation`.
    Status checkGeneration(const QString &generation) const;

    QSqlDatabase m_db;
    CacheKeys m_keys;
};

} // namespace parasol
