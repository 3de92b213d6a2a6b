#pragma once

#include <QString>

#include <optional>

namespace parasol::PhoneNumbers {

// The E.164 form ("+8613812345678") of a number written any common way
// ("13812345678", "+86 138 1234 5678", "0086-138-1234-5678", "010 1234 5678"),
// read as a Chinese number unless it carries a country code. Uses libphonenumber's
// metadata, so the rules stay current with the package. nullopt when it is not a
// valid number.
std::optional<QString> normalise(QStringView raw);

// The national significant number of an E.164 number: "+8613812345678" → "13812345678".
QString nationalNumber(QStringView e164);

} // namespace parasol::PhoneNumbers
