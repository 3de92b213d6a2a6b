#include "apimessage.h"

#include <QHash>

namespace parasol {

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message)
{
    return ApiResponse { status,
                         QJsonObject { { QStringLiteral("error"),
                                         QJsonObject { { QStringLiteral("code"), code },
                                                       { QStringLiteral("message"), message } } } } };
}

ApiResponse ApiResponse::fromError(const Error &error)
{
    static const QHash<QString, int> statuses {
        { QStringLiteral("malformed_json"), 400 }, { QStringLiteral("expected_object"), 400 },
        { QStringLiteral("invalid_field"), 400 },  { QStringLiteral("bad_request"), 400 },
        { QStringLiteral("bad_cursor"), 400 },     { QStringLiteral("unauthorized"), 401 },
        { QStringLiteral("forbidden"), 403 },      { QStringLiteral("not_found"), 404 },
        { QStringLiteral("conflict"), 409 },       { QStringLiteral("mid_gap"), 409 },
        { QStringLiteral("gone"), 410 },           { QStringLiteral("payload_too_large"), 413 },
        { QStringLiteral("rule_refused"), 422 },   { QStringLiteral("retry"), 503 },
        { QStringLiteral("unavailable"), 503 },
    };
    return ApiResponse::error(statuses.value(error.code, 500), error.code, error.message);
}

} // namespace parasol
