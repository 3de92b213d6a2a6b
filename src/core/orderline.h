#pragma once

#include "category.h"

#include <optional>

namespace parasol {

struct OrderLine
{
    QString id; // "ORDER_NO/LINE_ID", the API's order_line_id
    QString orderNo;
    QString customerId;
    QString lineNo; // "L1"
    QString sku;
    QString title;
    QString brand;
    Category category = Category::SmallHome;
    QString seller = QStringLiteral("self"); // "self" for the platform's own sales
    qint64 unitPriceFen = 0; // list price per unit at purchase
    int qty = 1;
    qint64 discountFen = 0; // this line's share of order discounts
    bool isGift = false;
    std::optional<int> priceProtectDays; // the item's own label, when the feed gives one
    int returnedQty = 0;
    int pendingReturnQty = 0;
    qint64 rowVersion = 0;

    // What the customer paid for the line, after its share of discounts.
    qint64 paidFen() const { return unitPriceFen * qty - discountFen; }
    // Units the customer still keeps: bought, less those returned or on their way back.
    int keptQty() const { return qty - returnedQty - pendingReturnQty; }
};

} // namespace parasol
