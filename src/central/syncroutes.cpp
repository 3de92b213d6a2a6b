#include "pullservice.h"
#include "pushservice.h"
#include "routes.h"

namespace parasol {

void registerSyncRoutes(ApiRouter &router, PullService &pull, PushService &push, std::function<void()> changed)
{
    router.add("GET", QStringLiteral("/api/v1/sync/pull"), Permission::Sync, [&pull](RouteContext &context) {
        const QUrlQuery &query = context.request.query;
        int limit = PullService::kDefaultLimit;
        if (query.hasQueryItem(QStringLiteral("limit"))) {
            bool ok = false;
            limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 1 || limit > PullService::kMaxLimit)
                return ApiResponse::error(400, QStringLiteral("invalid_field"),
                                          QStringLiteral("limit: expected an integer from 1 to %1").arg(PullService::kMaxLimit));
        }
        auto page = pull.pull(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded), limit);
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

} // namespace parasol
