#pragma once

#include "user.h"

#include <optional>

namespace parasol {

// An incoming call from the phone system, from its arrival until the seat that took
// it wraps it up. Queues are named like seats: a call waits for a seat of its queue.
struct Call
{
    QString id;
    QString ani; // the caller's number, E.164
    QString customerId; // empty when the number matched no customer
    Seat queue = Seat::General;
    QString seatUserId; // empty while the call waits for a free seat
    qint64 at = 0; // arrival, UTC ms
    std::optional<qint64> routedAt;
    std::optional<qint64> wrappedUpAt;
};

} // namespace parasol
