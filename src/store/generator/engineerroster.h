#pragma once

#include "core/engineer.h"

#include <QHash>
#include <QList>

namespace parasol {

class PeoplePool;
class SeedRandom;

// Each brand's service engineers and their Blue-Shield verifications: 21 of every 25
// (84%, the figure the sources quote) passed all four; the others miss one or two.
// The second engineer of every brand misses exactly the skill check, so the showcase
// can show one.
class EngineerRoster
{
public:
    static constexpr int kPerBrand = 25;
    static constexpr int kUnverifiedPerBrand = 4;

    EngineerRoster(const PeoplePool &people, quint64 seed, QDate today);

    const QList<Engineer> &engineers() const { return m_engineers; }
    const Engineer &pick(const QString &brand, SeedRandom &random) const;
    const Engineer &at(const QString &brand, int index) const;
    // The brand's service outlet that dispatches an engineer: "美的服务网点 #031".
    static QString outlet(const QString &brand, SeedRandom &random);

private:
    QList<Engineer> m_engineers;
    QHash<QString, qsizetype> m_firstOfBrand;
};

} // namespace parasol
