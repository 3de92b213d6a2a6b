#pragma once

#include "customergenerator.h"

namespace parasol {

struct GeneratorContext;

// Gifts for parents: about one customer in thirty-three, an adult child, orders an
// appliance for an elderly parent, who is the next customer and holds the electronic
// service card naming whose order it was, so the parent can call about it. Roles follow
// from (seed, index) alone, pairing an even position with the odd one after it.
class GiftGenerator
{
public:
    // Customers before `firstOrdinary` (the showcase) take no part; `customerCount` bounds the pairs.
    GiftGenerator(const GeneratorContext &context, qint64 firstOrdinary, qint64 customerCount);

    CustomerGenerator::Role roleOf(qint64 index) const;
    // The giver's gift order and the card it gives the parent (customer index + 1).
    void generate(const Customer &giver, qint64 index, SeedBatch &batch) const;
    static constexpr int kGiftOrder = 9; // the giver's order number k for the gift

private:
    bool isGiver(qint64 index) const;

    const GeneratorContext &m_context;
    qint64 m_firstOrdinary;
    qint64 m_customerCount;
};

} // namespace parasol
