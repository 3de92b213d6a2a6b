#pragma once

#include "core/priceevent.h"

#include <QHash>
#include <QList>

namespace parasol {

class Catalogue;
struct CatalogueItem;

// The catalogue's price changes for every (SKU, seller) over the two years before the
// anchor: an opening price, then normal drops and rises, and temporary prices (flash
// sales, subsidies, member and coupon prices, which price protection ignores) each
// followed by a normal event restoring the price. Orders are priced from it.
class PriceHistory
{
public:
    struct Point
    {
        qint64 at = 0; // UTC ms
        qint64 priceFen = 0;
        PriceSource source = PriceSource::Normal;
    };

    PriceHistory(const Catalogue &catalogue, quint64 seed, qint64 nowMs);

    // Replaces the generated history of (sku, seller), for the showcase's scripted drops.
    void script(const QString &sku, const QString &seller, QList<Point> points);
    // The price in effect at `at`: the latest change not after it (the list price before any).
    qint64 priceAt(const CatalogueItem &item, const QString &seller, qint64 at) const;
    // Every change as a price event, in a stable order.
    QList<PriceEvent> events() const;

private:
    static QString key(const QString &sku, const QString &seller) { return sku + u'\x1f' + seller; }
    QList<Point> generate(const CatalogueItem &item, const QString &seller, quint64 seed) const;

    qint64 m_nowMs;
    QList<std::pair<QString, QString>> m_order; // (sku, seller) in catalogue order
    QHash<QString, QList<Point>> m_points;
};

} // namespace parasol
