#include "scancandidates.h"

#include "core/businesscalendar.h"

#include <algorithm>

namespace parasol {

Result<ScanCandidates::Page> ScanCandidates::after(const QString &after, int limit, qint64 now)
{
    QStringList sources;
    for (PriceSource source : std::as_const(m_policy.countedSources))
        sources.append(priceSourceNames.name(source));
    const int longestDays = std::max(m_policy.largeApplianceDays, m_policy.smallApplianceDays);
    // A line without its order (the rule sees it ordered at 0, unsigned) is always judged.
    // On the sign basis the window ends at a Shanghai midnight at most (1 + days) days after
    // the sign-off; on the order basis, days after the order.
    const QString sql = QStringLiteral(
        "SELECT l.id, CASE WHEN l.is_gift = 0 AND l.qty - l.returned_qty - l.pending_return_qty > 0"
        " AND (o.order_no IS NULL OR (o.placed_at <= ?"
        "  AND ((l.seller = ? AND (o.signed_at IS NULL"
        "        OR ? < o.signed_at + (COALESCE(l.price_protect_days, ?) + 1) * CAST(? AS BIGINT)))"
        "    OR (l.seller <> ? AND ? < o.placed_at + COALESCE(l.price_protect_days, ?) * CAST(? AS BIGINT)))"
        "  AND EXISTS (SELECT 1 FROM price_events e WHERE e.sku = l.sku AND e.seller = l.seller"
        "   AND e.effective_at > o.placed_at AND e.effective_at <= ? AND e.source IN (%1)"
        "   AND e.price_fen * CASE WHEN l.qty > 1 THEN l.qty ELSE 1 END < l.unit_price_fen * l.qty - l.discount_fen)))"
        " THEN 1 ELSE 0 END"
        " FROM order_lines l LEFT JOIN orders o ON o.order_no = l.order_no"
        " WHERE l.id > ? ORDER BY l.id LIMIT ?")
                            .arg(QStringList(sources.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    QVariantList params { now, m_policy.ownSeller, now, longestDays, BusinessCalendar::kDayMs,
                          m_policy.ownSeller, now, longestDays, BusinessCalendar::kDayMs, now };
    for (const QString &source : std::as_const(sources))
        params.append(source);
    params += { after.isNull() ? QStringLiteral("") : after, limit };
    auto query = m_db.exec(sql, params);
    if (!query)
        return query.error();
    Page page;
    while (query->next()) {
        page.lines.append(query->value(0).toString());
        if (query->value(1).toInt() == 1)
            page.candidates.insert(page.lines.last());
    }
    return page;
}

} // namespace parasol
