#pragma once

#include "seedbatch.h"

namespace parasol {

struct GeneratorContext;

// A customer's profile from (seed, index) alone: name, mobile, age (about 15% older
// than 56), city and home, ID number, member level. Customer ids are "C" and eight
// digits of index + 1, the same as the order system's external id.
class CustomerGenerator
{
public:
    // What a customer is to a gift: an adult child who bought one, or the parent holding its card.
    enum class Role { Ordinary, GiftGiver, GiftParent };

    explicit CustomerGenerator(const GeneratorContext &context)
        : m_context(context)
    { }

    static QString idOf(qint64 index);
    // The surname of customer `index`, drawn on its own so a parent can share a child's.
    QString surnameOf(qint64 index) const;
    SeededCustomer generate(qint64 index, Role role) const;

private:
    const GeneratorContext &m_context;
};

} // namespace parasol
