#pragma once

#include <QDate>
#include <QStringList>

namespace parasol {

// A retail customer: the caller, or the recipient of a gift.
// Personal data (name, phone, address, ID number) is shown masked unless revealed.
struct Customer
{
    QString id;
    QString externalId; // the order system's id
    QString name;
    QString phone; // E.164, "+8613812345678"
    QDate birthDate; // real-name birth date; invalid when unknown
    QString gender; // "m", "f", or empty when unknown
    QString city;
    int cityTier = 1; // 1–2 city, 3 county, 4 township (RULES.md §4)
    QString address;
    QString idNumber;
    QString memberLevel;
    QStringList tags;
    bool elderDeclared = false; // marked elder by the caller's own statement (RULES.md §3)
    qint64 rowVersion = 0;
};

} // namespace parasol
