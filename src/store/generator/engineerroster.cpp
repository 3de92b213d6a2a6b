#include "engineerroster.h"

#include "catalogue.h"
#include "peoplepool.h"
#include "seedrandom.h"

#include <QSet>

namespace parasol {

EngineerRoster::EngineerRoster(const PeoplePool &people, quint64 seed, QDate today)
{
    const QStringList &brands = Catalogue::brands();
    for (qsizetype b = 0; b < brands.size(); ++b) {
        SeedRandom random(seed, u"engineers", quint64(b));
        // Which engineers miss a check: always the second, and three others.
        QSet<int> unverified { 1 };
        while (unverified.size() < kUnverifiedPerBrand)
            unverified.insert(int(random.between(2, kPerBrand - 1)));
        m_firstOfBrand.insert(brands[b], m_engineers.size());
        for (int k = 0; k < kPerBrand; ++k) {
            Engineer engineer;
            engineer.id
                = QStringLiteral("E%1%2").arg(b + 1, 2, 10, QLatin1Char('0')).arg(k + 1, 3, 10, QLatin1Char('0'));
            engineer.name = people.surname(random) + people.givenName(QStringLiteral("m"), random);
            engineer.brand = brands[b];
            engineer.realNameVerified = today.addDays(-random.between(60, 1200));
            engineer.safetyVerified = today.addDays(-random.between(30, 700));
            engineer.healthVerified = today.addDays(-random.between(10, 360)); // renewed every year
            engineer.skillVerified = today.addDays(-random.between(30, 900));
            if (k == 1) {
                engineer.skillVerified = QDate();
            } else if (unverified.contains(k)) {
                QDate *checks[] = { &engineer.safetyVerified, &engineer.healthVerified, &engineer.skillVerified };
                *checks[random.below(3)] = QDate();
                if (random.chance(0.3))
                    *checks[random.below(3)] = QDate();
            }
            m_engineers.append(engineer);
        }
    }
}

const Engineer &EngineerRoster::pick(const QString &brand, SeedRandom &random) const
{
    return at(brand, random.below(kPerBrand));
}

const Engineer &EngineerRoster::at(const QString &brand, int index) const
{
    return m_engineers.at(m_firstOfBrand.value(brand) + index);
}

QString EngineerRoster::outlet(const QString &brand, SeedRandom &random)
{
    return QStringLiteral("%1服务网点 #%2").arg(brand).arg(random.between(1, 120), 3, 10, QLatin1Char('0'));
}

} // namespace parasol
