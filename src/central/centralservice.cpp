#include "centralservice.h"

#include "autoclaimrunner.h"
#include "callservice.h"
#include "changenotifier.h"
#include "customerqueries.h"
#include "eventhub.h"
#include "feedservice.h"
#include "httpfrontend.h"
#include "priceprotectservice.h"
#include "pullservice.h"
#include "pushservice.h"
#include "routes.h"
#include "sessionservice.h"
#include "subscriptionservice.h"

#include "store/migrations.h"

#include <QUrlQuery>
#include <QWebSocket>

namespace parasol {

CentralService::CentralService(std::unique_ptr<Database> db, const Clock &clock)
    : m_clock(clock)
    , m_db(std::move(db))
    , m_feed(ChangeFeed::create(*m_db))
    , m_entities(std::make_unique<EntityStore>(*m_db, *m_feed))
    , m_sessions(std::make_unique<SessionService>(*m_db, clock))
    , m_queries(std::make_unique<CustomerQueries>(*m_db, *m_entities, clock))
    , m_feeds(std::make_unique<FeedService>(*m_db, *m_entities, clock))
    , m_pull(std::make_unique<PullService>(*m_db, *m_entities, *m_feed))
    , m_priceProtect(std::make_unique<PriceProtectService>(*m_db, *m_entities, clock))
    , m_callStore(std::make_unique<CallStore>(*m_db))
    , m_applier(std::make_unique<MutationApplier>(*m_db, *m_entities, clock, *m_priceProtect, *m_callStore))
    , m_push(std::make_unique<PushService>(*m_db, *m_applier))
    , m_subscriptions(std::make_unique<SubscriptionService>(*m_db, *m_entities, clock))
    , m_events(std::make_unique<EventHub>(clock))
    , m_calls(std::make_unique<CallService>(*m_db, *m_entities, *m_queries, *m_events, clock))
    , m_autoClaims(std::make_unique<AutoClaimRunner>(*m_db, *m_priceProtect))
{
    m_router = std::make_unique<ApiRouter>([this](const QString &token) { return m_sessions->userForToken(token); });
    const auto changed = [this] { announceChange(); };
    registerSessionRoutes(*m_router, *m_sessions, m_db->dialectName());
    registerCustomerRoutes(*m_router, *m_queries);
    registerCallRoutes(*m_router, *m_calls);
    registerFeedRoutes(*m_router, *m_feeds, *m_autoClaims, changed);
    registerPriceProtectRoutes(*m_router, *m_priceProtect, changed);
    registerSyncRoutes(*m_router, *m_db, *m_pull, *m_push, changed);
    registerSubscriptionRoutes(*m_router, *m_subscriptions);
    connect(m_autoClaims.get(), &AutoClaimRunner::paid, this, &CentralService::announceChange);
    m_autoClaims->wake(); // a run a restart cut short goes on
}

CentralService::~CentralService() = default;

Result<std::unique_ptr<CentralService>> CentralService::open(const DatabaseUrl &url, const Clock &clock)
{
    auto db = Database::open(url);
    if (!db)
        return db.error();
    if (Status migrated = Migrations::migrate(**db); !migrated)
        return migrated.error();
    std::unique_ptr<CentralService> service(new CentralService(std::move(*db), clock));
    if (Status started = service->startNotifier(); !started)
        return started.error();
    return service;
}

Status CentralService::startNotifier()
{
    auto notifier = ChangeNotifier::create(*m_db);
    if (!notifier)
        return notifier.error();
    m_notifier = std::move(*notifier);
    // Changes committed through any process on this database poke this one's consoles.
    connect(m_notifier.get(), &ChangeNotifier::changed, m_events.get(), &EventHub::pokeSoon);
    // A committed wrap-up frees a seat for the calls that wait.
    connect(m_notifier.get(), &ChangeNotifier::changed, m_calls.get(), &CallService::routeWaiting);
    // A call no seat of one process could take is offered to the free seats of every other.
    connect(m_calls.get(), &CallService::callsWaiting, m_notifier.get(), &ChangeNotifier::announceCallsWaiting);
    connect(m_notifier.get(), &ChangeNotifier::callsWaiting, m_calls.get(), &CallService::routeWaitingOf);
    return {};
}

Database &CentralService::database()
{
    return *m_db;
}

ApiResponse CentralService::handle(const ApiRequest &request)
{
    return m_router->dispatch(request);
}

Result<quint16> CentralService::listen(const QHostAddress &address, quint16 port, const QString &certificateFile,
                                       const QString &keyFile)
{
    m_http = std::make_unique<HttpFrontend>([this](const ApiRequest &request) { return handle(request); },
                                            [this](const ApiRequest &request) { return checkUpgrade(request); },
                                            [this](std::unique_ptr<QWebSocket> socket) { acceptWebSocket(std::move(socket)); });
    return m_http->start(address, port, certificateFile, keyFile);
}

ApiResponse CentralService::checkUpgrade(const ApiRequest &request)
{
    if (request.path != u"/api/v1/events")
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such resource: %1").arg(request.path));
    auto user = m_sessions->userForToken(request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded));
    if (!user)
        return ApiResponse::fromError(user.error());
    if (!*user)
        return ApiResponse::error(401, QStringLiteral("unauthorized"),
                                  QStringLiteral("the events stream needs ?token= with a valid token"));
    if (!isAllowed((*user)->role, Permission::Sync))
        return ApiResponse::error(403, QStringLiteral("forbidden"), QStringLiteral("this role has no events stream"));
    return ApiResponse { 0, {} };
}

void CentralService::acceptWebSocket(std::unique_ptr<QWebSocket> socket)
{
    // The upgrade was checked; the token is read again to know whose socket this is
    // (and in case the session ended in between).
    const QString token = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    auto user = m_sessions->userForToken(token);
    if (!user || !*user) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthorized"));
        socket.release()->deleteLater();
        return;
    }
    m_events->addClient(std::move(socket), **user);
}

void CentralService::announceChange()
{
    auto last = m_feed->lastSequence();
    m_notifier->announce(last ? QString::number(*last) : QString());
}

} // namespace parasol
