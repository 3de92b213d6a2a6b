#include "giftgenerator.h"

#include "core/businesscalendar.h"
#include "generatorcontext.h"
#include "ordergenerator.h"
#include "seedrandom.h"

namespace parasol {

GiftGenerator::GiftGenerator(const GeneratorContext &context, qint64 firstOrdinary, qint64 customerCount)
    : m_context(context)
    , m_firstOrdinary(firstOrdinary)
    , m_customerCount(customerCount)
{ }

bool GiftGenerator::isGiver(qint64 index) const
{
    if (index < m_firstOrdinary || (index - m_firstOrdinary) % 2 != 0 || index + 1 >= m_customerCount)
        return false;
    return SeedRandom(m_context.seed, u"gift", quint64(index)).chance(0.06);
}

CustomerGenerator::Role GiftGenerator::roleOf(qint64 index) const
{
    if (isGiver(index))
        return CustomerGenerator::Role::GiftGiver;
    if (index > 0 && isGiver(index - 1))
        return CustomerGenerator::Role::GiftParent;
    return CustomerGenerator::Role::Ordinary;
}

void GiftGenerator::generate(const Customer &giver, qint64 index, SeedBatch &batch) const
{
    SeedRandom random(m_context.seed, u"gift-order", quint64(index));
    static constexpr Category kGifts[]
        = { Category::WaterHeater, Category::AirConditioner, Category::SmallHome, Category::Tv, Category::Fridge };
    const CatalogueItem &item = m_context.catalogue.pick(kGifts[random.below(int(std::size(kGifts)))], random);
    const qint64 placedAt = BusinessCalendar::startOfDay(m_context.today.addDays(-random.between(10, 150)))
        + random.between(9, 22) * 3600 * 1000;
    const Order &order = OrderGenerator(m_context).addOrder(giver, index, kGiftOrder, placedAt,
                                                            { { &item, item.sellers.first() } }, random, batch);
    ServiceCard card;
    card.id = QStringLiteral("SC%1").arg(index + 1, 10, 10, QLatin1Char('0'));
    card.orderNo = order.orderNo;
    card.holderCustomerId = CustomerGenerator::idOf(index + 1);
    card.giverCustomerId = giver.id;
    card.issuedAt = order.paidAt.value_or(order.placedAt);
    batch.serviceCards.append(card);
}

} // namespace parasol
