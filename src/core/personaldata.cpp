#include "personaldata.h"

#include "phonenumbers.h"

#include <QList>

namespace parasol::PersonalData {

namespace {
QString maskMiddle(QStringView text, qsizetype keepFront, qsizetype keepBack)
{
    if (text.size() <= keepFront + keepBack)
        return QString(text.size(), u'*');
    return text.left(keepFront) + QString(text.size() - keepFront - keepBack, u'*') + text.right(keepBack);
}
} // namespace

QString maskPhone(QStringView e164)
{
    const QString national = PhoneNumbers::nationalNumber(e164);
    if (national.size() < 8)
        return QString(national.size(), u'*');
    return maskMiddle(national, 3, 4);
}

QString maskName(QStringView name)
{
    // Count characters, not UTF-16 units, so a rare surname outside the BMP keeps its shape.
    const QList<uint> codePoints = name.toUcs4();
    if (codePoints.isEmpty())
        return QString();
    const char32_t first = codePoints.first();
    return QString::fromUcs4(&first, 1) + QString(codePoints.size() > 1 ? codePoints.size() - 1 : 1, u'*');
}

QString maskIdNumber(QStringView idNumber)
{
    return maskMiddle(idNumber, 6, 4);
}

QString maskAddress(QStringView address)
{
    return maskMiddle(address, 6, 0);
}

} // namespace parasol::PersonalData
