#pragma once

#include "seedbatch.h"

namespace parasol {

struct GeneratorContext;

// Complaints over the last six months from about one customer in ten: a China
// Consumers Association category with a second-level reason, a channel, sometimes an
// escalation (12315, the consumer association, the media), an owner, and a state that
// follows its age (old ones resolved and verified, with the customer's satisfaction).
class ComplaintGenerator
{
public:
    explicit ComplaintGenerator(const GeneratorContext &context)
        : m_context(context)
    { }

    // `orders` are the customer's, for the order and brand a complaint is about.
    void generate(const Customer &customer, qint64 customerIndex, const QList<Order> &orders, SeedBatch &batch) const;

private:
    const GeneratorContext &m_context;
};

} // namespace parasol
