#include "elderpolicy.h"

#include "businesscalendar.h"

namespace parasol {

bool ElderPolicy::isElder(QDate birthDate, QDate onDay, bool declaredElder) const
{
    if (declaredElder)
        return true;
    if (!birthDate.isValid() || !onDay.isValid())
        return false;
    return BusinessCalendar::completedYears(birthDate, onDay) > olderThanYears;
}

Seat ElderPolicy::queueFor(const std::optional<Customer> &caller, QDate callDay) const
{
    if (caller && isElder(caller->birthDate, callDay, caller->elderDeclared))
        return Seat::Elder;
    return Seat::General;
}

} // namespace parasol
