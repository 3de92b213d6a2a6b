#include "priceprotection.h"

#include "businesscalendar.h"

#include <algorithm>
#include <tuple>

namespace parasol {

PriceProtectionWindow PriceProtection::window(const OrderLine &line, qint64 orderAt, std::optional<qint64> signedAt) const
{
    PriceProtectionWindow window;
    window.days = line.priceProtectDays.value_or(isLargeAppliance(line.category) ? m_policy.largeApplianceDays
                                                                                  : m_policy.smallApplianceDays);
    window.basis = line.seller == m_policy.ownSeller ? WindowBasis::Sign : WindowBasis::Order;
    if (window.basis == WindowBasis::Order)
        window.endsAt = orderAt + window.days * BusinessCalendar::kDayMs;
    else if (signedAt)
        window.endsAt = BusinessCalendar::startOfDay(BusinessCalendar::dateOf(*signedAt).addDays(1 + window.days));
    return window;
}

std::optional<PriceEvent> PriceProtection::priceInEffect(const OrderLine &line, const QList<PriceEvent> &events, qint64 now)
{
    std::optional<PriceEvent> latest;
    for (const PriceEvent &event : events) {
        if (event.sku != line.sku || event.seller != line.seller || event.effectiveAt > now)
            continue;
        // Ties go to the later announcement, then to the id, so the choice never depends on order.
        if (!latest || std::tie(event.effectiveAt, event.createdAt, event.id)
                           > std::tie(latest->effectiveAt, latest->createdAt, latest->id))
            latest = event;
    }
    return latest;
}

PriceProtectionDecision PriceProtection::decide(const PriceProtectionCase &input) const
{
    const OrderLine &line = input.line;
    PriceProtectionDecision decision;
    decision.window = window(line, input.orderAt, input.signedAt);
    decision.eligibleQty = std::max(0, line.keptQty());

    // The line's price per unit is paid / qty; it stays a fraction until the final floor.
    const qint64 paid = line.paidFen();
    const qint64 qty = std::max(1, line.qty);
    decision.unitPaidFen = paid / qty;
    decision.baselineFen = decision.unitPaidFen;

    const std::optional<PriceEvent> now = priceInEffect(line, input.events, input.now);
    // A price set at or before the order is the price the customer bought at, not a drop.
    const bool droppedSincePurchase = now && now->effectiveAt > input.orderAt;
    if (droppedSincePurchase) {
        decision.priceEventId = now->id;
        decision.priceNowFen = now->priceFen;
    }

    std::optional<qint64> lowestCompensated;
    bool thisDropPaid = false;
    for (const Claim &claim : input.claims) {
        if (claim.status != ClaimStatus::Paid || claim.orderLineId != line.id)
            continue;
        thisDropPaid = thisDropPaid || (droppedSincePurchase && claim.priceEventId == now->id);
        const auto event = std::find_if(input.events.cbegin(), input.events.cend(),
                                        [&](const PriceEvent &e) { return e.id == claim.priceEventId; });
        if (event != input.events.cend())
            lowestCompensated = std::min(lowestCompensated.value_or(event->priceFen), event->priceFen);
    }
    // baseline = min(paid / qty, lowest compensated), compared without dividing.
    const bool compensatedIsLower = lowestCompensated && *lowestCompensated * qty < paid;
    if (compensatedIsLower)
        decision.baselineFen = *lowestCompensated;

    qint64 amount = 0;
    if (droppedSincePurchase) {
        const qint64 priceNow = now->priceFen;
        if (compensatedIsLower)
            amount = std::max<qint64>(0, *lowestCompensated - priceNow) * decision.eligibleQty;
        else if (paid > priceNow * qty)
            amount = (paid - priceNow * qty) * decision.eligibleQty / qty; // floor: both factors are positive
    }

    if (line.isGift)
        decision.refusal = PriceProtectionRefusal::Gift;
    else if (!decision.window.contains(input.orderAt, input.now))
        decision.refusal = PriceProtectionRefusal::OutsideWindow;
    else if (decision.eligibleQty <= 0)
        decision.refusal = PriceProtectionRefusal::NothingLeft;
    else if (!droppedSincePurchase)
        decision.refusal = PriceProtectionRefusal::NotADrop;
    else if (thisDropPaid)
        decision.refusal = PriceProtectionRefusal::AlreadyCompensated;
    else if (amount < 1)
        decision.refusal = PriceProtectionRefusal::NotADrop;
    else if (!m_policy.countedSources.contains(now->source))
        decision.refusal = PriceProtectionRefusal::ExcludedPriceSource;
    decision.amountFen = decision.refusal ? 0 : amount;
    return decision;
}

} // namespace parasol
