#include "priceprotectservice.h"
#include "routes.h"

#include "protocol/jsonfields.h"

namespace parasol {

namespace {
constexpr qint64 kMaxScanPage = 2000; // lines per page of a paged scan: a page answers within seconds
}

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
                   // The paged form (an addition to the contract): one page of lines after
                   // the cursor `after`, answered with `next` (null after the last) and `total`.
                   const bool paged = body->contains(QLatin1String("after")) || body->contains(QLatin1String("limit"));
                   const QString after = f.optionalString(QStringLiteral("after"), QString(), 128);
                   const auto limit = f.optionalInteger(QStringLiteral("limit"), 1, kMaxScanPage);
                   // Also an addition: the id of one real run, sent with each of its pages, so a
                   // page asked again after a lost answer still reports what the run paid there.
                   const QString runId = f.optionalString(QStringLiteral("run_id"), QString(), 64);
                   if (f.ok() && !runId.isNull() && !PriceProtectService::isValidRunId(runId))
                       f.fail(QStringLiteral("run_id"), QStringLiteral("use 16 to 64 letters, digits, '-', '_'"));
                   if (!f.ok())
                       return ApiResponse::fromError(f.error());
                   if (paged) {
                       auto page = service.runPage(context.user->login, after, int(limit.value_or(kMaxScanPage)),
                                                   dryRun, runId);
                       if (!page)
                           return ApiResponse::fromError(page.error());
                       if (page->report.claimsPaid > 0)
                           changed();
                       return ApiResponse::json(PriceProtectService::toJson(*page));
                   }
                   auto report = service.run(context.user->login, dryRun, runId);
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
