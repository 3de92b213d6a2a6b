#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace parasol {

// An HTTP request as the API sees it, independent of the HTTP server library.
struct ApiRequest
{
    QByteArray method; // "GET", "POST", …
    QString path; // decoded, without the query: "/api/v1/customers/C00000001"
    QUrlQuery query;
    QByteArray authorization; // the Authorization header's value
    QByteArray body;
};

// An answer: a status and a JSON object. Errors have the contract's shape,
// {"error":{"code":"snake_case","message":"…"}}.
struct ApiResponse
{
    int status = 200;
    QJsonObject body;

    static ApiResponse json(QJsonObject body, int status = 200) { return ApiResponse { status, std::move(body) }; }
    static ApiResponse error(int status, const QString &code, const QString &message);
    // Maps an Error's code to its status: invalid input 400, not_found 404, conflict 409,
    // rule refusals 422, gone 410, unavailable 503; anything unknown is the service's own
    // fault, 500.
    static ApiResponse fromError(const Error &error);
};

} // namespace parasol
