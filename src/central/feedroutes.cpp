#include "autoclaimrunner.h"
#include "feedservice.h"
#include "routes.h"

#include "protocol/feedorder.h"
#include "protocol/feedprice.h"
#include "protocol/feedreturn.h"

namespace parasol {

void registerFeedRoutes(ApiRouter &router, FeedService &feeds, AutoClaimRunner &autoClaims,
                        std::function<void()> changed)
{
    router.add("POST", QStringLiteral("/api/v1/feed/orders"), Permission::FeedOrders, [&feeds, changed](RouteContext &context) {
        auto body = jsonBody(context.request);
        if (!body)
            return ApiResponse::fromError(body.error());
        auto orders = FeedOrderCodec::parse(*body);
        if (!orders)
            return ApiResponse::fromError(orders.error());
        auto written = feeds.applyOrders(*orders);
        if (!written)
            return ApiResponse::fromError(written.error());
        changed();
        return ApiResponse::json(QJsonObject { { QStringLiteral("orders"), *written } });
    });

    router.add("PUT", QStringLiteral("/api/v1/feed/prices/{}"), Permission::FeedOrders, [&feeds, &autoClaims, changed](RouteContext &context) {
        auto body = jsonBody(context.request);
        if (!body)
            return ApiResponse::fromError(body.error());
        auto event = FeedPriceCodec::parse(context.params[0], *body);
        if (!event)
            return ApiResponse::fromError(event.error());
        auto id = feeds.addPriceEvent(*event, context.user->login);
        if (!id)
            return ApiResponse::fromError(id.error());
        changed();
        // The event is in; automatic price protection pays the lines it makes eligible
        // after this answer, in batches.
        autoClaims.wake();
        return ApiResponse::json(QJsonObject { { QStringLiteral("price_event_id"), *id } });
    });

    router.add("POST", QStringLiteral("/api/v1/feed/returns"), Permission::FeedOrders, [&feeds, changed](RouteContext &context) {
        auto body = jsonBody(context.request);
        if (!body)
            return ApiResponse::fromError(body.error());
        auto feedReturn = FeedReturnCodec::parse(*body);
        if (!feedReturn)
            return ApiResponse::fromError(feedReturn.error());
        auto line = feeds.applyReturn(*feedReturn);
        if (!line)
            return ApiResponse::fromError(line.error());
        changed();
        return ApiResponse::json(QJsonObject { { QStringLiteral("line"), *line } });
    });
}

} // namespace parasol
