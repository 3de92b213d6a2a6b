#include "customerview.h"

#include "replicastore.h"

#include "core/businesscalendar.h"
#include "core/personaldata.h"
#include "core/repairhistory.h"
#include "protocol/entitycodec.h"

#include <algorithm>
#include <iterator>

namespace parasol {

namespace {

// Every row of one customer, read in one query and decoded by entity.
class CustomerRows
{
public:
    explicit CustomerRows(QList<CachedRow> rows) : m_rows(std::move(rows)) { }

    const CachedRow *first(const QString &entity) const
    {
        const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const CachedRow &row) { return row.entity == entity; });
        return it == m_rows.cend() ? nullptr : &*it;
    }

    template<typename T>
    QList<T> decoded(const QString &entity, T (*decode)(const QJsonObject &)) const
    {
        QList<T> all;
        for (const CachedRow &row : m_rows)
            if (row.entity == entity)
                all.append(decode(row.data));
        return all;
    }

private:
    QList<CachedRow> m_rows;
};

template<typename T, typename Key>
QList<T> whereEqual(const QList<T> &all, Key T::*field, const Key &value)
{
    QList<T> matching;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(matching), [&](const T &item) { return item.*field == value; });
    return matching;
}

template<typename T>
QList<T> newestFirst(QList<T> items, qint64 T::*at)
{
    std::stable_sort(items.begin(), items.end(), [at](const T &a, const T &b) { return a.*at > b.*at; });
    return items;
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
                                                  const QList<Claim> &claims, qint64 nowMs)
{
    auto events = replica.rowsUnder(QStringLiteral("price_event"), line.sku);
    if (!events)
        return events.error();
    QList<PriceEvent> decoded;
    for (const CachedRow &row : *events)
        decoded.append(EntityCodec::priceEventFromJson(row.data));
    return PriceProtection().decide(PriceProtectionCase { line, order.placedAt, order.signedAt, std::move(decoded),
                                                          whereEqual(claims, &Claim::orderLineId, line.id), nowMs });
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
    // One read of the customer's rows, ordered by entity and id: a screen pop must not
    // pay a query per order and per line.
    auto read = replica.everyRowOf(customerId);
    if (!read)
        return read.error();
    const CustomerRows rows(std::move(*read));
    const CachedRow *customerRow = rows.first(QStringLiteral("customer"));
    if (!customerRow)
        return std::optional<CustomerView>();

    CustomerView view;
    view.customer = EntityCodec::customerFromJson(customerRow->data);
    const QDate today = BusinessCalendar::dateOf(nowMs);
    if (view.customer.birthDate.isValid())
        view.age = BusinessCalendar::completedYears(view.customer.birthDate, today);
    view.elder = elderPolicy.isElder(view.customer.birthDate, today, view.customer.elderDeclared);

    const auto allLines = rows.decoded(QStringLiteral("order_line"), &EntityCodec::orderLineFromJson);
    const auto allTickets = rows.decoded(QStringLiteral("ticket"), &EntityCodec::ticketFromJson);
    const auto allNodes = rows.decoded(QStringLiteral("service_node"), &EntityCodec::serviceNodeFromJson);
    const auto allClaims = rows.decoded(QStringLiteral("claim"), &EntityCodec::claimFromJson);
    const Entitlements entitlements;
    for (const Order &row : rows.decoded(QStringLiteral("order"), &EntityCodec::orderFromJson)) {
        OrderView order;
        order.order = row;
        QList<OrderLine> lines = whereEqual(allLines, &OrderLine::orderNo, row.orderNo);
        order.tickets = whereEqual(allTickets, &Ticket::orderNo, row.orderNo);
        const TimelineInput input { whereEqual(allNodes, &ServiceNode::orderNo, row.orderNo), order.tickets,
                                    view.customer.cityTier, view.elder, nowMs };
        order.timeline = buildOrderTimeline(input);
        order.currentNode = currentOf(order.timeline);
        std::sort(lines.begin(), lines.end(), [](const OrderLine &a, const OrderLine &b) {
            return a.lineNo.size() != b.lineNo.size() ? a.lineNo.size() < b.lineNo.size() : a.lineNo < b.lineNo;
        });
        for (const OrderLine &line : std::as_const(lines)) {
            auto priceProtection = priceProtectionOf(replica, line, order.order, allClaims, nowMs);
            if (!priceProtection)
                return priceProtection.error();
            const EntitlementCase entitlementCase { line, order.order.placedAt, order.order.paidAt, order.order.signedAt,
                                                    repairHistory(line.id, input.tickets, input.nodes), nowMs };
            order.lines.append(OrderLineView { line, currentNodeOfLine(line, input), *priceProtection,
                                               entitlements.applying(entitlementCase) });
        }
        view.orders.append(order);
    }
    std::stable_sort(view.orders.begin(), view.orders.end(), [](const OrderView &a, const OrderView &b) {
        return a.order.placedAt > b.order.placedAt;
    });

    view.tickets = newestFirst(allTickets, &Ticket::openedAt);
    view.contacts = newestFirst(rows.decoded(QStringLiteral("contact"), &EntityCodec::contactFromJson), &Contact::at);
    view.claims = newestFirst(allClaims, &Claim::createdAt);
    view.complaints = newestFirst(rows.decoded(QStringLiteral("complaint"), &EntityCodec::complaintFromJson),
                                  &Complaint::openedAt);

    const auto cards = newestFirst(rows.decoded(QStringLiteral("service_card"), &EntityCodec::serviceCardFromJson),
                                   &ServiceCard::issuedAt);
    for (const ServiceCard &card : cards) {
        auto giver = replica.row(QStringLiteral("customer"), card.giverCustomerId);
        if (!giver)
            return giver.error();
        const QString giverNameMasked
            = *giver ? PersonalData::maskName(EntityCodec::customerFromJson((*giver)->data).name) : card.giverNameMasked;
        view.serviceCards.append(HeldServiceCard { card, giverNameMasked });
    }
    return std::optional<CustomerView>(view);
}

} // namespace parasol
