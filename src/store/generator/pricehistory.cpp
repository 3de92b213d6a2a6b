#include "pricehistory.h"

#include "catalogue.h"
#include "core/businesscalendar.h"
#include "seedrandom.h"

#include <algorithm>

namespace parasol {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = BusinessCalendar::kDayMs;

qint64 scaled(qint64 fen, double factor)
{
    return Catalogue::shopPrice(qint64(double(fen) * factor));
}
} // namespace

PriceHistory::PriceHistory(const Catalogue &catalogue, quint64 seed, qint64 nowMs)
    : m_nowMs(nowMs)
{
    for (const CatalogueItem &item : catalogue.items())
        for (const QString &seller : item.sellers) {
            m_order.append({ item.sku, seller });
            m_points.insert(key(item.sku, seller), generate(item, seller, seed));
        }
}

QList<PriceHistory::Point> PriceHistory::generate(const CatalogueItem &item, const QString &seller, quint64 seed) const
{
    SeedRandom random(seed, QString(u"price:" + item.sku + u':' + seller));
    // Marketplace shops price a little off the platform's own price.
    const double sellerFactor = seller == u"self" ? 1.0 : 0.96 + random.unit() * 0.07;
    const qint64 opening = scaled(item.listPriceFen, sellerFactor);
    const qint64 dayZero = m_nowMs - 720 * kDayMs;
    QList<Point> points { { dayZero, opening, PriceSource::Normal } };
    qint64 normal = opening;
    // Changes come every few weeks, at the top of an hour, over the last year or so.
    for (qint64 at = m_nowMs - random.between(330, 400) * kDayMs + random.between(8, 22) * kHourMs; at < m_nowMs;
         at += random.between(12, 50) * kDayMs + random.between(-6, 6) * kHourMs) {
        const int kind = random.weighted({ 34, 20, 24, 8, 8, 6 });
        if (kind == 0) {
            normal = scaled(normal, 0.86 + random.unit() * 0.11); // a normal drop
            points.append({ at, normal, PriceSource::Normal });
        } else if (kind == 1) {
            normal = std::min(scaled(normal, 1.02 + random.unit() * 0.08), scaled(opening, 1.1)); // back up
            points.append({ at, normal, PriceSource::Normal });
        } else {
            // A temporary price, then the normal price again when it ends.
            static constexpr PriceSource kTemporary[]
                = { PriceSource::Flash, PriceSource::Subsidy, PriceSource::Member, PriceSource::Coupon };
            const PriceSource source = kTemporary[kind - 2];
            const bool flash = source == PriceSource::Flash;
            const qint64 start
                = BusinessCalendar::startOfDay(BusinessCalendar::dateOf(at)) + (flash ? 20 : 0) * kHourMs;
            const qint64 lasts = flash ? random.between(2, 26) * kHourMs : random.between(2, 7) * kDayMs;
            points.append(
                { start, scaled(normal, flash ? 0.7 + random.unit() * 0.15 : 0.85 + random.unit() * 0.1), source });
            if (start + lasts < m_nowMs)
                points.append({ start + lasts, normal, PriceSource::Normal });
            at = start + lasts;
        }
    }
    std::stable_sort(points.begin(), points.end(), [](const Point &a, const Point &b) { return a.at < b.at; });
    return points;
}

void PriceHistory::script(const QString &sku, const QString &seller, QList<Point> points)
{
    if (!m_points.contains(key(sku, seller)))
        m_order.append({ sku, seller });
    m_points.insert(key(sku, seller), std::move(points));
}

qint64 PriceHistory::priceAt(const CatalogueItem &item, const QString &seller, qint64 at) const
{
    qint64 price = item.listPriceFen;
    for (const Point &point : m_points.value(key(item.sku, seller))) {
        if (point.at > at)
            break;
        price = point.priceFen;
    }
    return price;
}

QList<PriceEvent> PriceHistory::events() const
{
    QList<PriceEvent> all;
    for (qsizetype s = 0; s < m_order.size(); ++s) {
        const auto &[sku, seller] = m_order[s];
        const QList<Point> points = m_points.value(key(sku, seller));
        for (qsizetype i = 0; i < points.size(); ++i) {
            PriceEvent event;
            event.id = QStringLiteral("P%1-%2-%3")
                           .arg(sku)
                           .arg(s, 4, 10, QLatin1Char('0'))
                           .arg(i + 1, 3, 10, QLatin1Char('0'));
            event.sku = sku;
            event.seller = seller;
            event.priceFen = points[i].priceFen;
            event.effectiveAt = points[i].at;
            event.source = points[i].source;
            all.append(event);
        }
    }
    return all;
}

} // namespace parasol
