#pragma once

#include <QString>

namespace parasol {

// One part or consumable on a ticket's e-bill, against the brand's standard price.
struct EbillLine
{
    QString id;
    QString ticketId;
    QString customerId;
    QString part;
    qint64 unitPriceFen = 0;
    int qty = 1;
    qint64 standardPriceFen = 0;
    qint64 rowVersion = 0;

    qint64 totalFen() const { return unitPriceFen * qty; }
    // Charged above the standard price list, per unit; zero when at or below it.
    qint64 overchargePerUnitFen() const { return unitPriceFen > standardPriceFen ? unitPriceFen - standardPriceFen : 0; }
    bool isOvercharged() const { return unitPriceFen > standardPriceFen; }
};

} // namespace parasol
