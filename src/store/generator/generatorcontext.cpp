#include "generatorcontext.h"

#include "core/businesscalendar.h"
#include "seedrandom.h"

namespace parasol {

GeneratorContext::GeneratorContext(const QString &seedText, QDate anchorDay)
    : seed(SeedRandom::hash(seedText))
    , today(anchorDay)
    , nowMs(BusinessCalendar::startOfDay(anchorDay))
    , catalogue(seed)
    , engineers(people, seed, anchorDay)
    , prices(catalogue, seed, nowMs)
{ }

bool GeneratorContext::isElder(const Customer &customer) const
{
    return elderPolicy.isElder(customer.birthDate, today, customer.elderDeclared);
}

bool GeneratorContext::isElderOn(const Customer &customer, qint64 atMs) const
{
    return elderPolicy.isElder(customer.birthDate, BusinessCalendar::dateOf(atMs), customer.elderDeclared);
}

} // namespace parasol
