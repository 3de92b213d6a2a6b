#pragma once

#include "core/customer.h"
#include "core/elderpolicy.h"
#include "core/order.h"
#include "core/ordertimeline.h"
#include "core/result.h"
#include "core/ticket.h"

#include <QList>

#include <optional>

namespace parasol {

class ReplicaStore;

// One order line as the console shows it, with where its service stands now: the last
// node reached by its most recent open ticket, or by the order itself.
struct OrderLineView
{
    OrderLine line;
    std::optional<TimelineEntry> currentNode;
};

struct OrderView
{
    Order order; // its own row; the lines are below
    QList<OrderLineView> lines;
    QList<Ticket> tickets;
    QList<TimelineEntry> timeline;
    std::optional<TimelineEntry> currentNode; // where the whole order stands

    qint64 paidFen() const;
};

// A customer assembled from the replica for the console: the profile, the real-name age
// and elder flag, and every order (most recent first) with its lines, tickets and timeline.
struct CustomerView
{
    Customer customer;
    std::optional<int> age; // completed years today, when the birth date is known
    bool elder = false;
    QList<OrderView> orders;

    // nullopt when the replica does not hold the customer.
    static Result<std::optional<CustomerView>> load(const ReplicaStore &replica, const QString &customerId,
                                                    qint64 nowMs, const ElderPolicy &elderPolicy = {});
};

} // namespace parasol
