#pragma once

#include "apimessage.h"

#include "core/access.h"

#include <functional>
#include <optional>

namespace parasol {

// What a route handler gets: the request, the values of the path's {} segments, and
// the authenticated user (none for public routes).
struct RouteContext
{
    const ApiRequest &request;
    QStringList params;
    std::optional<User> user;
};

// Dispatches API requests to handlers by method and path pattern. Every route names the
// permission it needs (or none, for the public ones): the router answers 401 without a
// valid token and 403 for a role that may not, before any handler runs. Unknown paths
// are 404, a known path with another method 405, an oversize body 413.
class ApiRouter
{
public:
    using Handler = std::function<ApiResponse(RouteContext &)>;
    // The user a bearer token belongs to; nullopt for an unknown or expired token.
    using Authenticator = std::function<Result<std::optional<User>>(const QString &token)>;

    explicit ApiRouter(Authenticator authenticator) : m_authenticate(std::move(authenticator)) { }

    static constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;

    // `pattern` is a path with "{}" for each parameter segment: "/api/v1/customers/{}".
    void add(const QByteArray &method, const QString &pattern, std::optional<Permission> permission, Handler handler);

    ApiResponse dispatch(const ApiRequest &request) const;
    // Whether `path` is a route for `method`, for the WebSocket upgrade check.
    bool matches(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments; // "{}" marks a parameter
        std::optional<Permission> permission;
        Handler handler;
    };
    static std::optional<QStringList> match(const Route &route, const QStringList &segments);
    ApiResponse authorise(const Route &route, RouteContext &context) const;

    Authenticator m_authenticate;
    QList<Route> m_routes;
};

} // namespace parasol
