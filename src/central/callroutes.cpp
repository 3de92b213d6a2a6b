#include "callservice.h"
#include "routes.h"

#include "protocol/jsonfields.h"

namespace parasol {

void registerCallRoutes(ApiRouter &router, CallService &calls)
{
    router.add("POST", QStringLiteral("/api/v1/calls"), Permission::PostCalls, [&calls](RouteContext &context) {
        auto body = jsonBody(context.request);
        if (!body)
            return ApiResponse::fromError(body.error());
        JsonFields fields(*body);
        const QString ani = fields.requiredString(QStringLiteral("ani"), 40);
        if (!fields.ok())
            return ApiResponse::fromError(fields.error());
        auto call = calls.receive(ani);
        if (!call)
            return ApiResponse::fromError(call.error());
        return ApiResponse::json(QJsonObject { { QStringLiteral("call"), *call } });
    });
}

} // namespace parasol
