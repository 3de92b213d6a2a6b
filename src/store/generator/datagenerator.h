#pragma once

#include "seedbatch.h"

#include <memory>
#include <QDate>

namespace parasol {

struct GeneratorContext;

// The deterministic data generator: the same seed and anchor day give the same rows,
// byte for byte. Customer i's rows follow from (seed, i) alone, so any run of customers
// can be generated on its own, in bounded memory, in any order.
class DataGenerator
{
public:
    // `showcase`: the demo's hand-written first customers (Showcase) take indexes 0–2.
    DataGenerator(const QString &seed, QDate anchorDay, qint64 customerCount, bool showcase);
    ~DataGenerator();

    qint64 customerCount() const { return m_customerCount; }
    // The instant all generated data lies before: 00:00 Shanghai time of the anchor day.
    qint64 nowMs() const;
    SharedRows sharedRows() const;
    // Customers [first, first + count) and all they own. A batch starting at 0 holds the
    // whole showcase; batches may not start inside it.
    SeedBatch generate(qint64 first, qint64 count) const;

private:
    std::unique_ptr<GeneratorContext> m_context;
    qint64 m_customerCount;
    qint64 m_firstOrdinary;
};

} // namespace parasol
