#pragma once

#include "seedbatch.h"

namespace parasol {

struct GeneratorContext;

// Calls with the customer and agents' notes over the last six months, about what
// callers ask most (delivery, installation, repairs, price protection, coupons).
class ContactGenerator
{
public:
    explicit ContactGenerator(const GeneratorContext &context)
        : m_context(context)
    { }

    void generate(const Customer &customer, qint64 customerIndex, SeedBatch &batch) const;

private:
    const GeneratorContext &m_context;
};

} // namespace parasol
