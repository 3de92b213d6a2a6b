#pragma once

#include "customer.h"
#include "user.h"

#include <QDate>

#include <optional>

namespace parasol {

// Elder-care routing (RULES.md §3): a caller whose real-name age in completed years
// on the day of the call (Shanghai calendar) is greater than `olderThanYears` goes to
// the elder queue. The threshold is configurable (⚙).
struct ElderPolicy
{
    int olderThanYears = 56;

    // Unknown birth date counts as not elder, unless the caller said so themselves.
    bool isElder(QDate birthDate, QDate onDay, bool declaredElder = false) const;
    // The queue of a call on `callDay`: elder callers to the elder queue, everyone else
    // and unknown callers (no matched customer) to the general queue.
    Seat queueFor(const std::optional<Customer> &caller, QDate callDay) const;
};

} // namespace parasol
