#include "routes.h"
#include "sessionservice.h"

#include "protocol/jsonfields.h"

namespace parasol {

Result<QJsonObject> jsonBody(const ApiRequest &request)
{
    return parseJsonObject(request.body);
}

void registerSessionRoutes(ApiRouter &router, SessionService &sessions, const QString &databaseKind)
{
    router.add("GET", QStringLiteral("/api/v1/health"), std::nullopt, [databaseKind](RouteContext &) {
        return ApiResponse::json(QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                                               { QStringLiteral("db"), databaseKind },
                                               { QStringLiteral("version"), QStringLiteral(PARASOL_VERSION) } });
    });

    router.add("POST", QStringLiteral("/api/v1/sessions"), std::nullopt, [&sessions](RouteContext &context) {
        auto body = jsonBody(context.request);
        if (!body)
            return ApiResponse::fromError(body.error());
        JsonFields f(*body);
        const QString login = f.requiredString(QStringLiteral("login"), 64);
        const QString password = f.requiredString(QStringLiteral("password"), 256);
        if (!f.ok())
            return ApiResponse::fromError(f.error());
        auto reply = sessions.login(login, password);
        if (!reply)
            return ApiResponse::fromError(reply.error());
        return ApiResponse::json(SessionReplyCodec::toJson(*reply));
    });
}

} // namespace parasol
