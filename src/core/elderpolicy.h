#pragma once

#include <QDate>

namespace parasol {

// Elder-care routing (RULES.md §3): a caller whose real-name age in completed years
// on the day of the call (Shanghai calendar) is greater than `olderThanYears` goes to
// the elder queue. The threshold is configurable (⚙).
struct ElderPolicy
{
    int olderThanYears = 56;

    // Unknown birth date counts as not elder, unless the caller said so themselves.
    bool isElder(QDate birthDate, QDate onDay, bool declaredElder = false) const;
};

} // namespace parasol
