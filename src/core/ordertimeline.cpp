#include "ordertimeline.h"

#include "businesscalendar.h"

#include <QHash>

#include <algorithm>

namespace parasol {

namespace {

struct TicketContext
{
    const Ticket *ticket = nullptr;
    std::optional<qint64> acceptedAt;
};

// The customer's booked slot, when a brand reported one: on site is due by its end.
std::optional<qint64> slotEnd(const QJsonObject &detail)
{
    return BusinessCalendar::parseIso(detail.value(QLatin1String("slot_end")).toString());
}

std::optional<qint64> dueFor(NodeKind kind, qint64 previousAt, const TicketContext &ticket, const QJsonObject &detail,
                             const TimelineInput &input, const ServiceLevelPolicy &policy)
{
    if (kind == NodeKind::Done && ticket.ticket && ticket.ticket->kind == TicketKind::Repair && ticket.acceptedAt)
        return *ticket.acceptedAt + policy.repairDays * BusinessCalendar::kDayMs;
    if (kind == NodeKind::OnSite)
        if (const auto slot = slotEnd(detail))
            return slot;
    if (const auto allowance = policy.allowanceMs(kind, input.cityTier, input.elder))
        return previousAt + *allowance;
    return std::nullopt;
}

} // namespace

QList<NodeKind> expectedTicketNodes(TicketKind kind, std::optional<Decision> decision)
{
    using K = NodeKind;
    if (kind == TicketKind::Installation)
        return { K::Accepted, K::Dispatched, K::EngineerBooked, K::OnSite, K::Done, K::SignedOff, K::FollowUp, K::Closed };
    const bool returning = decision ? *decision == Decision::Return : kind == TicketKind::Return;
    if (returning)
        return { K::Accepted, K::Reviewed, K::Dispatched, K::EngineerBooked, K::OnSite, K::Inspected, K::Pickup,
                 K::Refund, K::FollowUp, K::Closed };
    return { K::Accepted, K::Reviewed, K::Dispatched, K::EngineerBooked, K::OnSite, K::Inspected, K::Done,
             K::SignedOff, K::FollowUp, K::Closed };
}

QList<TimelineEntry> buildOrderTimeline(const TimelineInput &input, const ServiceLevelPolicy &policy)
{
    QList<ServiceNode> nodes = input.nodes;
    std::stable_sort(nodes.begin(), nodes.end(), [](const ServiceNode &a, const ServiceNode &b) {
        return a.at != b.at ? a.at < b.at : a.kind < b.kind;
    });

    QHash<QString, TicketContext> tickets;
    for (const Ticket &ticket : input.tickets)
        tickets.insert(ticket.id, TicketContext { &ticket, std::nullopt });

    QList<TimelineEntry> entries;
    QHash<QString, qint64> lastAtByTicket; // "" is the order itself
    QHash<QString, NodeKind> lastKindByTicket;
    for (const ServiceNode &node : nodes) {
        const bool duplicate = std::any_of(entries.cbegin(), entries.cend(), [&](const TimelineEntry &e) {
            return e.ticketId == node.ticketId && e.kind == node.kind && e.at == node.at;
        });
        if (duplicate)
            continue;
        TicketContext &ticket = tickets[node.ticketId];
        if (node.kind == NodeKind::Accepted && !ticket.acceptedAt)
            ticket.acceptedAt = node.at;

        TimelineEntry entry;
        entry.kind = node.kind;
        entry.ticketId = node.ticketId;
        entry.at = node.at;
        entry.actor = node.actor;
        entry.engineerId = node.engineerId;
        entry.detail = node.detail;
        if (const auto previous = lastAtByTicket.constFind(node.ticketId); previous != lastAtByTicket.cend()) {
            entry.startAt = *previous;
            entry.dueAt = dueFor(node.kind, *previous, ticket, node.detail, input, policy);
            if (entry.dueAt)
                entry.deadline = deadlineState(*entry.startAt, *entry.dueAt, node.at);
        }
        lastAtByTicket.insert(node.ticketId, node.at);
        lastKindByTicket.insert(node.ticketId, node.kind);
        entries.append(entry);
    }

    // The nodes still to come of each open ticket, due times chained from the last reached node.
    QString currentTicket;
    qint64 currentTicketOpenedAt = -1;
    for (const Ticket &ticket : input.tickets) {
        if (ticket.status != TicketStatus::Open)
            continue;
        if (ticket.openedAt > currentTicketOpenedAt) {
            currentTicket = ticket.id;
            currentTicketOpenedAt = ticket.openedAt;
        }
        const QList<NodeKind> expected = expectedTicketNodes(ticket.kind, ticket.decision);
        qsizetype next = 0;
        if (const auto last = lastKindByTicket.constFind(ticket.id); last != lastKindByTicket.cend())
            next = expected.indexOf(*last) + 1; // a node outside the sequence: start over, harmlessly
        std::optional<qint64> clock = lastAtByTicket.contains(ticket.id)
                                          ? std::optional<qint64>(lastAtByTicket.value(ticket.id))
                                          : std::optional<qint64>(ticket.openedAt);
        const TicketContext &context = tickets[ticket.id];
        for (qsizetype i = next; i < expected.size(); ++i) {
            TimelineEntry entry;
            entry.kind = expected[i];
            entry.ticketId = ticket.id;
            if (clock) {
                entry.startAt = clock;
                entry.dueAt = dueFor(entry.kind, *clock, context, {}, input, policy);
            }
            // Only the node being waited for now can be late already; later ones wait on it.
            if (i == next && entry.dueAt)
                entry.deadline = deadlineState(*entry.startAt, *entry.dueAt, input.nowMs);
            clock = entry.dueAt;
            entries.append(entry);
        }
    }

    // Highlight where the order stands: the last node reached of the most recent open
    // ticket, or, with none open, the last node reached at all.
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->reached() && (currentTicket.isEmpty() || it->ticketId == currentTicket)) {
            it->current = true;
            break;
        }
    }
    return entries;
}

} // namespace parasol
