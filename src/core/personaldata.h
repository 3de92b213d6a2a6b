#pragma once

#include <QString>

namespace parasol::PersonalData {

// Masked forms shown by default; the full value is revealed only by an explicit,
// audited action.
// "+8613812345678" → "138****5678"
QString maskPhone(QStringView e164);
// "张伟" → "张*", "欧阳娜娜" → "欧***", "Li" → "L*"
QString maskName(QStringView name);
// "110101196205011234" → "110101********1234"
QString maskIdNumber(QStringView idNumber);
// Keeps the first six characters (city and district), masks the rest.
QString maskAddress(QStringView address);

} // namespace parasol::PersonalData
