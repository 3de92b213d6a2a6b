#pragma once

#include "servicenode.h"
#include "ticket.h"

#include <QList>

#include <optional>

namespace parasol {

// One repair of an order line, as its ticket and service nodes tell it.
struct RepairRecord
{
    QString ticketId;
    qint64 startedAt = 0; // the ticket was opened
    std::optional<qint64> endedAt; // the repair was done; nullopt while it goes on
    bool failed = false; // the fault came back: a later repair or exchange was opened for the line

    // How long the unit was away; a repair still going on counts until `now`.
    qint64 durationMs(qint64 now) const { return endedAt.value_or(now) - startedAt; }
};

// The repairs of `orderLineId`, oldest first: tickets of kind repair or decided as a
// repair at inspection, ended by their `done` node.
QList<RepairRecord> repairHistory(const QString &orderLineId, const QList<Ticket> &tickets,
                                  const QList<ServiceNode> &nodes);

} // namespace parasol
