#include "pullservice.h"
#include "pushservice.h"
#include "routes.h"
#include "subscriptionservice.h"

#include "protocol/jsonfields.h"

namespace parasol {

void registerSyncRoutes(ApiRouter &router, Database &database, PullService &pull, PushService &push,
                        std::function<void()> changed)
{
    router.add("GET", QStringLiteral("/api/v1/sync/pull"), Permission::Sync, [&pull, &database](RouteContext &context) {
        const QUrlQuery &query = context.request.query;
        int limit = PullService::kDefaultLimit;
        if (query.hasQueryItem(QStringLiteral("limit"))) {
            bool ok = false;
            limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 1 || limit > PullService::kMaxLimit)
                return ApiResponse::error(400, QStringLiteral("invalid_field"),
                                          QStringLiteral("limit: expected an integer from 1 to %1").arg(PullService::kMaxLimit));
        }
        // admin pulls every change, other roles the changes of their working set.
        const std::optional<WorkingSet> scope = context.user->role == Role::Admin
                                                    ? std::nullopt
                                                    : std::optional<WorkingSet>(std::in_place, database, context.user->id);
        auto page = pull.pull(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded), limit,
                              scope ? &*scope : nullptr);
        if (!page)
            return ApiResponse::fromError(page.error());
        return ApiResponse::json(SyncPageCodec::toJson(*page));
    });

    router.add("POST", QStringLiteral("/api/v1/sync/push"), Permission::Sync, [&push, changed](RouteContext &context) {
        auto body = jsonBody(context.request);
        if (!body)
            return ApiResponse::fromError(body.error());
        auto reply = push.push(*context.user, *body);
        if (!reply)
            return ApiResponse::fromError(reply.error());
        if (!reply->results.isEmpty())
            changed();
        if (reply->expectedMid) {
            ApiResponse gap = ApiResponse::error(409, QStringLiteral("mid_gap"),
                                                 QStringLiteral("mutation ids must follow on: expected %1").arg(*reply->expectedMid));
            gap.body.insert(QStringLiteral("expected_mid"), *reply->expectedMid);
            gap.body.insert(QStringLiteral("results"), reply->results);
            return gap;
        }
        return ApiResponse::json(QJsonObject { { QStringLiteral("results"), reply->results } });
    });
}

void registerSubscriptionRoutes(ApiRouter &router, SubscriptionService &subscriptions)
{
    router.add("POST", QStringLiteral("/api/v1/sync/subscriptions"), Permission::Sync, [&subscriptions](RouteContext &context) {
        auto body = jsonBody(context.request);
        if (!body)
            return ApiResponse::fromError(body.error());
        JsonFields fields(*body);
        const QString customerId = fields.requiredString(QStringLiteral("customer_id"), 200);
        if (!fields.ok())
            return ApiResponse::fromError(fields.error());
        auto page = subscriptions.subscribe(*context.user, customerId);
        if (!page)
            return ApiResponse::fromError(page.error());
        // The rows in the pull's shape; no cursor: the client's pull goes on from its own.
        QJsonObject json = SyncPageCodec::toJson(*page);
        json.remove(QStringLiteral("cursor"));
        json.remove(QStringLiteral("has_more"));
        return ApiResponse::json(json);
    });

    router.add("DELETE", QStringLiteral("/api/v1/sync/subscriptions/{}"), Permission::Sync, [&subscriptions](RouteContext &context) {
        if (Status done = subscriptions.unsubscribe(*context.user, context.params[0]); !done)
            return ApiResponse::fromError(done.error());
        return ApiResponse::json(QJsonObject { { QStringLiteral("customer_id"), context.params[0] },
                                               { QStringLiteral("subscribed"), false } });
    });
}

} // namespace parasol
