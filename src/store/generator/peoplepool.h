#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace parasol {

class SeedRandom;

// Chinese names, +86 mobile numbers, birth dates and resident ID numbers.
class PeoplePool
{
public:
    PeoplePool();

    // A surname, weighted by how common it is.
    QString surname(SeedRandom &random) const;
    // A one- or two-character given name for "m" or "f".
    QString givenName(const QString &gender, SeedRandom &random) const;
    // A valid mainland mobile number in E.164, distinct for every `serial` below 10^8:
    // the eight digits after the prefix are a bijection of the serial.
    static QString mobile(quint64 serial, SeedRandom &random);
    // A birth date making someone `years` old (completed years) on `onDay`.
    static QDate birthDateForAge(int years, QDate onDay, SeedRandom &random);
    // An 18-digit resident ID number: region, birth date, sequence (odd for men), check digit.
    static QString idNumber(int regionCode, QDate birthDate, const QString &gender, SeedRandom &random);

private:
    QStringList m_surnames;
    QList<int> m_surnameWeights;
    QStringList m_maleNames, m_femaleNames;
};

} // namespace parasol
