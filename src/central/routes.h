#pragma once

#include "apirouter.h"

#include <functional>

namespace parasol {

class AutoClaimRunner;
class CallService;
class CustomerQueries;
class Database;
class FeedService;
class PriceProtectService;
class PullService;
class PushService;
class SessionService;
class SubscriptionService;

// The contract's routes, by area. `changed` is called after a request committed a
// change, so connected consoles get poked.
void registerSessionRoutes(ApiRouter &router, SessionService &sessions, const QString &databaseKind);
void registerCallRoutes(ApiRouter &router, CallService &calls);
void registerCustomerRoutes(ApiRouter &router, CustomerQueries &queries);
void registerFeedRoutes(ApiRouter &router, FeedService &feeds, AutoClaimRunner &autoClaims,
                        std::function<void()> changed);
void registerPriceProtectRoutes(ApiRouter &router, PriceProtectService &service, std::function<void()> changed);
void registerSyncRoutes(ApiRouter &router, Database &database, PullService &pull, PushService &push,
                        std::function<void()> changed);
void registerSubscriptionRoutes(ApiRouter &router, SubscriptionService &subscriptions);

// Reads a request's JSON object body, or the 400 answer to give.
Result<QJsonObject> jsonBody(const ApiRequest &request);

} // namespace parasol
