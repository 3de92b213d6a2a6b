#include "orderdiscount.h"

#include "money.h"

namespace parasol {

void shareOrderDiscount(QList<OrderLine> &lines, qint64 orderDiscountFen)
{
    QList<qint64> preDiscount;
    preDiscount.reserve(lines.size());
    for (const OrderLine &line : std::as_const(lines))
        preDiscount.append(line.unitPriceFen * line.qty);
    const QList<qint64> shares = allocateProportionally(orderDiscountFen, preDiscount);
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].discountFen = shares[i];
}

} // namespace parasol
