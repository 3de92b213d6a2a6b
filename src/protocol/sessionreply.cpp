#include "sessionreply.h"

#include "jsonfields.h"

namespace parasol::SessionReplyCodec {

QJsonObject toJson(const SessionReply &reply)
{
    const User &u = reply.user;
    return QJsonObject {
        { QStringLiteral("token"), reply.token },
        { QStringLiteral("user"),
          QJsonObject { { QStringLiteral("id"), u.id },
                        { QStringLiteral("login"), u.login },
                        { QStringLiteral("display_name"), u.displayName },
                        { QStringLiteral("role"), roleNames.name(u.role) },
                        { QStringLiteral("seat"), u.seat ? QJsonValue(seatNames.name(*u.seat)) : QJsonValue::Null },
                        { QStringLiteral("brand"), u.brand.isEmpty() ? QJsonValue::Null : QJsonValue(u.brand) } } },
    };
}

Result<SessionReply> parse(const QJsonObject &json)
{
    JsonFields f(json);
    SessionReply reply;
    reply.token = f.requiredString(QStringLiteral("token"), 512);
    JsonFields u(f.requiredObject(QStringLiteral("user")), QStringLiteral("user"));
    reply.user.id = u.requiredString(QStringLiteral("id"));
    reply.user.login = u.requiredString(QStringLiteral("login"));
    reply.user.displayName = u.optionalString(QStringLiteral("display_name"));
    reply.user.role = u.requiredEnum(QStringLiteral("role"), roleNames);
    const QString seat = u.optionalString(QStringLiteral("seat"));
    reply.user.seat = seatNames.parse(seat);
    reply.user.brand = u.optionalString(QStringLiteral("brand"));
    f.adopt(u);
    if (!f.ok())
        return Error { QStringLiteral("bad_reply"), f.error().message };
    return reply;
}

} // namespace parasol::SessionReplyCodec
