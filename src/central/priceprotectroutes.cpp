#include "priceprotectservice.h"
#include "routes.h"

#include "protocol/jsonfields.h"

namespace parasol {

void registerPriceProtectRoutes(ApiRouter &router, PriceProtectService &service, std::function<void()> changed)
{
    router.add("POST", QStringLiteral("/api/v1/price-protect/claims"), Permission::ClaimPriceProtection,
               [&service, changed](RouteContext &context) {
                   auto body = jsonBody(context.request);
                   if (!body)
                       return ApiResponse::fromError(body.error());
                   JsonFields f(*body);
                   const QString lineId = f.requiredString(QStringLiteral("order_line_id"), 128);
                   const QString key = f.requiredString(QStringLiteral("idempotency_key"), 128);
                   if (!f.ok())
                       return ApiResponse::fromError(f.error());
                   auto answer = service.claim(context.user->login, lineId, key);
                   if (!answer)
                       return ApiResponse::fromError(answer.error());
                   if (answer->created)
                       changed();
                   return ApiResponse::json(QJsonObject { { QStringLiteral("claim"), PriceProtectService::toJson(answer->claim) } },
                                            answer->created ? 201 : 200);
               });

    router.add("POST", QStringLiteral("/api/v1/price-protect/scan"), Permission::ScanPriceProtection,
               [&service, changed](RouteContext &context) {
                   auto body = jsonBody(context.request);
                   if (!body)
                       return ApiResponse::fromError(body.error());
                   JsonFields f(*body);
                   const bool dryRun = f.optionalBool(QStringLiteral("dry_run"), true); // look before paying
                   if (!f.ok())
                       return ApiResponse::fromError(f.error());
                   auto report = service.run(context.user->login, QString(), dryRun);
                   if (!report)
                       return ApiResponse::fromError(report.error());
                   if (report->claimsPaid > 0)
                       changed();
                   return ApiResponse::json(PriceProtectService::toJson(*report));
               });

    router.add("GET", QStringLiteral("/api/v1/price-protect/claims"), Permission::ReadCustomers, [&service](RouteContext &context) {
        const QString orderNo = context.request.query.queryItemValue(QStringLiteral("order_no"), QUrl::FullyDecoded);
        if (orderNo.isEmpty())
            return ApiResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("give order_no"));
        auto claims = service.claimsOfOrder(orderNo);
        if (!claims)
            return ApiResponse::fromError(claims.error());
        return ApiResponse::json(QJsonObject { { QStringLiteral("claims"), *claims } });
    });
}

} // namespace parasol
