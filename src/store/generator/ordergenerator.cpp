#include "ordergenerator.h"

#include "core/businesscalendar.h"
#include "core/money.h"
#include "generatorcontext.h"
#include "seedrandom.h"
#include "ticketgenerator.h"

namespace parasol {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = BusinessCalendar::kDayMs;

QString orderSerial(qint64 customerIndex, int k)
{
    return QStringLiteral("%1").arg(customerIndex * 10 + k, 8, 10, QLatin1Char('0'));
}

QString agentFor(bool elder, SeedRandom &random)
{
    return elder ? QStringLiteral("elder%1").arg(random.between(1, 4), 2, 10, QLatin1Char('0'))
                 : QStringLiteral("agent%1").arg(random.between(1, 20), 2, 10, QLatin1Char('0'));
}

} // namespace

QString OrderGenerator::orderNo(qint64 customerIndex, int k, qint64 placedAt)
{
    return u"JD" + BusinessCalendar::dateOf(placedAt).toString(QStringLiteral("yyyyMMdd"))
        + orderSerial(customerIndex, k);
}

OrderLine OrderGenerator::nextLine(const Order &order, const CatalogueItem &item, const QString &seller)
{
    OrderLine line;
    line.lineNo = QStringLiteral("L%1").arg(order.lines.size() + 1);
    line.id = order.orderNo + u'/' + line.lineNo;
    line.orderNo = order.orderNo;
    line.customerId = order.customerId;
    line.sku = item.sku;
    line.title = item.title;
    line.brand = item.brand;
    line.category = item.category;
    line.seller = seller;
    line.priceProtectDays = item.priceProtectDays;
    return line;
}

void OrderGenerator::generate(const Customer &customer, qint64 customerIndex, SeedBatch &batch) const
{
    SeedRandom random(m_context.seed, u"orders", quint64(customerIndex));
    const int count = int(random.between(3, 7));
    for (int k = 0; k < count; ++k) {
        const qint64 daysAgo = random.chance(0.75) ? random.between(1, 180) : random.between(181, 720);
        const qint64 day = BusinessCalendar::startOfDay(m_context.today.addDays(-daysAgo));
        const qint64 placedAt = day + random.between(8 * 60, 23 * 60 + 59) * kMinuteMs + random.between(0, 59) * 1000;

        QList<std::pair<const CatalogueItem *, QString>> items;
        const int lines = random.weighted({ 70, 20, 10 }) + 1;
        for (int n = 0; n < lines; ++n) {
            const CatalogueItem &item = m_context.catalogue.pick(random);
            if (std::any_of(items.cbegin(), items.cend(), [&](const auto &chosen) { return chosen.first == &item; }))
                continue;
            // Mostly the platform's own sale; otherwise a marketplace shop selling the same SKU.
            const QString seller = item.sellers.size() > 1 && random.chance(0.3)
                ? item.sellers.at(random.between(1, item.sellers.size() - 1))
                : item.sellers.first();
            items.append({ &item, seller });
        }
        addOrder(customer, customerIndex, k, placedAt, items, random, batch);
    }
}

