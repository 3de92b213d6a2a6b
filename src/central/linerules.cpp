#include "linerules.h"

#include "protocol/entitycodec.h"

#include "core/businesscalendar.h"

#include <QHash>

namespace parasol {

namespace {

QJsonValue isoOrNull(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(BusinessCalendar::toIso(*ms)) : QJsonValue::Null;
}

template<typename T>
Result<QList<T>> decoded(const Result<QList<QJsonObject>> &rows, T (*decode)(const QJsonObject &))
{
    if (!rows)
        return rows.error();
    QList<T> out;
    out.reserve(rows->size());
    for (const QJsonObject &row : *rows)
        out.append(decode(row));
    return out;
}

QJsonObject toJson(const QString &lineId, const Entitlement &entitlement)
{
    return QJsonObject { { QStringLiteral("order_line_id"), lineId },
                         { QStringLiteral("rule"), entitlement.rule.id },
                         { QStringLiteral("remedy"), remedyNames.name(entitlement.rule.remedy) },
                         { QStringLiteral("condition"), entitlementConditionNames.name(entitlement.rule.condition) },
                         { QStringLiteral("part"), entitlement.rule.part.isEmpty() ? QJsonValue::Null
                                                                                   : QJsonValue(entitlement.rule.part) },
                         { QStringLiteral("from"), isoOrNull(entitlement.from) },
                         { QStringLiteral("until"), isoOrNull(entitlement.until) } };
}

} // namespace

QJsonObject LineRules::toJson(const PriceProtectionDecision &decision)
{
    return QJsonObject {
        { QStringLiteral("eligible"), decision.eligible() },
        { QStringLiteral("amount_fen"), decision.amountFen },
        { QStringLiteral("reason"), decision.eligible() ? QJsonValue::Null : QJsonValue(decision.reason()) },
        { QStringLiteral("basis"), windowBasisNames.name(decision.window.basis) },
        { QStringLiteral("window_days"), decision.window.days },
        { QStringLiteral("window_ends_at"), isoOrNull(decision.window.endsAt) },
        { QStringLiteral("unit_paid_fen"), decision.unitPaidFen },
        { QStringLiteral("price_now_fen"), decision.priceNowFen ? QJsonValue(*decision.priceNowFen) : QJsonValue::Null },
        { QStringLiteral("price_event_id"), decision.priceEventId.isEmpty() ? QJsonValue::Null
                                                                            : QJsonValue(decision.priceEventId) },
    };
}

Result<PriceProtectionCase> LineRules::priceProtectionCase(EntityStore &entities, const OrderLine &line,
                                                           const Order &order, qint64 now)
{
    auto events = decoded(entities.where(EntitySchema::get(u"price_event"), QStringLiteral("sku"), line.sku),
                          &EntityCodec::priceEventFromJson);
    if (!events)
        return events.error();
    auto claims = decoded(entities.where(EntitySchema::get(u"claim"), QStringLiteral("order_line_id"), line.id),
                          &EntityCodec::claimFromJson);
    if (!claims)
        return claims.error();
    return PriceProtectionCase { line, order.placedAt, order.signedAt, std::move(*events), std::move(*claims), now };
}

Result<QJsonArray> LineRules::apply(const QString &customerId, QJsonArray &orders)
{
    const QString customerColumn = QStringLiteral("customer_id");
    auto tickets = decoded(m_entities.where(EntitySchema::get(u"ticket"), customerColumn, customerId),
                           &EntityCodec::ticketFromJson);
    if (!tickets)
        return tickets.error();
    auto nodes = decoded(m_entities.where(EntitySchema::get(u"service_node"), customerColumn, customerId),
                         &EntityCodec::serviceNodeFromJson);
    if (!nodes)
        return nodes.error();

    const qint64 now = m_clock.nowMs();
    const Entitlements entitlements;
    const PriceProtection priceProtection;
    QJsonArray applying;
    for (auto orderRef : orders) {
        QJsonObject orderJson = orderRef.toObject();
        const Order order = EntityCodec::orderFromJson(orderJson);
        QJsonArray lines = orderJson.value(QLatin1String("lines")).toArray();
        for (auto lineRef : lines) {
            QJsonObject lineJson = lineRef.toObject();
            const OrderLine line = EntityCodec::orderLineFromJson(lineJson);
            const EntitlementCase entitlementCase { line, order.placedAt, order.paidAt, order.signedAt,
                                                    repairHistory(line.id, *tickets, *nodes), now };
            for (const Entitlement &entitlement : entitlements.applying(entitlementCase))
                applying.append(parasol::toJson(line.id, entitlement));

            const auto priceCase = priceProtectionCase(m_entities, line, order, now);
            if (!priceCase)
                return priceCase.error();
            lineJson.insert(QStringLiteral("price_protect"), toJson(priceProtection.decide(*priceCase)));
            lineRef = lineJson;
        }
        orderJson.insert(QStringLiteral("lines"), lines);
        orderRef = orderJson;
    }
    return applying;
}

} // namespace parasol
