#include "customerqueries.h"
#include "routes.h"

#include "core/phonenumbers.h"

namespace parasol {

namespace {

ApiResponse customers(const Result<QJsonArray> &found)
{
    if (!found)
        return ApiResponse::fromError(found.error());
    return ApiResponse::json(QJsonObject { { QStringLiteral("customers"), *found } });
}

ApiResponse lookup(CustomerQueries &queries, const QUrlQuery &query)
{
    const QString phone = query.queryItemValue(QStringLiteral("phone"), QUrl::FullyDecoded);
    const QString orderNo = query.queryItemValue(QStringLiteral("order_no"), QUrl::FullyDecoded);
    const QString text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    const int given = int(!phone.isEmpty()) + int(!orderNo.isEmpty()) + int(!text.isEmpty());
    if (given != 1)
        return ApiResponse::error(400, QStringLiteral("bad_request"),
                                  QStringLiteral("give exactly one of phone, order_no or q"));
    if (!phone.isEmpty()) {
        const std::optional<QString> e164 = PhoneNumbers::normalise(phone);
        if (!e164)
            return ApiResponse::error(400, QStringLiteral("invalid_field"), QStringLiteral("phone: not a valid phone number"));
        return customers(queries.byPhone(*e164));
    }
    if (!orderNo.isEmpty())
        return customers(queries.byOrderNo(orderNo));
    if (text.size() > 64)
        return ApiResponse::error(400, QStringLiteral("invalid_field"), QStringLiteral("q: longer than 64 characters"));
    return customers(queries.search(text));
}

ApiResponse answer(const Result<QJsonObject> &result)
{
    if (!result)
        return ApiResponse::fromError(result.error());
    return ApiResponse::json(*result);
}

} // namespace

void registerCustomerRoutes(ApiRouter &router, CustomerQueries &queries)
{
    router.add("GET", QStringLiteral("/api/v1/customers"), Permission::ReadCustomers,
               [&queries](RouteContext &context) { return lookup(queries, context.request.query); });
    router.add("GET", QStringLiteral("/api/v1/customers/{}"), Permission::ReadCustomers,
               [&queries](RouteContext &context) { return answer(queries.unifiedView(context.params[0])); });
    router.add("GET", QStringLiteral("/api/v1/orders/{}/timeline"), Permission::ReadCustomers,
               [&queries](RouteContext &context) { return answer(queries.timeline(context.params[0])); });
}

} // namespace parasol
