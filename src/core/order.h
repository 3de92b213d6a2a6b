#pragma once

#include "orderline.h"

#include <QList>

#include <optional>

namespace parasol {

struct Order
{
    QString orderNo;
    QString customerId;
    qint64 placedAt = 0; // UTC ms
    std::optional<qint64> paidAt;
    std::optional<qint64> signedAt; // delivery sign-off; none until delivered
    QString channel; // "app", "web", "mini_program"
    qint64 rowVersion = 0;
    QList<OrderLine> lines; // filled by readers that join them; not part of the order's own row
};

} // namespace parasol
