#include "contactgenerator.h"

#include "core/businesscalendar.h"
#include "generatorcontext.h"
#include "seedrandom.h"

namespace parasol {

namespace {

struct Topic
{
    const char16_t *reason;
    const char16_t *text;
};

constexpr Topic kTopics[] = {
    { u"delivery", u"询问订单配送进度，告知预计明天送达" },
    { u"installation", u"预约空调安装时间，客户希望周末上门" },
    { u"repair", u"报修，已登记故障并转品牌服务网点" },
    { u"price_protection", u"询问降价后能否申请价保，已说明价保规则" },
    { u"coupon", u"咨询优惠券使用方法，已逐步指导" },
    { u"payment", u"询问分期付款手续费" },
    { u"inquiry", u"咨询产品保修期限" },
    { u"gift_card", u"子女送的家电，询问服务卡如何报修" },
    { u"invoice", u"申请补开电子发票" },
};

} // namespace

void ContactGenerator::generate(const Customer &customer, qint64 customerIndex, SeedBatch &batch) const
{
    SeedRandom random(m_context.seed, u"contacts", quint64(customerIndex));
    const int count = random.weighted({ 30, 35, 25, 10 });
    const bool elder = m_context.isElder(customer);
    for (int n = 0; n < count; ++n) {
        const Topic &topic = kTopics[random.below(int(std::size(kTopics)))];
        Contact contact;
        contact.id = QStringLiteral("K%1-%2").arg(customer.id).arg(n + 1);
        contact.customerId = customer.id;
        contact.kind = random.chance(0.75) ? ContactKind::Call : ContactKind::Note;
        contact.at = BusinessCalendar::startOfDay(m_context.today.addDays(-random.between(1, 180)))
            + random.between(8 * 3600, 21 * 3600) * 1000;
        contact.reason = QString::fromUtf16(topic.reason);
        contact.text = QString::fromUtf16(topic.text);
        contact.agent = elder ? QStringLiteral("elder01")
                              : QStringLiteral("agent%1").arg(random.between(1, 20), 2, 10, QLatin1Char('0'));
        batch.contacts.append(contact);
    }
}

} // namespace parasol
