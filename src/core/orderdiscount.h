#pragma once

#include "orderline.h"

#include <QList>

namespace parasol {

// Shares an order-level discount across the order's lines in proportion to their
// pre-discount amounts (RULES.md §1), by the largest remainder, so the shares sum to
// the discount exactly. Sets each line's `discountFen` to its share.
void shareOrderDiscount(QList<OrderLine> &lines, qint64 orderDiscountFen);

} // namespace parasol
