#pragma once

#include "servicelevel.h"
#include "servicenode.h"
#include "ticket.h"

#include <QList>

#include <optional>

namespace parasol {

// One node on an order's timeline: reached (with its time) or still to come (with its due time).
struct TimelineEntry
{
    NodeKind kind = NodeKind::Placed;
    QString ticketId; // empty for the order's own nodes
    std::optional<qint64> at; // when reached; nullopt for a node still to come
    QString actor;
    QString engineerId;
    QJsonObject detail;
    std::optional<qint64> startAt; // when its deadline clock started (the node before)
    std::optional<qint64> dueAt;
    DeadlineState deadline = DeadlineState::NoDeadline; // reached: against `at`; to come: against now
    bool current = false; // the last node reached of the order's most recent open ticket, or of the order

    bool reached() const { return at.has_value(); }
    bool overdue() const { return deadline == DeadlineState::Overdue; }
};

// The nodes an open ticket still expects, in order, given its kind and decision so far.
QList<NodeKind> expectedTicketNodes(TicketKind kind, std::optional<Decision> decision);

struct TimelineInput
{
    QList<ServiceNode> nodes; // the order's and its tickets' nodes, any order
    QList<Ticket> tickets;
    int cityTier = 1;
    bool elder = false;
    qint64 nowMs = 0;
};

// Builds an order's timeline (PRODUCT.md; RULES.md §4): the reached nodes in time
// order, each with its deadline, then the nodes still to come of each open ticket
// with chained due times. Nodes reported twice (same ticket, kind and time) appear once.
QList<TimelineEntry> buildOrderTimeline(const TimelineInput &input, const ServiceLevelPolicy &policy = {});

} // namespace parasol
