#include "phonenumbers.h"

#include <phonenumbers/phonenumberutil.h>

namespace parasol::PhoneNumbers {

std::optional<QString> normalise(QStringView raw)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (raw.trimmed().isEmpty() || raw.size() > 40)
        return std::nullopt;
    if (util->Parse(raw.toString().toStdString(), "CN", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    if (!util->IsValidNumber(number))
        return std::nullopt;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

QString nationalNumber(QStringView e164)
{
    if (e164.startsWith(u"+86"))
        return e164.mid(3).toString();
    return e164.startsWith(u'+') ? e164.mid(1).toString() : e164.toString();
}

} // namespace parasol::PhoneNumbers
