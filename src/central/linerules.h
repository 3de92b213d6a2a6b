#pragma once

#include "store/entitystore.h"

#include "core/clock.h"
#include "core/entitlements.h"

#include <QJsonArray>

namespace parasol {

// Applies the business rules of RULES.md §1–2 to a customer's order lines, from the
// central database's rows: what each line is still entitled to, and where its price
// protection stands now.
class LineRules
{
public:
    LineRules(EntityStore &entities, const Clock &clock) : m_entities(entities), m_clock(clock) { }

    // The unified view's `entitlements`: one entry per entitlement still applying to a
    // line of `orders` ({order_line_id, rule, remedy, condition, part, from, until}).
    // Also adds `price_protect` ({eligible, amount_fen, reason, basis, window_days,
    // window_ends_at, price_now_fen, price_event_id}) to each line of `orders`.
    Result<QJsonArray> apply(const QString &customerId, QJsonArray &orders);

    // The facts price protection needs about one line: the price events of its SKU and
    // the line's claims, as the database holds them now.
    static Result<PriceProtectionCase> priceProtectionCase(EntityStore &entities, const OrderLine &line,
                                                           const Order &order, qint64 now);

    static QJsonObject toJson(const PriceProtectionDecision &decision);

private:
    EntityStore &m_entities;
    const Clock &m_clock;
};

} // namespace parasol
