#pragma once

#include "enumnames.h"

namespace parasol {

enum class ContactKind { Call, Note };
inline constexpr EnumNames contactKindNames { std::array {
    std::pair { ContactKind::Call, u"call" },
    std::pair { ContactKind::Note, u"note" },
} };

// A call with the customer or a note an agent wrote about them.
struct Contact
{
    QString id;
    QString customerId;
    ContactKind kind = ContactKind::Note;
    qint64 at = 0;
    QString reason; // a reason code: "inquiry", "delivery", "installation", …
    QString text;
    QString agent; // login
    qint64 rowVersion = 0;
};

} // namespace parasol
