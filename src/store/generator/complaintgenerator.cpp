#include "complaintgenerator.h"

#include "core/businesscalendar.h"
#include "generatorcontext.h"
#include "seedrandom.h"

namespace parasol {

namespace {

struct Kind
{
    ComplaintCategory category;
    int weight;
    const char16_t *reasons; // second-level reasons, space-separated
    const char16_t *text;
};

const QList<Kind> &kinds()
{
    using C = ComplaintCategory;
    static const QList<Kind> all {
        { C::AfterSalesService, 30, u"engineer_late installation_fee repair_unresolved rude_service",
          u"售后师傅多次爽约，问题一直没解决" },
        { C::Quality, 25, u"defect_on_arrival repeat_failure noise", u"新买的机器用了不到一个月就坏了" },
        { C::Price, 12, u"price_protection_refused price_mismatch coupon_not_applied", u"买完就降价，申请价保被拒" },
        { C::Contract, 8, u"delivery_delay order_cancelled", u"承诺的送货时间一再推迟" },
        { C::FalseAdvertising, 5, u"spec_mismatch", u"实际参数与页面宣传不符" },
        { C::Safety, 4, u"gas_leak electric_shock", u"燃气接口有异味，担心漏气" },
        { C::Counterfeit, 3, u"not_genuine", u"怀疑收到的不是正品" },
        { C::PersonalDignity, 3, u"insulted", u"客服态度恶劣" },
        { C::Measurement, 2, u"capacity_short", u"实际容量与标称不符" },
        { C::Other, 8, u"other", u"其他问题" },
    };
    return all;
}

const QStringList kOwners = QStringLiteral("lead01 lead02 lead03 svc-quality svc-pricing").split(u' ');

} // namespace

void ComplaintGenerator::generate(const Customer &customer, qint64 customerIndex, const QList<Order> &orders,
                                  SeedBatch &batch) const
{
    SeedRandom random(m_context.seed, u"complaints", quint64(customerIndex));
    const int count = random.chance(0.1) ? (random.chance(0.15) ? 2 : 1) : 0;
    QList<int> weights;
    for (const Kind &kind : kinds())
        weights.append(kind.weight);
    constexpr qint64 kHourMs = 3600 * 1000;
    for (int n = 0; n < count; ++n) {
        const Kind &kind = kinds().at(random.weighted(weights));
        Complaint c;
        c.id = QStringLiteral("Q%1-%2").arg(customer.id).arg(n + 1);
        c.customerId = customer.id;
        c.openedAt = BusinessCalendar::startOfDay(m_context.today.addDays(-random.between(1, 182)))
            + random.between(8, 21) * kHourMs + random.between(0, 59) * 60000;
        // About an order placed before the complaint, when there is one.
        QList<const Order *> before;
        for (const Order &order : orders)
            if (order.placedAt < c.openedAt)
                before.append(&order);
        if (!before.isEmpty()) {
            const Order *order = random.pick(before);
            c.orderNo = order->orderNo;
            c.brand = order->lines.first().brand;
        }
        c.category = kind.category;
        c.reason = random.pick(QString::fromUtf16(kind.reasons).split(u' '));
        c.text = QString::fromUtf16(kind.text);
        static const QStringList channels { QStringLiteral("phone"), QStringLiteral("online"), QStringLiteral("app") };
        c.channel = channels.at(random.weighted({ 55, 25, 20 }));
        c.escalation = escalationNames.at(std::size_t(random.weighted({ 80, 8, 7, 3, 2 })));
        c.urgent = c.category == ComplaintCategory::Safety || c.escalation == Escalation::Media;
        c.elder = m_context.isElderOn(customer, c.openedAt);

        const qint64 age = m_context.nowMs - c.openedAt;
        const int state = age > 14 * 24 * kHourMs ? random.weighted({ 0, 10, 15, 70, 5 })
            : age > 3 * 24 * kHourMs              ? random.weighted({ 0, 40, 40, 20, 0 })
                                                  : random.weighted({ 50, 50, 0, 0, 0 });
        c.state = complaintStateNames.at(std::size_t(state));
        if (c.state != ComplaintState::Open)
            c.owner = random.pick(kOwners);
        if (c.state == ComplaintState::Resolved || c.state == ComplaintState::Verified
            || c.state == ComplaintState::Reopened) {
            c.resolvedAt = std::min(c.openedAt + random.between(4, 240) * kHourMs, m_context.nowMs - 2 * kHourMs);
            if (c.state == ComplaintState::Verified) {
                c.verifiedAt = std::min(*c.resolvedAt + random.between(12, 72) * kHourMs, m_context.nowMs - kHourMs);
                c.satisfaction = random.weighted({ 1, 2, 4, 33, 60 }) + 1; // about 93% say 4 or 5
            }
        }
        batch.complaints.append(c);
    }
}

} // namespace parasol
