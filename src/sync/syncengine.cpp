#include "syncengine.h"

#include "centralclient.h"

#include "cache/replicastore.h"
#include "protocol/syncpage.h"

namespace parasol {

SyncEngine::SyncEngine(ReplicaStore &replica, CentralClient &client, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_client(client)
{
    m_periodic.setInterval(kPeriodicPullMs);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
}

void SyncEngine::startPeriodicSync()
{
    m_periodic.start();
}

void SyncEngine::syncNow()
{
    if (m_pulling) {
        m_again = true;
        return;
    }
    m_pulling = true;
    m_again = false;
    pullNext();
}

void SyncEngine::pullNext()
{
    m_client.pull(m_replica.syncState().cursor, kPageSize, [this](Result<SyncPage> page) { onPage(std::move(page)); });
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
        m_pulling = false;
        Q_EMIT failed(page.error());
        return;
    }
    QList<CachedRow> rows;
    rows.reserve(page->changes.size());
    for (const SyncChange &change : page->changes) {
        const QString customerId = change.entity == u"customer" ? change.id
                                                                : change.data.value(QLatin1String("customer_id")).toString();
        rows.append(CachedRow { change.entity, change.id, customerId, change.rowVersion, change.deleted, change.data });
    }
    Status applied = m_replica.applyPage(page->generation, rows, page->cursor, !page->hasMore);
    if (!applied && applied.error().code == u"generation_changed") {
        if (Status reset = m_replica.reset(); reset) {
            pullNext();
            return;
        }
    }
    if (!applied) {
        m_pulling = false;
        Q_EMIT failed(applied.error());
        return;
    }
    if (page->progress)
        Q_EMIT progress(page->progress->first, page->progress->second);
    if (page->hasMore) {
        pullNext();
        return;
    }
    m_pulling = false;
    Q_EMIT caughtUp();
    if (m_again)
        syncNow();
}

} // namespace parasol
