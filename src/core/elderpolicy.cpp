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

} // namespace parasol
