#pragma once

#include "enumnames.h"

#include <QJsonObject>

namespace parasol {

// The nodes of an order's life and of its after-sales tickets, in their natural order
// (PRODUCT.md; RULES.md §4 for the ticket's nodes and their deadlines).
enum class NodeKind {
    // the order
    Placed,
    Paid,
    Shipped,
    Delivered,
    InstallationBooked,
    Installed,
    // an after-sales ticket
    Accepted,
    Reviewed,
    Dispatched,
    EngineerBooked,
    OnSite,
    Inspected,
    Pickup,
    Refund,
    Done,
    SignedOff,
    FollowUp,
    Closed,
};
inline constexpr EnumNames nodeKindNames { std::array {
    std::pair { NodeKind::Placed, u"placed" },
    std::pair { NodeKind::Paid, u"paid" },
    std::pair { NodeKind::Shipped, u"shipped" },
    std::pair { NodeKind::Delivered, u"delivered" },
    std::pair { NodeKind::InstallationBooked, u"installation_booked" },
    std::pair { NodeKind::Installed, u"installed" },
    std::pair { NodeKind::Accepted, u"accepted" },
    std::pair { NodeKind::Reviewed, u"reviewed" },
    std::pair { NodeKind::Dispatched, u"dispatched" },
    std::pair { NodeKind::EngineerBooked, u"engineer_booked" },
    std::pair { NodeKind::OnSite, u"on_site" },
    std::pair { NodeKind::Inspected, u"inspected" },
    std::pair { NodeKind::Pickup, u"pickup" },
    std::pair { NodeKind::Refund, u"refund" },
    std::pair { NodeKind::Done, u"done" },
    std::pair { NodeKind::SignedOff, u"signed_off" },
    std::pair { NodeKind::FollowUp, u"follow_up" },
    std::pair { NodeKind::Closed, u"closed" },
} };

// Names a brand's system may also send for a node (the contract's example uses one).
std::optional<NodeKind> parseNodeKind(QStringView name);

constexpr bool isTicketNode(NodeKind kind)
{
    return kind >= NodeKind::Accepted;
}

// One node reached: what happened, when, and who did it.
struct ServiceNode
{
    QString id;
    QString orderNo;
    QString ticketId; // empty for the order's own nodes
    QString customerId;
    NodeKind kind = NodeKind::Placed;
    qint64 at = 0; // UTC ms
    QString actor;
    QString engineerId; // engineer_booked and on_site
    QJsonObject detail; // free-form facts a brand reported (slot, decision note)
    qint64 rowVersion = 0;
};

} // namespace parasol
