#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace parasol {

// A mutation as sync/push carries it.
struct PushMutation
{
    qint64 mid = 0;
    QString type;
    QJsonObject data;
};

// Central's answer about one mutation.
struct PushOutcome
{
    enum class Status { Applied, Duplicate, Rejected };
    qint64 mid = 0;
    Status status = Status::Applied;
    Error error; // Rejected only
};

// The answer to one sync/push: the outcomes of the mutations central handled, in order,
// and, when it stopped at a gap in the numbering (409), the mid it expects next.
struct PushReply
{
    QList<PushOutcome> outcomes;
    std::optional<qint64> expectedMid;
};

namespace PushExchangeCodec {
QJsonObject request(const QString &clientId, const QList<PushMutation> &mutations);
// Reads a 200 answer, or a 409 answer's body (which also has "expected_mid").
Result<PushReply> parseReply(const QJsonObject &json);
} // namespace PushExchangeCodec

} // namespace parasol
