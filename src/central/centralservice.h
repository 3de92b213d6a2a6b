#pragma once

#include "apirouter.h"

#include "store/databaseurl.h"

#include "core/clock.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QWebSocket;

namespace parasol {

class AutoClaimRunner;
class CallService;
class CallStore;
class ChangeFeed;
class CustomerQueries;
class Database;
class EntityStore;
class EventHub;
class FeedService;
class HttpFrontend;
class ChangeNotifier;
class MutationApplier;
class PriceProtectService;
class PullService;
class PushService;
class SessionService;
class SubscriptionService;

// parasol-central as a library: the database (migrated on open), the services, the
// API router and, once listening, the HTTP and WebSocket front end. Tests run it in
// process; the executable is a thin wrapper.
class CentralService : public QObject
{
    Q_OBJECT
public:
    ~CentralService() override;

    // Opens (and creates or migrates) the database. Errors: "unavailable" when the database
    // cannot be reached, "migration_failed"/"schema_too_new" when its schema cannot be brought up.
    static Result<std::unique_ptr<CentralService>> open(const DatabaseUrl &url, const Clock &clock = Clock::system());

    Database &database();
    // Answers one API request without HTTP (the same path HTTP requests take).
    ApiResponse handle(const ApiRequest &request);
    // Starts serving HTTP (and TLS when given a certificate and key). Returns the port.
    Result<quint16> listen(const QHostAddress &address, quint16 port, const QString &certificateFile = {},
                           const QString &keyFile = {});

private:
    CentralService(std::unique_ptr<Database> db, const Clock &clock);
    Status startNotifier();
    ApiResponse checkUpgrade(const ApiRequest &request);
    void acceptWebSocket(std::unique_ptr<QWebSocket> socket);
    void announceChange();

    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<EntityStore> m_entities;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<CustomerQueries> m_queries;
    std::unique_ptr<FeedService> m_feeds;
    std::unique_ptr<PullService> m_pull;
    std::unique_ptr<PriceProtectService> m_priceProtect;
    std::unique_ptr<CallStore> m_callStore;
    std::unique_ptr<MutationApplier> m_applier;
    std::unique_ptr<PushService> m_push;
    std::unique_ptr<SubscriptionService> m_subscriptions;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<CallService> m_calls;
    std::unique_ptr<AutoClaimRunner> m_autoClaims;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<HttpFrontend> m_http;
};

} // namespace parasol