Order &OrderGenerator::addOrder(const Customer &customer, qint64 customerIndex, int k, qint64 placedAt,
                                const QList<std::pair<const CatalogueItem *, QString>> &items, SeedRandom &random,
                                SeedBatch &batch) const
{
    Order order;
    order.orderNo = orderNo(customerIndex, k, placedAt);
    order.customerId = customer.id;
    order.placedAt = placedAt;
    order.paidAt = placedAt + random.between(1, 30) * kMinuteMs;
    static const QStringList channels { QStringLiteral("app"), QStringLiteral("mini_program"), QStringLiteral("web") };
    order.channel = channels.at(random.weighted({ 60, 25, 15 }));

    QString largeBrand, largeSeller;
    for (const auto &[item, seller] : items) {
        OrderLine line = nextLine(order, *item, seller);
        line.unitPriceFen = m_context.prices.priceAt(*item, seller, placedAt);
        line.qty = random.chance(isLargeAppliance(item->category) ? 0.04 : 0.2) ? 2 : 1;
        if (isLargeAppliance(item->category) && largeBrand.isEmpty()) {
            largeBrand = item->brand;
            largeSeller = seller;
        }
        order.lines.append(line);
    }
    // A free small appliance with a large one (a gift line: no price protection for it).
    if (!largeBrand.isEmpty() && random.chance(0.12))
        if (const CatalogueItem *freebie = m_context.catalogue.freebieOf(largeBrand, random)) {
            OrderLine line = nextLine(order, *freebie, largeSeller);
            line.title = QStringLiteral("【赠品】") + freebie->title;
            line.unitPriceFen = 0;
            line.isGift = true;
            order.lines.append(line);
        }
    // An order-level coupon, shared across the lines in proportion to their amounts.
    if (random.chance(0.4)) {
        QList<qint64> amounts;
        qint64 total = 0;
        for (const OrderLine &line : order.lines) {
            amounts.append(line.unitPriceFen * line.qty);
            total += amounts.last();
        }
        const qint64 coupon = std::min<qint64>(total * random.between(3, 10) / 100 / 1000 * 1000, 100'000);
        if (coupon > 0) {
            const QList<qint64> shares = allocateProportionally(coupon, amounts);
            for (qsizetype i = 0; i < order.lines.size(); ++i)
                order.lines[i].discountFen = shares[i];
        }
    }

    batch.addNode(order, {}, NodeKind::Placed, order.placedAt, QStringLiteral("order system"));
    batch.addNode(order, {}, NodeKind::Paid, *order.paidAt, QStringLiteral("order system"));
    const qint64 shippedAt = *order.paidAt + random.between(3, 30) * kHourMs;
    const qint64 signedAt = shippedAt + random.between(18, 72) * kHourMs;
    if (shippedAt < m_context.nowMs)
        batch.addNode(order, {}, NodeKind::Shipped, shippedAt, customer.city + QStringLiteral("仓储中心"));
    if (signedAt < m_context.nowMs) {
        order.signedAt = signedAt;
        batch.addNode(order, {}, NodeKind::Delivered, signedAt,
                      QStringLiteral("配送员 %1师傅").arg(m_context.people.surname(random)));
        followUp(customer, order, random, batch);
    }
    batch.orders.append(order);
    return batch.orders.last();
}

void OrderGenerator::followUp(const Customer &customer, Order &order, SeedRandom &random, SeedBatch &batch) const
{
    const TicketGenerator tickets(m_context);
    const qint64 signedAt = *order.signedAt;
    const QString serial = order.orderNo.right(8); // (customer index, k), unique
    bool installedOnDelivery = false;
    for (OrderLine &line : order.lines) {
        if (line.isGift)
            continue;
        // Set up by the delivery crew in the same visit.
        if (!installedOnDelivery && Catalogue::installedOnDelivery(line.category)) {
            installedOnDelivery = true;
            const qint64 booked = signedAt + random.between(2, 10) * kMinuteMs;
            const qint64 installed = booked + random.between(30, 150) * kMinuteMs;
            if (installed < m_context.nowMs) {
                batch.addNode(order, {}, NodeKind::InstallationBooked, booked, QStringLiteral("配送安装"));
                batch.addNode(order, {}, NodeKind::Installed, installed, QStringLiteral("配送安装"));
            }
        }
        // Installed by the brand's engineer: a ticket with an e-bill.
        if (Catalogue::needsEngineerInstallation(line.category)) {
            TicketGenerator::Request request;
            request.id = u'T' + serial + line.lineNo + u'I';
            request.kind = TicketKind::Installation;
            request.order = &order;
            request.line = &line;
            request.customer = &customer;
            request.openedAt = signedAt + random.between(10, 90) * kMinuteMs;
            request.openedBy = QStringLiteral("order system");
            request.description = TicketGenerator::describe(TicketKind::Installation, line.category, random);
            if (request.openedAt < m_context.nowMs)
                tickets.generate(request, random, batch);
        }

        const qint64 sinceSigned = m_context.nowMs - signedAt;
        if (sinceSigned > kDayMs && random.chance(0.07)) {
            // After-sales: returns early on, exchanges within the first months, repairs any time.
            const qint64 after = random.between(kHourMs, std::min<qint64>(sinceSigned, 200 * kDayMs) - kHourMs);
            const qint64 day = BusinessCalendar::startOfDay(BusinessCalendar::dateOf(signedAt + after));
            const qint64 openedAt
                = std::min(day + random.between(8 * 60, 21 * 60) * kMinuteMs, m_context.nowMs - kHourMs);
            const qint64 daysIn = (openedAt - signedAt) / kDayMs;
            const QList<int> weights = daysIn < 7 ? QList<int> { 50, 20, 30 }
                : daysIn < 30                     ? QList<int> { 15, 30, 55 }
                                                  : QList<int> { 0, 20, 80 };
            static constexpr TicketKind kKinds[] = { TicketKind::Return, TicketKind::Exchange, TicketKind::Repair };
            TicketGenerator::Request request;
            request.kind = kKinds[random.weighted(weights)];
            request.decision = request.kind == TicketKind::Return
                ? (random.chance(0.9) ? Decision::Return : Decision::Repair)
                : request.kind == TicketKind::Exchange ? Decision::Exchange
                                                       : (random.chance(0.85) ? Decision::Repair : Decision::Exchange);
            request.id = u'T' + serial + line.lineNo + u'S';
            request.order = &order;
            request.line = &line;
            request.customer = &customer;
            request.openedAt = std::max(openedAt, signedAt + kHourMs);
            request.openedBy = agentFor(m_context.isElderOn(customer, request.openedAt), random);
            request.description = TicketGenerator::describe(request.kind, line.category, random);
            const TicketGenerator::Outcome outcome = tickets.generate(request, random, batch);
            if (outcome.refunded || outcome.pickupPending) {
                (outcome.refunded ? line.returnedQty : line.pendingReturnQty) = line.qty;
                batch.returns.append(SeededReturn { u'R' + serial + line.lineNo, line.id, customer.id, line.qty,
                                                    outcome.refunded,
                                                    outcome.refunded ? outcome.refundedAt : request.openedAt });
            }
        } else if (!isLargeAppliance(line.category) && random.chance(0.02)) {
            // A no-reason return within seven days, without a ticket.
            const qint64 at = signedAt + random.between(1, 6) * kDayMs;
            if (at < m_context.nowMs) {
                line.returnedQty = line.qty;
                batch.returns.append(
                    SeededReturn { u'R' + serial + line.lineNo, line.id, customer.id, line.qty, true, at });
            }
        }
    }
}

} // namespace parasol
