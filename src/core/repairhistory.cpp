#include "repairhistory.h"

#include <algorithm>

namespace parasol {

namespace {

bool isRepair(const Ticket &ticket)
{
    return ticket.decision ? *ticket.decision == Decision::Repair : ticket.kind == TicketKind::Repair;
}

bool isRemedyForAFault(const Ticket &ticket)
{
    return isRepair(ticket) || ticket.kind == TicketKind::Exchange;
}

} // namespace

QList<RepairRecord> repairHistory(const QString &orderLineId, const QList<Ticket> &tickets,
                                  const QList<ServiceNode> &nodes)
{
    QList<Ticket> lineTickets;
    for (const Ticket &ticket : tickets)
        if (ticket.orderLineId == orderLineId)
            lineTickets.append(ticket);
    std::sort(lineTickets.begin(), lineTickets.end(),
              [](const Ticket &a, const Ticket &b) { return a.openedAt < b.openedAt; });

    QList<RepairRecord> repairs;
    for (const Ticket &ticket : std::as_const(lineTickets)) {
        if (!isRepair(ticket))
            continue;
        RepairRecord repair { ticket.id, ticket.openedAt, std::nullopt, false };
        for (const ServiceNode &node : nodes)
            if (node.ticketId == ticket.id && node.kind == NodeKind::Done)
                repair.endedAt = std::min(repair.endedAt.value_or(node.at), node.at);
        repair.failed = std::any_of(lineTickets.cbegin(), lineTickets.cend(), [&](const Ticket &later) {
            return later.id != ticket.id && later.openedAt > ticket.openedAt && isRemedyForAFault(later);
        });
        repairs.append(repair);
    }
    return repairs;
}

} // namespace parasol
