#include "syncengine.h"

#include "centralclient.h"

#include "cache/outboxstore.h"
#include "cache/replicastore.h"
#include "protocol/pushexchange.h"
#include "protocol/syncpage.h"

#include <QDateTime>

namespace parasol {

namespace {

// Failures that mean "central is not reachable now", which retrying fixes.
bool isTransient(const Error &error)
{
    return error.code == u"offline" || error.code == u"unavailable" || error.code == u"retry";
}

QList<CachedRow> cachedRows(const QList<SyncChange> &changes)
{
    QList<CachedRow> rows;
    rows.reserve(changes.size());
    for (const SyncChange &change : changes) {
        const QString customerId = change.entity == u"customer" ? change.id
                                                                : change.data.value(QLatin1String("customer_id")).toString();
        rows.append(CachedRow { change.entity, change.id, customerId, change.rowVersion, change.deleted, change.data });
    }
    return rows;
}

} // namespace

SyncEngine::SyncEngine(ReplicaStore &replica, OutboxStore &outbox, CentralClient &client, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_outbox(outbox)
    , m_client(client)
{
    m_periodic.setInterval(kPeriodicSyncMs);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_pokeDebounce.setSingleShot(true);
    m_pokeDebounce.setInterval(kPokeDebounceMs);
    connect(&m_pokeDebounce, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_events, &EventStream::poked, &m_pokeDebounce, qOverload<>(&QTimer::start));
    connect(&m_events, &EventStream::connectedChanged, this, [this](bool connected) {
        if (connected)
            syncNow(); // whatever was poked while we were away
    });
}

void SyncEngine::start()
{
    m_periodic.start();
    m_events.open(m_client.baseUrl(), m_client.token());
}

Result<qint64> SyncEngine::queue(const QString &type, const QJsonObject &data, const QString &customerId)
{
    auto mid = m_outbox.enqueue(type, data, customerId, QDateTime::currentMSecsSinceEpoch());
    if (mid) {
        Q_EMIT outboxChanged();
        syncNow();
    }
    return mid;
}

void SyncEngine::syncNow()
{
    if (m_syncing) {
        m_again = true;
        return;
    }
    m_retry.stop();
    m_syncing = true;
    m_again = false;
    m_syncStartedMs = QDateTime::currentMSecsSinceEpoch();
    pushNext();
}

void SyncEngine::pushNext()
{
    auto batch = m_outbox.pending(kPushBatch);
    if (!batch) {
        stop(batch.error());
        return;
    }
    if (batch->isEmpty()) {
        pullNext();
        return;
    }
    QList<PushMutation> mutations;
    for (const OutboxEntry &entry : std::as_const(*batch))
        mutations.append(PushMutation { entry.mid, entry.type, entry.data });
    const qint64 firstMid = mutations.first().mid;
    m_client.push(m_outbox.clientId(), mutations,
                  [this, firstMid](Result<PushReply> reply) { onPushed(std::move(reply), firstMid); });
}

void SyncEngine::onPushed(Result<PushReply> reply, qint64 firstMid)
{
    if (!reply) {
        stop(reply.error());
        return;
    }
    setOnline(true);
    QList<OutboxStore::Answer> answers;
    for (const PushOutcome &outcome : std::as_const(reply->outcomes)) {
        const bool rejected = outcome.status == PushOutcome::Status::Rejected;
        answers.append({ outcome.mid, !rejected, rejected ? outcome.error.code : QString(), rejected ? outcome.error.message : QString() });
    }
    if (Status recorded = m_outbox.recordAnswers(answers, QDateTime::currentMSecsSinceEpoch()); !recorded) {
        stop(recorded.error());
        return;
    }
    if (reply->expectedMid && *reply->expectedMid < firstMid) {
        // Central's record of this console is older than ours (its database came back
        // from a backup): number what still waits afresh under a new client id.
        if (Status renumbered = m_outbox.startNewNumbering(); !renumbered) {
            stop(renumbered.error());
            return;
        }
    } else if (reply->expectedMid && reply->outcomes.isEmpty()) {
        stop(Error { QStringLiteral("mid_gap"), tr("The central service expects change %1 from this console, which it no longer has.")
                                                      .arg(*reply->expectedMid) });
        return;
    }
    Q_EMIT outboxChanged();
    pushNext();
}

void SyncEngine::pullNext()
{
    requestPage(m_replica.syncState().cursor);
}

void SyncEngine::requestPage(const QString &cursor)
{
    m_client.pull(cursor, kPageSize, [this, round = m_pullRound](Result<SyncPage> page) {
        if (round == m_pullRound)
            onPage(std::move(page));
    });
}

void SyncEngine::onPage(Result<SyncPage> page)
{
    if (!page) {
        if (page.error().code == u"gone") {
            // Central's history changed: start over from an empty replica.
            if (Status reset = m_replica.reset(); reset) {
                pullNext();
                return;
            }
        }
        stop(page.error());
        return;
    }
    setOnline(true);
    // The next page is asked for before this one is applied, so that central reads and
    // sends it while the replica writes this one. The request leaves only once the event
    // loop runs (QNetworkAccessManager starts it from a queued call), hence the apply queued
    // after it. The next answer is handled after this apply, and left alone if the apply
    // failed (see m_pullRound).
    if (page->hasMore)
        requestPage(page->cursor);
    QMetaObject::invokeMethod(this, [this, page = std::move(*page)] { applyPage(page); }, Qt::QueuedConnection);
}

void SyncEngine::applyPage(const SyncPage &page)
{
    Status applied = m_replica.applyPage(page.generation, cachedRows(page.changes), page.cursor, !page.hasMore);
    if (!applied && applied.error().code == u"generation_changed") {
        ++m_pullRound;
        if (Status reset = m_replica.reset(); reset) {
            pullNext();
            return;
        }
    }
    if (!applied) {
        stop(applied.error());
        return;
    }
    if (page.progress)
        Q_EMIT progress(page.progress->first, page.progress->second);
    if (!page.hasMore)
        finish();
}

void SyncEngine::finish()
{
    // Everything answered before this sync began is in the replica now.
    if (Status pruned = m_outbox.pruneApplied(m_syncStartedMs); !pruned) {
        stop(pruned.error());
        return;
    }
    if (auto dropped = dropUnusedSince(QDateTime::currentMSecsSinceEpoch() - m_idleLimitMs); !dropped) {
        stop(dropped.error());
        return;
    }
    m_syncing = false;
    m_backoff.reset();
    Q_EMIT outboxChanged();
    Q_EMIT caughtUp();
    if (m_again)
        syncNow();
}

void SyncEngine::stop(const Error &error)
{
    m_syncing = false;
    ++m_pullRound;
    if (isTransient(error)) {
        setOnline(false);
        m_retry.start(m_backoff.nextDelayMs());
        return;
    }
    Q_EMIT failed(error);
}

void SyncEngine::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

void SyncEngine::fetchCustomer(const QString &customerId, std::function<void(Status)> done)
{
    auto held = m_replica.holdsCustomer(customerId);
    if (!held) {
        done(held.error());
        return;
    }
    // In the working set before asking: a pull that crosses the answer then keeps the
    // customer's changes instead of leaving them out (the answer may be older than they are).
    if (Status used = m_replica.useCustomer(customerId, QDateTime::currentMSecsSinceEpoch()); !used) {
        done(used);
        return;
    }
    auto subscribe = [this, customerId, wasHeld = *held, done = std::move(done)] {
        m_client.request("POST", QStringLiteral("/api/v1/sync/subscriptions"), { { QStringLiteral("customer_id"), customerId } },
                         [this, customerId, wasHeld, done](Result<QJsonObject> json) {
                             onSubscribed(customerId, wasHeld, std::move(json), done);
                         });
    };
    // An unsubscription of the same customer still on its way must reach central first,
    // or it would undo this subscription there.
    if (const auto leaving = m_unsubscribing.find(customerId); leaving != m_unsubscribing.end())
        leaving->append(std::move(subscribe));
    else
        subscribe();
}

void SyncEngine::onSubscribed(const QString &customerId, bool wasHeld, Result<QJsonObject> json,
                              const std::function<void(Status)> &done)
{
    auto page = json ? SyncPageCodec::parse(*json) : Result<SyncPage>(json.error());
    Status applied = page ? m_replica.applyCustomerRows(page->generation, cachedRows(page->changes)) : Status(page.error());
    if (applied)
        applied = m_replica.forgetLeaving(customerId); // subscribed again: nothing to tell central
    if (!applied) {
        if (applied.error().code == u"offline")
            setOnline(false);
        // Not held after all: nothing of theirs may stay half there.
        // (Should that fail too, the first error is the one to show.)
        if (!wasHeld)
            static_cast<void>(m_replica.dropCustomer(customerId));
        done(applied);
        return;
    }
    setOnline(true);
    done({});
}

Result<QStringList> SyncEngine::dropUnusedSince(qint64 cutoffMs)
{
    auto unused = m_replica.customersUnusedSince(cutoffMs);
    if (!unused)
        return unused.error();
    QStringList dropped;
    for (const QString &customerId : std::as_const(*unused)) {
        auto referred = m_outbox.hasPendingFor(customerId);
        if (!referred)
            return referred.error();
        if (*referred)
            continue; // the agent's unsent work is about them: they stay until it is answered
        if (Status gone = m_replica.dropCustomer(customerId); !gone)
            return gone.error();
        dropped.append(customerId);
    }
    if (Status told = unsubscribeLeaving(); !told)
        return told.error();
    return dropped;
}

Status SyncEngine::unsubscribeLeaving()
{
    // The replica remembers who is leaving, so an unsubscription that failed (offline, or
    // the console closed) goes again after the next sync.
    auto leaving = m_replica.customersLeaving();
    if (!leaving)
        return leaving.error();
    for (const QString &customerId : std::as_const(*leaving)) {
        if (m_unsubscribing.contains(customerId))
            continue;
        m_unsubscribing.insert(customerId, {});
        m_client.request("DELETE",
                         QStringLiteral("/api/v1/sync/subscriptions/") + QString::fromLatin1(QUrl::toPercentEncoding(customerId)),
                         {}, [this, customerId](const Result<QJsonObject> &answer) {
                             // Central answered (done, or a refusal repeating will not change):
                             // it need not be told again.
                             if (answer || !isTransient(answer.error()))
                                 static_cast<void>(m_replica.forgetLeaving(customerId));
                             const QList<std::function<void()>> waiting = m_unsubscribing.take(customerId);
                             for (const auto &next : waiting)
                                 next();
                         });
    }
    return {};
}

} // namespace parasol
