#pragma once

#include "core/category.h"
#include "core/complaint.h"
#include "core/contact.h"
#include "core/entitlements.h"
#include "core/servicenode.h"
#include "core/ticket.h"

#include <QCoreApplication>

namespace parasol {

// The names people read for the domain's enums, translated (the wire names stay in core).
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString category(Category category);
    static QString node(NodeKind kind);
    static QString ticketKind(TicketKind kind);
    static QString channel(const QString &channel);
    static QString gender(const QString &gender);
    // "regular", "silver", "gold", "plus"; an unknown level shows as sent, none as "None".
    static QString memberLevel(const QString &level);
    static QString ticketStatus(TicketStatus status);
    static QString contactKind(ContactKind kind);
    // What a write in the outbox does ("contact.note" is a note); an unknown type shows as sent.
    static QString mutation(const QString &type);
    // The reason codes an agent picks for a note, in the order the list shows them.
    static QStringList contactReasons();
    // An unknown code shows as sent.
    static QString contactReason(const QString &reason);
    static QString complaintCategory(ComplaintCategory category);
    static QString complaintState(ComplaintState state);
    // Why price protection pays nothing, from a `reason` code; an unknown code shows as sent.
    static QString priceProtectionRefusal(const QString &reason);
    static QString remedy(Remedy remedy);
    // What the customer has to show for an entitlement ("a quality problem"); empty for none.
    static QString entitlementCondition(EntitlementCondition condition);
    // What an agent may reveal of a customer's personal data, by its wire name ("phone").
    static QString personalField(const QString &field);
    // A moment in the business time zone (Asia/Shanghai), whatever the machine's zone.
    static QString shanghaiTime(qint64 utcMs, const QString &format);
};

} // namespace parasol
