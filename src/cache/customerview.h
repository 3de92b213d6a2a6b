#pragma once

#include "core/claim.h"
#include "core/complaint.h"
#include "core/contact.h"
#include "core/customer.h"
#include "core/elderpolicy.h"
#include "core/entitlements.h"
#include "core/order.h"
#include "core/ordertimeline.h"
#include "core/priceprotection.h"
#include "core/servicecard.h"
#include "core/result.h"
#include "core/ticket.h"

#include <QList>

#include <optional>

namespace parasol {

class ReplicaStore;

// One order line as the console shows it, with where its service stands now: the last
// node reached by its most recent open ticket, or by the order itself, and what price
// protection would pay for it now by the replica's prices and claims (an estimate: central
// decides when the claim arrives), and the after-sales entitlements that still apply.
struct OrderLineView
{
    OrderLine line;
    std::optional<TimelineEntry> currentNode;
    PriceProtectionDecision priceProtection;
    QList<Entitlement> entitlements; // RULES.md §2, in the table's order
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

// A gift's service card the customer holds, with the masked name of who bought the gift:
// from this console's copy of the giver when it holds one, else as central served it with the
// card; empty when neither names the giver.
struct HeldServiceCard
{
    ServiceCard card;
    QString giverNameMasked;
};

// A customer assembled from the replica for the console: the profile, the real-name age
// and elder flag, every order (most recent first) with its lines, tickets and timeline, and
// the customer's tickets, contacts, price-protection claims and complaints, newest first, and
// the service cards of gifts they received.
struct CustomerView
{
    Customer customer;
    std::optional<int> age; // completed years today, when the birth date is known
    bool elder = false;
    QList<OrderView> orders;
    QList<Ticket> tickets;
    QList<Contact> contacts;
    QList<Claim> claims;
    QList<Complaint> complaints;
    QList<HeldServiceCard> serviceCards; // the customer is the gift's recipient

    // nullopt when the replica does not hold the customer.
    static Result<std::optional<CustomerView>> load(const ReplicaStore &replica, const QString &customerId,
                                                    qint64 nowMs, const ElderPolicy &elderPolicy = {});
};

} // namespace parasol
