#pragma once

#include "core/complaint.h"
#include "core/contact.h"
#include "core/customer.h"
#include "core/ebillline.h"
#include "core/engineer.h"
#include "core/order.h"
#include "core/priceevent.h"
#include "core/servicecard.h"
#include "core/servicenode.h"
#include "core/ticket.h"

#include <QList>

namespace parasol {

// A customer as generated: the domain row plus when the order system first saw them.
struct SeededCustomer
{
    Customer customer;
    qint64 createdAt = 0;
};

// A return from the order system (the `returns` table; the line's counters say the same).
struct SeededReturn
{
    QString id;
    QString orderLineId;
    QString customerId;
    int qty = 1;
    bool done = true;
    qint64 at = 0;
};

// Rows shared by every customer: the brands' engineers and the catalogue's price history.
struct SharedRows
{
    QList<Engineer> engineers;
    QList<PriceEvent> priceEvents;
};

// Everything a run of consecutive customers owns. Orders carry their lines.
struct SeedBatch
{
    QList<SeededCustomer> customers;
    QList<Order> orders;
    QList<SeededReturn> returns;
    QList<Ticket> tickets;
    QList<ServiceNode> nodes;
    QList<EbillLine> ebillLines;
    QList<Contact> contacts;
    QList<Complaint> complaints;
    QList<ServiceCard> serviceCards;

    // Adds a node of the order (empty `ticketId`) or of one of its tickets, named as the
    // order feed names nodes: "ORDER_NO/kind/at", or "TICKET/kind/at".
    void addNode(const Order &order, const QString &ticketId, NodeKind kind, qint64 at, const QString &actor,
                 const QString &engineerId = {}, const QJsonObject &detail = {});
    qsizetype lineCount() const;
    qsizetype rowCount() const;
    void append(SeedBatch &&other);
};

} // namespace parasol
