#pragma once

#include "enumnames.h"

#include <optional>

namespace parasol {

enum class TicketKind { Return, Exchange, Repair, Installation };
inline constexpr EnumNames ticketKindNames { std::array {
    std::pair { TicketKind::Return, u"return" },
    std::pair { TicketKind::Exchange, u"exchange" },
    std::pair { TicketKind::Repair, u"repair" },
    std::pair { TicketKind::Installation, u"installation" },
} };

enum class TicketStatus { Open, Closed };
inline constexpr EnumNames ticketStatusNames { std::array {
    std::pair { TicketStatus::Open, u"open" },
    std::pair { TicketStatus::Closed, u"closed" },
} };

// The engineer's decision at inspection.
enum class Decision { Return, Exchange, Repair };
inline constexpr EnumNames decisionNames { std::array {
    std::pair { Decision::Return, u"return" },
    std::pair { Decision::Exchange, u"exchange" },
    std::pair { Decision::Repair, u"repair" },
} };

// An after-sales ticket for one order line, handled by the brand's service network.
struct Ticket
{
    QString id;
    QString customerId;
    QString orderNo;
    QString orderLineId;
    QString brand;
    TicketKind kind = TicketKind::Repair;
    TicketStatus status = TicketStatus::Open;
    QString description;
    qint64 openedAt = 0;
    QString openedBy; // login of the agent, or the feed
    std::optional<Decision> decision;
    qint64 rowVersion = 0;
};

} // namespace parasol
