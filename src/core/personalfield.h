#pragma once

#include "enumnames.h"

namespace parasol {

// A field of a customer's personal data that the console shows masked until an agent
// reveals it (central-api.md's `customer.reveal`, written to the audit log).
enum class PersonalField { Name, Phone, Address, IdNumber };
inline constexpr EnumNames personalFieldNames { std::array {
    std::pair { PersonalField::Name, u"name" },
    std::pair { PersonalField::Phone, u"phone" },
    std::pair { PersonalField::Address, u"address" },
    std::pair { PersonalField::IdNumber, u"id_number" },
} };

} // namespace parasol
