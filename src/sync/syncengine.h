#pragma once

#include "eventstream.h"
#include "retrybackoff.h"

#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace parasol {

class CentralClient;
class OutboxStore;
class ReplicaStore;
struct PushReply;
struct SyncPage;

// Keeps the console and central in step. A sync pushes the outbox first, in mid order,
// then pulls page after page until caught up, each page applied with its cursor in one
// local transaction, so a sync interrupted anywhere resumes where it stopped. It runs on
// a local write, on a poke (debounced), on reconnecting and every minute. When central
// cannot be reached the engine goes offline, keeps every queued write, and tries again
// with backoff; nothing shows a modal error for a dropped network. When central's
// history changed (410, a restored backup) the replica is rebuilt; the outbox is kept.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // Central's largest page (PullService::kMaxLimit): a bootstrap pays per request too.
    static constexpr int kPageSize = 5000;
    static constexpr int kPushBatch = 100;
    static constexpr int kPeriodicSyncMs = 60'000;
    // Long enough to take a burst of pokes as one pull, short against a person's patience.
    static constexpr int kPokeDebounceMs = 10;
    static constexpr qint64 kDefaultIdleLimitMs = 14LL * 24 * 3600 * 1000;

    SyncEngine(ReplicaStore &replica, OutboxStore &outbox, CentralClient &client, QObject *parent = nullptr);

    // Syncs now (or again right after the sync under way).
    void syncNow();
    // From now on: listen for pokes and calls, and sync every minute.
    void start();

    // Records a local write in the outbox and pushes it as soon as central is reachable.
    // Returns its mid; an error only when the outbox itself cannot be written.
    Result<qint64> queue(const QString &type, const QJsonObject &data, const QString &customerId);

    // A customer the replica does not hold (a lookup's cache miss): they join the working
    // set, central subscribes this user to their changes and answers their rows, which are
    // applied at once. `done` gets an error when central cannot be reached ("offline") or
    // does not know the customer ("not_found"); the customer then stays out.
    void fetchCustomer(const QString &customerId, std::function<void(Status)> done);
    // Customers not used for this long leave the working set at the end of a sync.
    void setIdleLimitMs(qint64 ms) { m_idleLimitMs = ms; }
    // Drops the customers not used since `cutoffMs` whom no waiting outbox entry refers to,
    // and unsubscribes from their changes at central, now and after each sync until central
    // has confirmed (meanwhile the replica leaves out rows of customers it does not hold).
    // Returns those dropped.
    Result<QStringList> dropUnusedSince(qint64 cutoffMs);

    bool isSyncing() const { return m_syncing; }
    bool isOnline() const { return m_online; }
    EventStream &events() { return m_events; }

Q_SIGNALS:
    // Rows received in this bootstrap so far, and in all (when central knows).
    void progress(qint64 done, qint64 total);
    void caughtUp();
    void onlineChanged(bool online);
    // Entries were queued, answered or rejected: counts and per-customer lists may differ.
    void outboxChanged();
    // A failure that retrying will not fix by itself (a refused token, a full disk…).
    void failed(const parasol::Error &error);

private:
    void pushNext();
    void onPushed(Result<PushReply> reply, qint64 firstMid);
    void pullNext();
    void requestPage(const QString &cursor);
    void onPage(Result<SyncPage> page);
    void applyPage(const SyncPage &page);
    void finish();
    void stop(const Error &error);
    void setOnline(bool online);
    void onSubscribed(const QString &customerId, bool wasHeld, Result<QJsonObject> json,
                      const std::function<void(Status)> &done);
    Status unsubscribeLeaving();

    ReplicaStore &m_replica;
    OutboxStore &m_outbox;
    CentralClient &m_client;
    EventStream m_events;
    QTimer m_periodic;
    QTimer m_pokeDebounce;
    QTimer m_retry;
    RetryBackoff m_backoff;
    bool m_syncing = false;
    bool m_again = false;
    bool m_online = true;
    // Counts the pulls given up (a stop, a reset): an answer to a page asked for before
    // belongs to a pull that no longer goes on.
    quint64 m_pullRound = 0;
    qint64 m_syncStartedMs = 0;
    qint64 m_idleLimitMs = kDefaultIdleLimitMs;
    // Unsubscriptions on their way, with the subscriptions of the same customer that wait
    // for their answer.
    QHash<QString, QList<std::function<void()>>> m_unsubscribing;
};

} // namespace parasol
