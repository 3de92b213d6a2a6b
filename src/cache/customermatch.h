#pragma once

#include "core/customer.h"

namespace parasol {

// A search result: the customer and how they matched, best matches first.
struct CustomerMatch
{
    enum class Kind { Phone, OrderNo, ServiceCard, Name, Pinyin, Initials, PhoneTail };
    Customer customer;
    Kind kind = Kind::Name;
    QString matched; // the order or card number that matched, for the results list
};

} // namespace parasol
