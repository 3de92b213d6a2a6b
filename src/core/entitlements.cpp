#include "entitlements.h"

#include "businesscalendar.h"

#include <algorithm>
#include <numeric>

namespace parasol {

namespace {

// 00:00 Shanghai on the day after `date` advanced by `years` and `days`.
qint64 dayEnd(QDate date, int years, int days)
{
    return BusinessCalendar::startOfDay(date.addYears(years).addDays(1 + days));
}

} // namespace

QList<EntitlementRule> EntitlementPolicy::rules() const
{
    using enum Remedy;
    using enum EntitlementCondition;
    using enum EntitlementScope;
    using enum EntitlementAnchor;
    // id, remedy, condition, scope, anchor, part, start day, days, years, repair time extends
    return {
        { u"E1"_qs, NoReasonReturn, None, AnyItem, SignOff, {}, 0, noReasonReturnDays, 0, false },
        { u"E2"_qs, Return, QualityProblem, AnyItem, SignOff, {}, 0, 30, 0, false },
        { u"E3"_qs, Exchange, QualityProblem, AnyItem, SignOff, {}, 0, 180, 0, false },
        // A small appliance is replaced, never repaired: E4 takes the place of E7 for it.
        { u"E4"_qs, Replace, QualityProblem, SmallAppliance, SignOff, {}, 0, 0, 1, false },
        { u"E5"_qs, ReturnExchangeOrRepair, PerformanceFault, AnyItem, Sale, {}, 0, 7, 0, false },
        { u"E6"_qs, ExchangeOrRepair, PerformanceFault, AnyItem, Sale, {}, 7, 15, 0, false },
        { u"E7"_qs, FreeRepair, WarrantyFault, LargeAppliance, Sale, u"whole_unit"_qs, 0, 0, 1, true },
        { u"E7"_qs, FreeRepair, WarrantyFault, MainPartsWarranty, Sale, u"main_parts"_qs, 0, 0, 3, true },
        { u"E8"_qs, FreeExchange, RepairsFailed, AnyItem, RepairHistory, {}, 0, 0, 0, false },
        { u"E9"_qs, PriceProtection, PriceDrop, AnyItem, PriceProtectionWindow, {}, 0, 0, 0, false },
    };
}

bool Entitlements::covers(const EntitlementRule &rule, const OrderLine &line) const
{
    switch (rule.scope) {
    case EntitlementScope::AnyItem:
        return true;
    case EntitlementScope::SmallAppliance:
        return !isLargeAppliance(line.category);
    case EntitlementScope::LargeAppliance:
        return isLargeAppliance(line.category);
    case EntitlementScope::MainPartsWarranty:
        return m_policy.mainPartsCategories.contains(line.category);
    }
    return false;
}

bool Entitlements::repairsQualify(const EntitlementCase &input, std::optional<qint64> warrantyEnd) const
{
    const auto withinWarranty = [&](const RepairRecord &r) { return !warrantyEnd || r.startedAt < *warrantyEnd; };
    const auto failed = std::count_if(input.repairs.cbegin(), input.repairs.cend(),
                                      [&](const RepairRecord &r) { return r.failed && withinWarranty(r); });
    const bool longRepair = std::any_of(input.repairs.cbegin(), input.repairs.cend(), [&](const RepairRecord &r) {
        return withinWarranty(r) && r.durationMs(input.now) > m_policy.longRepairDays * BusinessCalendar::kDayMs;
    });
    return failed >= m_policy.failedRepairsForExchange || longRepair;
}

QList<Entitlement> Entitlements::applying(const EntitlementCase &input) const
{
    const OrderLine &line = input.line;
    if (line.keptQty() <= 0)
        return {};
    const QDate saleDate = BusinessCalendar::dateOf(input.paidAt.value_or(input.orderAt));
    const qint64 repairTime = std::accumulate(input.repairs.cbegin(), input.repairs.cend(), qint64(0),
                                              [&](qint64 sum, const RepairRecord &r) { return sum + r.durationMs(input.now); });
    const qint64 wholeUnitWarrantyEnd = dayEnd(saleDate, 1, 0) + repairTime;

    QList<Entitlement> applying;
    for (const EntitlementRule &rule : m_policy.rules()) {
        if (!covers(rule, line))
            continue;
        Entitlement entitlement { rule, std::nullopt, std::nullopt };
        switch (rule.anchor) {
        case EntitlementAnchor::SignOff:
        case EntitlementAnchor::Sale: {
            if (rule.anchor == EntitlementAnchor::SignOff && !input.signedAt)
                break; // runs from sign-off: not started, so no end yet
            const QDate anchor = rule.anchor == EntitlementAnchor::Sale ? saleDate
                                                                       : BusinessCalendar::dateOf(*input.signedAt);
            if (rule.startDay > 0)
                entitlement.from = dayEnd(anchor, 0, rule.startDay);
            entitlement.until = dayEnd(anchor, rule.years, rule.days) + (rule.repairTimeExtends ? repairTime : 0);
            break;
        }
        case EntitlementAnchor::RepairHistory:
            if (!repairsQualify(input, wholeUnitWarrantyEnd))
                continue;
            break;
        case EntitlementAnchor::PriceProtectionWindow:
            if (line.isGift)
                continue;
            entitlement.until = m_priceProtection.window(line, input.orderAt, input.signedAt).endsAt;
            break;
        }
        if (entitlement.until && input.now >= *entitlement.until)
            continue;
        if (entitlement.from && *entitlement.from <= input.now)
            entitlement.from.reset();
        applying.append(entitlement);
    }
    return applying;
}

} // namespace parasol
