#include "customerview.h"

#include "replicastore.h"

#include "core/businesscalendar.h"
#include "core/repairhistory.h"
#include "protocol/entitycodec.h"

#include <algorithm>

namespace parasol {

namespace {

template<typename T>
Result<QList<T>> decodeAll(const Result<QList<CachedRow>> &rows, T (*decode)(const QJsonObject &))
{
    if (!rows)
        return rows.error();
    QList<T> decoded;
    decoded.reserve(rows->size());
    for (const CachedRow &row : *rows)
        decoded.append(decode(row.data));
    return decoded;
}

template<typename T>
Result<QList<T>> decodeUnder(const ReplicaStore &replica, const QString &entity, const QString &parentKey,
                             T (*decode)(const QJsonObject &))
{
    return decodeAll(replica.rowsUnder(entity, parentKey), decode);
}

// The customer's rows of `entity`, newest first by the time `at` gives.
template<typename T>
Result<QList<T>> decodeNewestFirst(const ReplicaStore &replica, const QString &entity, const QString &customerId,
                                   T (*decode)(const QJsonObject &), qint64 T::*at)
{
    auto decoded = decodeAll(replica.rowsOf(entity, customerId), decode);
    if (decoded)
        std::stable_sort(decoded->begin(), decoded->end(), [at](const T &a, const T &b) { return a.*at > b.*at; });
    return decoded;
}

std::optional<TimelineEntry> currentOf(const QList<TimelineEntry> &timeline)
{
    const auto current = std::find_if(timeline.cbegin(), timeline.cend(), [](const TimelineEntry &e) { return e.current; });
    return current == timeline.cend() ? std::nullopt : std::optional<TimelineEntry>(*current);
}

// A line's own story: the order's nodes and those of the tickets opened for this line.
std::optional<TimelineEntry> currentNodeOfLine(const OrderLine &line, const TimelineInput &orderInput)
{
    TimelineInput input = orderInput;
    input.tickets.clear();
    QStringList ticketIds;
    for (const Ticket &ticket : orderInput.tickets) {
        if (ticket.orderLineId == line.id) {
            input.tickets.append(ticket);
            ticketIds.append(ticket.id);
        }
    }
    input.nodes.clear();
    for (const ServiceNode &node : orderInput.nodes)
        if (node.ticketId.isEmpty() || ticketIds.contains(node.ticketId))
            input.nodes.append(node);
    return currentOf(buildOrderTimeline(input));
}

// The same inputs central's unified view gives PriceProtection::decide, from the replica.
Result<PriceProtectionDecision> priceProtectionOf(const ReplicaStore &replica, const OrderLine &line, const Order &order,
                                                  qint64 nowMs)
{
    auto events = decodeUnder(replica, QStringLiteral("price_event"), line.sku, &EntityCodec::priceEventFromJson);
    if (!events)
        return events.error();
    auto claims = decodeUnder(replica, QStringLiteral("claim"), line.id, &EntityCodec::claimFromJson);
    if (!claims)
        return claims.error();
    return PriceProtection().decide(
        PriceProtectionCase { line, order.placedAt, order.signedAt, std::move(*events), std::move(*claims), nowMs });
}

} // namespace

qint64 OrderView::paidFen() const
{
    qint64 total = 0;
    for (const OrderLineView &line : lines)
        total += line.line.paidFen();
    return total;
}

Result<std::optional<CustomerView>> CustomerView::load(const ReplicaStore &replica, const QString &customerId,
                                                       qint64 nowMs, const ElderPolicy &elderPolicy)
{
    auto customerRow = replica.row(QStringLiteral("customer"), customerId);
    if (!customerRow)
        return customerRow.error();
    if (!*customerRow)
        return std::optional<CustomerView>();

    CustomerView view;
    view.customer = EntityCodec::customerFromJson((*customerRow)->data);
    const QDate today = BusinessCalendar::dateOf(nowMs);
    if (view.customer.birthDate.isValid())
        view.age = BusinessCalendar::completedYears(view.customer.birthDate, today);
    view.elder = elderPolicy.isElder(view.customer.birthDate, today, view.customer.elderDeclared);

    auto orderRows = replica.rowsOf(QStringLiteral("order"), customerId);
    if (!orderRows)
        return orderRows.error();
    const Entitlements entitlements;
    for (const CachedRow &orderRow : *orderRows) {
        OrderView order;
        order.order = EntityCodec::orderFromJson(orderRow.data);
        auto lines = decodeUnder(replica, QStringLiteral("order_line"), order.order.orderNo, &EntityCodec::orderLineFromJson);
        auto tickets = decodeUnder(replica, QStringLiteral("ticket"), order.order.orderNo, &EntityCodec::ticketFromJson);
        auto nodes = decodeUnder(replica, QStringLiteral("service_node"), order.order.orderNo,
                                 &EntityCodec::serviceNodeFromJson);
        if (!lines)
            return lines.error();
        if (!tickets)
            return tickets.error();
        if (!nodes)
            return nodes.error();

        const TimelineInput input { *nodes, *tickets, view.customer.cityTier, view.elder, nowMs };
        order.tickets = *tickets;
        order.timeline = buildOrderTimeline(input);
        order.currentNode = currentOf(order.timeline);
        std::sort(lines->begin(), lines->end(), [](const OrderLine &a, const OrderLine &b) {
            return a.lineNo.size() != b.lineNo.size() ? a.lineNo.size() < b.lineNo.size() : a.lineNo < b.lineNo;
        });
        for (const OrderLine &line : *lines) {
            auto priceProtection = priceProtectionOf(replica, line, order.order, nowMs);
            if (!priceProtection)
                return priceProtection.error();
            const EntitlementCase entitlementCase { line, order.order.placedAt, order.order.paidAt, order.order.signedAt,
                                                    repairHistory(line.id, *tickets, *nodes), nowMs };
            order.lines.append(OrderLineView { line, currentNodeOfLine(line, input), *priceProtection,
                                               entitlements.applying(entitlementCase) });
        }
        view.orders.append(order);
    }
    std::stable_sort(view.orders.begin(), view.orders.end(), [](const OrderView &a, const OrderView &b) {
        return a.order.placedAt > b.order.placedAt;
    });

    auto tickets = decodeNewestFirst(replica, QStringLiteral("ticket"), customerId, &EntityCodec::ticketFromJson, &Ticket::openedAt);
    auto contacts = decodeNewestFirst(replica, QStringLiteral("contact"), customerId, &EntityCodec::contactFromJson, &Contact::at);
    auto claims = decodeNewestFirst(replica, QStringLiteral("claim"), customerId, &EntityCodec::claimFromJson, &Claim::createdAt);
    auto complaints = decodeNewestFirst(replica, QStringLiteral("complaint"), customerId, &EntityCodec::complaintFromJson,
                                        &Complaint::openedAt);
    if (!tickets)
        return tickets.error();
    if (!contacts)
        return contacts.error();
    if (!claims)
        return claims.error();
    if (!complaints)
        return complaints.error();
    view.tickets = *tickets;
    view.contacts = *contacts;
    view.claims = *claims;
    view.complaints = *complaints;

    auto cards = decodeNewestFirst(replica, QStringLiteral("service_card"), customerId, &EntityCodec::serviceCardFromJson,
                                   &ServiceCard::issuedAt);
    if (!cards)
        return cards.error();
    for (const ServiceCard &card : std::as_const(*cards)) {
        auto giver = replica.row(QStringLiteral("customer"), card.giverCustomerId);
        if (!giver)
            return giver.error();
        view.serviceCards.append(
            HeldServiceCard { card, *giver ? EntityCodec::customerFromJson((*giver)->data).name : QString() });
    }
    return std::optional<CustomerView>(view);
}

} // namespace parasol
