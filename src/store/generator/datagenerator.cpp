#include "datagenerator.h"

#include "complaintgenerator.h"
#include "contactgenerator.h"
#include "core/businesscalendar.h"
#include "customergenerator.h"
#include "generatorcontext.h"
#include "giftgenerator.h"
#include "ordergenerator.h"
#include "seedrandom.h"
#include "showcase.h"

namespace parasol {

DataGenerator::DataGenerator(const QString &seed, QDate anchorDay, qint64 customerCount, bool showcase)
    : m_context(std::make_unique<GeneratorContext>(seed, anchorDay))
    , m_customerCount(customerCount)
    , m_firstOrdinary(showcase ? Showcase::kCustomers : 0)
{
    if (showcase)
        Showcase(*m_context).reserveCatalogue();
}

DataGenerator::~DataGenerator() = default;

qint64 DataGenerator::nowMs() const
{
    return m_context->nowMs;
}

SharedRows DataGenerator::sharedRows() const
{
    return SharedRows { m_context->engineers.engineers(), m_context->prices.events() };
}

SeedBatch DataGenerator::generate(qint64 first, qint64 count) const
{
    const GeneratorContext &context = *m_context;
    SeedBatch batch;
    const qint64 end = std::min(first + count, m_customerCount);
    if (first == 0 && m_firstOrdinary > 0)
        batch = Showcase(*m_context).generate();
    const CustomerGenerator customers(context);
    const OrderGenerator orders(context);
    const GiftGenerator gifts(context, m_firstOrdinary, m_customerCount);
    const ContactGenerator contacts(context);
    const ComplaintGenerator complaints(context);
    for (qint64 index = std::max(first, m_firstOrdinary); index < end; ++index) {
        const CustomerGenerator::Role role = gifts.roleOf(index);
        SeededCustomer seeded = customers.generate(index, role);
        const Customer &customer = seeded.customer;
        const qsizetype firstOrder = batch.orders.size();
        orders.generate(customer, index, batch);
        if (role == CustomerGenerator::Role::GiftGiver)
            gifts.generate(customer, index, batch);
        const QList<Order> own = batch.orders.mid(firstOrder);
        contacts.generate(customer, index, batch);
        complaints.generate(customer, index, own, batch);

        // The order system first saw them some time before their first order.
        qint64 firstPlaced = context.nowMs;
        for (const Order &order : own)
            firstPlaced = std::min(firstPlaced, order.placedAt);
        SeedRandom random(context.seed, u"created", quint64(index));
        seeded.createdAt = firstPlaced - random.between(1, 400) * BusinessCalendar::kDayMs;
        batch.customers.append(std::move(seeded));
    }
    return batch;
}

} // namespace parasol
