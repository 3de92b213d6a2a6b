#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace parasol {

class CentralClient;
class OutboxStore;
class ReplicaStore;
class SyncEngine;

// One agent's working session: the login at the central service, the local replica of
// that user's working set with its outbox, and the sync engine that keeps them in step
// with central. Bootstrap first: the console works from the replica once it has been
// pulled completely at least once.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    // `dataDir`: where the replica files live (one per central address and user).
    explicit ConsoleSession(const QString &dataDir, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // `previousPassword`, when given, opens this computer's cache if it was locked before
    // the password changed (loginFailed with "cache_locked" says so); the cache is then
    // locked with `password` from now on.
    void login(const QUrl &central, const QString &login, const QString &password, const QString &previousPassword = {});

    bool isLoggedIn() const { return m_replica != nullptr; }
    const User &user() const { return m_user; }
    // The seat this console answers: --seat when given, else the user's own (general by default).
    void setSeat(std::optional<Seat> seat) { m_seatOverride = seat; }
    Seat seat() const { return m_seatOverride.value_or(m_user.seat.value_or(Seat::General)); }
    QUrl central() const;
    // Only while logged in.
    const ReplicaStore &replica() const { return *m_replica; }
    const OutboxStore &outbox() const { return *m_outbox; }
    // The logged-in client, for calls outside sync (a lead's scan).
    CentralClient &client() const { return *m_client; }
    // Records a write for central (central-api.md, sync/push) and pushes it when it can.
    Result<qint64> queue(const QString &type, const QJsonObject &data, const QString &customerId);
    // A customer used now: they stay in the working set (the local cache) for a while more.
    Status useCustomer(const QString &customerId);
    // A customer not in the local cache: central adds them to this console's working set
    // and their rows come into the replica (SyncEngine::fetchCustomer).
    void fetchCustomer(const QString &customerId, std::function<void(Status)> done);
    // Looks up customers at central (GET /api/v1/customers by phone, order number or text):
    // the masked summaries central answers.
    void findAtCentral(const QString &text, std::function<void(Result<QJsonArray>)> done);
    // How long a customer not used stays in the local cache.
    void setIdleLimitDays(int days);
    bool isReady() const { return m_ready; }
    bool isOnline() const;
    void syncNow();

Q_SIGNALS:
    void loggedIn();
    void loginFailed(const parasol::Error &error);
    // Rows of the first complete pull received so far, and in all (0 when unknown).
    void bootstrapProgress(qint64 done, qint64 total);
    // The replica is complete enough to work from (bootstrapped), now and after each pull.
    void ready();
    void synced();
    // This console's writes were queued, answered or refused.
    void outboxChanged();
    // Central became unreachable (the engine keeps retrying) or reachable again.
    void onlineChanged(bool online);
    // A failure that retrying will not fix by itself.
    void syncFailed(const parasol::Error &error);
    // Central routed an incoming call to this seat: the "call" object of the message.
    void callRouted(const QJsonObject &call);

private:
    void openStores(const QUrl &central, const QString &password, const QString &previousPassword);
    void onCaughtUp();

    QString m_dataDir;
    CentralClient *m_client = nullptr;
    std::unique_ptr<ReplicaStore> m_replica;
    std::unique_ptr<OutboxStore> m_outbox;
    SyncEngine *m_sync = nullptr;
    User m_user;
    std::optional<Seat> m_seatOverride;
    bool m_ready = false;
    int m_idleLimitDays = 0; // 0: the engine's default
};

} // namespace parasol
