#pragma once

#include "cache/outboxstore.h"
#include "cache/replicastore.h"
#include "sync/centralclient.h"
#include "sync/syncengine.h"

#include <QTemporaryDir>

#include <memory>

namespace parasol::test {

// One console's sync side in a folder of its own: replica, outbox, client and engine,
// as the console application wires them, without widgets.
struct ConsoleRig
{
    QTemporaryDir folder;
    QString path = folder.path();
    CacheKeys keys; // unlocked with the password at start
    std::unique_ptr<ReplicaStore> replica;
    std::unique_ptr<OutboxStore> outbox;
    std::unique_ptr<CentralClient> client;
    std::unique_ptr<SyncEngine> engine;

    // Opens the stores and logs in; an empty string, or why it could not.
    QString start(const QUrl &central, const QString &login, const QString &password);
    // The same with the stores in `path` instead of a temporary folder.
    QString startIn(const QString &path, const QUrl &central, const QString &login, const QString &password);
    // Opens the stores again from the same folder, as a restarted console does.
    QString reopen(const QUrl &central);
    // Syncs and waits until caught up (false on failure or after `timeoutMs`).
    bool syncAndWait(int timeoutMs = 20000);
    qint64 pending() const;
};

} // namespace parasol::test
