#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QJsonObject>

#include <optional>

namespace parasol {

// A call routed to this seat, as /api/v1/events sends it in {"type":"call","call":{…}}:
// the caller's number and, when it matched a customer, what the incoming-call bar shows
// of them without a lookup (masked).
struct CallOffer
{
    QString id;
    Seat queue = Seat::General;
    QString ani; // E.164
    QString customerId; // empty for an unknown number
    QString nameMasked;
    QString phoneMasked;
    std::optional<int> age;
    bool elder = false;

    bool isKnownCaller() const { return !customerId.isEmpty(); }
};

namespace CallOfferCodec {
// Reads the "call" object of a call message; an Error for a malformed one.
Result<CallOffer> parse(const QJsonObject &call);
} // namespace CallOfferCodec

} // namespace parasol
