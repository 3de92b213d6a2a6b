#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QJsonObject>

namespace parasol {

// The answer to POST /api/v1/sessions.
struct SessionReply
{
    QString token;
    User user;
};

namespace SessionReplyCodec {
QJsonObject toJson(const SessionReply &reply);
Result<SessionReply> parse(const QJsonObject &json);
} // namespace SessionReplyCodec

} // namespace parasol
