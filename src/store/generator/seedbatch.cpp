#include "seedbatch.h"

namespace parasol {

void SeedBatch::addNode(const Order &order, const QString &ticketId, NodeKind kind, qint64 at, const QString &actor,
                        const QString &engineerId, const QJsonObject &detail)
{
    ServiceNode node;
    node.id = (ticketId.isEmpty() ? order.orderNo : ticketId) + u'/' + nodeKindNames.name(kind) + u'/'
        + QString::number(at);
    node.orderNo = order.orderNo;
    node.ticketId = ticketId;
    node.customerId = order.customerId;
    node.kind = kind;
    node.at = at;
    node.actor = actor;
    node.engineerId = engineerId;
    node.detail = detail;
    nodes.append(node);
}

qsizetype SeedBatch::lineCount() const
{
    qsizetype lines = 0;
    for (const Order &order : orders)
        lines += order.lines.size();
    return lines;
}

qsizetype SeedBatch::rowCount() const
{
    return customers.size() + orders.size() + lineCount() + returns.size() + tickets.size() + nodes.size()
        + ebillLines.size() + contacts.size() + complaints.size() + serviceCards.size();
}

void SeedBatch::append(SeedBatch &&other)
{
    customers.append(std::move(other.customers));
    orders.append(std::move(other.orders));
    returns.append(std::move(other.returns));
    tickets.append(std::move(other.tickets));
    nodes.append(std::move(other.nodes));
    ebillLines.append(std::move(other.ebillLines));
    contacts.append(std::move(other.contacts));
    complaints.append(std::move(other.complaints));
    serviceCards.append(std::move(other.serviceCards));
}

} // namespace parasol
