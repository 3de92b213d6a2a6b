#pragma once

#include "enumnames.h"

#include <optional>

namespace parasol {

enum class Role { Agent, Lead, Admin, Feed, Brand };
inline constexpr EnumNames roleNames { std::array {
    std::pair { Role::Agent, u"agent" },
    std::pair { Role::Lead, u"lead" },
    std::pair { Role::Admin, u"admin" },
    std::pair { Role::Feed, u"feed" },
    std::pair { Role::Brand, u"brand" },
} };

// Which queue an agent's seat answers (RULES.md §3).
enum class Seat { General, Elder };
inline constexpr EnumNames seatNames { std::array {
    std::pair { Seat::General, u"general" },
    std::pair { Seat::Elder, u"elder" },
} };

struct User
{
    QString id;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    std::optional<Seat> seat; // agents only
    QString brand; // brand users only: the brand whose service network they belong to
};

} // namespace parasol
