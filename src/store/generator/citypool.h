#pragma once

#include <QList>
#include <QString>

namespace parasol {

class SeedRandom;

// Where customers live: 289 prefecture-level cities of every province, the largest
// weighted up, and an address in the city proper, a county or a township (the city
// tier of RULES.md §4: 1–2 city, 3 county, 4 township).
class CityPool
{
public:
    struct City
    {
        QString name;
        QString province;
        int tier = 2; // 1 for the largest cities, 2 for the others
        int regionCode = 0; // six digits, the head of resident ID numbers issued there
    };
    struct Home
    {
        const City *city = nullptr;
        int tier = 2;
        QString address;
    };

    CityPool();
    const QList<City> &cities() const { return m_cities; }
    const City *find(const QString &name) const;
    const City &pick(SeedRandom &random) const;
    // A home in `city`: mostly in the city proper, some in its counties and townships.
    Home home(const City &city, SeedRandom &random) const;

private:
    QList<City> m_cities;
    QList<int> m_weights;
};

} // namespace parasol
