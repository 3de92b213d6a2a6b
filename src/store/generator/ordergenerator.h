#pragma once

#include "seedbatch.h"

namespace parasol {

struct CatalogueItem;
struct GeneratorContext;
class SeedRandom;

// A customer's orders (about five; most in the last six months, some up to two years
// back), each with its lines priced from the price history at the moment of ordering,
// order-level discounts shared across lines, now and then a free gift line, the order's
// own nodes (placed, paid, shipped, delivered; installation by the delivery crew), and
// what followed: installation tickets, after-sales tickets, returns.
class OrderGenerator
{
public:
    explicit OrderGenerator(const GeneratorContext &context)
        : m_context(context)
    { }

    // Order numbers: "JD", the Shanghai date of ordering, eight digits of (index, k).
    static QString orderNo(qint64 customerIndex, int k, qint64 placedAt);
    // The order's next line: `item` from `seller`, not yet priced.
    static OrderLine nextLine(const Order &order, const CatalogueItem &item, const QString &seller);
    void generate(const Customer &customer, qint64 customerIndex, SeedBatch &batch) const;
    // One order of `items` (with their sellers) placed at `placedAt`, with everything that
    // followed up to the anchor. `k` numbers the customer's orders (below 10).
    Order &addOrder(const Customer &customer, qint64 customerIndex, int k, qint64 placedAt,
                    const QList<std::pair<const CatalogueItem *, QString>> &items, SeedRandom &random,
                    SeedBatch &batch) const;

private:
    void followUp(const Customer &customer, Order &order, SeedRandom &random, SeedBatch &batch) const;

    const GeneratorContext &m_context;
};

} // namespace parasol
