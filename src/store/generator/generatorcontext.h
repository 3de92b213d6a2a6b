#pragma once

#include "catalogue.h"
#include "citypool.h"
#include "core/customer.h"
#include "core/elderpolicy.h"
#include "engineerroster.h"
#include "peoplepool.h"
#include "pricehistory.h"

#include <QDate>

namespace parasol {

// What every part of the generator shares: the seed, the anchor, and the pools and
// catalogue built once from them. Everything generated lies before `nowMs`, 00:00
// Shanghai time of the anchor day, so the data is the same whenever that day it is made.
struct GeneratorContext
{
    GeneratorContext(const QString &seedText, QDate anchorDay);

    quint64 seed;
    QDate today; // the anchor day
    qint64 nowMs;
    ElderPolicy elderPolicy;
    PeoplePool people;
    CityPool cities;
    Catalogue catalogue;
    EngineerRoster engineers;
    PriceHistory prices; // the showcase scripts the histories of its own items

    bool isElder(const Customer &customer) const;
    bool isElderOn(const Customer &customer, qint64 atMs) const;
};

} // namespace parasol
