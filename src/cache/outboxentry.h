#pragma once

#include <QJsonObject>
#include <QString>

namespace parasol {

// One local write waiting for (or answered by) the central service: a mutation of
// central-api.md's sync/push, numbered `mid` per console installation.
struct OutboxEntry
{
    enum class State { Pending, Applied, Rejected };

    qint64 mid = 0;
    QString type; // "contact.note", "ticket.open", …
    QJsonObject data;
    QString customerId; // whose view shows it while it waits
    qint64 createdAtMs = 0;
    State state = State::Pending;
    QString errorCode; // why central refused it (Rejected only)
    QString errorMessage;
};

} // namespace parasol
