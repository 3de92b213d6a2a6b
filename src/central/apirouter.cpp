#include "apirouter.h"

namespace parasol {

namespace {
QStringList segmentsOf(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}
} // namespace

void ApiRouter::add(const QByteArray &method, const QString &pattern, std::optional<Permission> permission, Handler handler)
{
    m_routes.append(Route { method, segmentsOf(pattern), permission, std::move(handler) });
}

std::optional<QStringList> ApiRouter::match(const Route &route, const QStringList &segments)
{
    if (route.segments.size() != segments.size())
        return std::nullopt;
    QStringList params;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.segments[i] == u"{}")
            params.append(segments[i]);
        else if (route.segments[i] != segments[i])
            return std::nullopt;
    }
    return params;
}

bool ApiRouter::matches(const QByteArray &method, const QString &path) const
{
    const QStringList segments = segmentsOf(path);
    for (const Route &route : m_routes)
        if (route.method == method && match(route, segments))
            return true;
    return false;
}

ApiResponse ApiRouter::authorise(const Route &route, RouteContext &context) const
{
    const QByteArray header = context.request.authorization.trimmed();
    const QByteArray scheme = QByteArrayLiteral("Bearer ");
    if (!header.startsWith(scheme))
        return ApiResponse::error(401, QStringLiteral("unauthorized"),
                                  QStringLiteral("this request needs an Authorization: Bearer TOKEN header; "
                                                 "get a token from POST /api/v1/sessions"));
    auto user = m_authenticate(QString::fromLatin1(header.mid(scheme.size()).trimmed()));
    if (!user)
        return ApiResponse::fromError(user.error());
    if (!*user)
        return ApiResponse::error(401, QStringLiteral("unauthorized"),
                                  QStringLiteral("the token is unknown or has expired; log in again"));
    if (!isAllowed((*user)->role, *route.permission))
        return ApiResponse::error(403, QStringLiteral("forbidden"),
                                  QStringLiteral("the role %1 may not do this").arg(roleNames.name((*user)->role)));
    context.user = **user;
    return ApiResponse { 0, {} };
}

ApiResponse ApiRouter::dispatch(const ApiRequest &request) const
{
    const QStringList segments = segmentsOf(request.path);
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        std::optional<QStringList> params = match(route, segments);
        if (!params)
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        if (request.body.size() > kMaxBodyBytes)
            return ApiResponse::error(413, QStringLiteral("payload_too_large"),
                                      QStringLiteral("the body is larger than %1 bytes").arg(kMaxBodyBytes));
        RouteContext context { request, *params, std::nullopt };
        if (route.permission) {
            ApiResponse refusal = authorise(route, context);
            if (refusal.status != 0)
                return refusal;
        }
        return route.handler(context);
    }
    if (pathKnown)
        return ApiResponse::error(405, QStringLiteral("method_not_allowed"),
                                  QStringLiteral("%1 is not allowed on %2").arg(QString::fromLatin1(request.method), request.path));
    return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such resource: %1").arg(request.path));
}

} // namespace parasol
