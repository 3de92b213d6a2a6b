#pragma once

#include "core/category.h"
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
};

} // namespace parasol
