#pragma once

#include "core/result.h"

#include <QObject>
#include <QTimer>

namespace parasol {

class CentralClient;
class ReplicaStore;

// Keeps the replica up to date with central: pulls page after page until caught up,
// each page applied with its cursor in one local transaction, so a pull interrupted
// anywhere resumes where it stopped. When central's history changed (410, e.g. after
// a restore from backup) the replica is rebuilt from scratch.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 1000;
    static constexpr int kPeriodicPullMs = 60'000;

    SyncEngine(ReplicaStore &replica, CentralClient &client, QObject *parent = nullptr);

    // Pulls now (or again right after the pull under way).
    void syncNow();
    // Also pull every minute from now on.
    void startPeriodicSync();
    bool isPulling() const { return m_pulling; }

Q_SIGNALS:
    // Rows received in this bootstrap so far, and in all (when central knows).
    void progress(qint64 done, qint64 total);
    void caughtUp();
    void failed(const parasol::Error &error);

private:
    void pullNext();
    void onPage(Result<struct SyncPage> page);

    ReplicaStore &m_replica;
    CentralClient &m_client;
    QTimer m_periodic;
    bool m_pulling = false;
    bool m_again = false;
};

} // namespace parasol
