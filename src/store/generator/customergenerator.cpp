#include "customergenerator.h"

#include "generatorcontext.h"
#include "seedrandom.h"

namespace parasol {

QString CustomerGenerator::idOf(qint64 index)
{
    return QStringLiteral("C%1").arg(index + 1, 8, 10, QLatin1Char('0'));
}

QString CustomerGenerator::surnameOf(qint64 index) const
{
    SeedRandom random(m_context.seed, u"surname", quint64(index));
    return m_context.people.surname(random);
}

SeededCustomer CustomerGenerator::generate(qint64 index, Role role) const
{
    SeedRandom random(m_context.seed, u"customer", quint64(index));
    Customer c;
    c.id = idOf(index);
    c.externalId = c.id;
    c.gender = random.chance(0.5) ? QStringLiteral("f") : QStringLiteral("m");
    // A parent is the giver's father (whose surname the child carries) or mother.
    c.name = (role == Role::GiftParent ? (c.gender == u"m" ? surnameOf(index - 1) : m_context.people.surname(random))
                                       : surnameOf(index))
        + m_context.people.givenName(c.gender, random);
    c.phone = PeoplePool::mobile(quint64(index), random);

    int age = 0;
    if (role == Role::GiftGiver)
        age = int(random.between(26, 42));
    else if (role == Role::GiftParent || random.chance(0.13))
        age = int(random.between(57, 84)); // older than 56: the elder queue
    else
        age = int(random.between(20, 56));
    c.birthDate = PeoplePool::birthDateForAge(age, m_context.today, random);
    c.elderDeclared = age >= 50 && age <= 56 && random.chance(0.1);

    const CityPool::City &city = m_context.cities.pick(random);
    const CityPool::Home home = m_context.cities.home(city, random);
    c.city = city.name;
    c.cityTier = home.tier;
    c.address = home.address;
    c.idNumber = PeoplePool::idNumber(city.regionCode, c.birthDate, c.gender, random);
    static const QStringList levels { QStringLiteral("regular"), QStringLiteral("silver"), QStringLiteral("gold"),
                                      QStringLiteral("plus") };
    c.memberLevel = levels.at(random.weighted({ 45, 25, 18, 12 }));
    if (random.chance(0.04))
        c.tags.append(QStringLiteral("frequent_caller"));
    return SeededCustomer { c, 0 };
}

} // namespace parasol
