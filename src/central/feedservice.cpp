#include "feedservice.h"

#include "protocol/entitycodec.h"

#include "crypto/securerandom.h"

namespace parasol {

namespace {

const EntityDescriptor &entity(const char16_t *name)
{
    return EntitySchema::get(QStringView(name));
}

// Columns of a row that the order system owns; others (set by agents or by returns) are kept.
QJsonObject only(const QJsonObject &row, std::initializer_list<const char *> keys)
{
    QJsonObject picked;
    for (const char *key : keys)
        picked.insert(QLatin1String(key), row.value(QLatin1String(key)));
    return picked;
}

} // namespace

FeedService::FeedService(Database &db, EntityStore &entities, const Clock &clock)
    : m_db(db)
    , m_entities(entities)
    , m_clock(clock)
{
}

Status FeedService::writeOrderNode(Transaction &tx, const Order &order, NodeKind kind, qint64 at)
{
    ServiceNode node;
    node.id = order.orderNo + u'/' + nodeKindNames.name(kind) + u'/' + QString::number(at);
    node.orderNo = order.orderNo;
    node.customerId = order.customerId;
    node.kind = kind;
    node.at = at;
    node.actor = QStringLiteral("order system");
    auto written = m_entities.insertIfAbsent(tx, entity(u"service_node"), EntityCodec::toJson(node));
    if (!written)
        return written.error();
    return {};
}

Status FeedService::writeOrder(Transaction &tx, const FeedOrder &feed)
{
    const qint64 now = m_clock.nowMs();
    QJsonObject customer = EntityCodec::toJson(feed.customer);
    customer.remove(QStringLiteral("row_version"));
    auto existing = m_entities.get(entity(u"customer"), feed.customer.id);
    if (!existing)
        return existing.error();
    if (*existing) {
        QJsonObject fields = only(customer, { "name", "phone", "birth_date", "gender", "city", "city_tier" });
        if (!feed.customer.address.isEmpty())
            fields.insert(QStringLiteral("address"), feed.customer.address);
        if (!feed.customer.memberLevel.isEmpty())
            fields.insert(QStringLiteral("member_level"), feed.customer.memberLevel);
        fields.insert(QStringLiteral("updated_at"), now);
        if (auto updated = m_entities.update(tx, entity(u"customer"), feed.customer.id, fields); !updated)
            return updated.error();
    } else {
        customer.insert(QStringLiteral("created_at"), now);
        customer.insert(QStringLiteral("updated_at"), now);
        if (auto inserted = m_entities.upsert(tx, entity(u"customer"), customer); !inserted)
            return inserted.error();
    }

    QJsonObject order = EntityCodec::toJson(feed.order);
    order.remove(QStringLiteral("row_version"));
    if (auto written = m_entities.upsert(tx, entity(u"order"), order); !written)
        return written.error();

    for (const OrderLine &line : feed.order.lines) {
        QJsonObject row = EntityCodec::toJson(line);
        row.remove(QStringLiteral("row_version"));
        auto current = m_entities.get(entity(u"order_line"), line.id);
        if (!current)
            return current.error();
        if (*current) {
            const QJsonObject fields = only(row, { "sku", "title", "brand", "category", "seller", "unit_price_fen", "qty",
                                                   "discount_fen", "is_gift", "price_protect_days" });
            if (auto updated = m_entities.update(tx, entity(u"order_line"), line.id, fields); !updated)
                return updated.error();
        } else if (auto inserted = m_entities.upsert(tx, entity(u"order_line"), row); !inserted) {
            return inserted.error();
        }
    }

    // The order's own nodes on its timeline; a repeated feed finds them already there.
    const Order &o = feed.order;
    if (Status placed = writeOrderNode(tx, o, NodeKind::Placed, o.placedAt); !placed)
        return placed;
    if (o.paidAt)
        if (Status paid = writeOrderNode(tx, o, NodeKind::Paid, *o.paidAt); !paid)
            return paid;
    if (o.signedAt)
        if (Status delivered = writeOrderNode(tx, o, NodeKind::Delivered, *o.signedAt); !delivered)
            return delivered;
    return {};
}

Result<int> FeedService::applyOrders(const QList<FeedOrder> &orders)
{
    Transaction tx = m_db.begin();
    if (!tx.started())
        return tx.error();
    for (const FeedOrder &feed : orders) {
        // An order cannot move to another customer: that would hand one person's order to another.
        auto existing = m_entities.get(entity(u"order"), feed.order.orderNo);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->value(QLatin1String("customer_id")).toString() != feed.customer.id)
            return Error { QStringLiteral("conflict"),
                           QStringLiteral("order %1 belongs to another customer").arg(feed.order.orderNo) };
        if (Status written = writeOrder(tx, feed); !written)
            return written.error();
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return int(orders.size());
}

Result<QString> FeedService::addPriceEvent(PriceEvent event, const QString &actor)
{
    event.id = QStringLiteral("P") + SecureRandom::token(9);
    QJsonObject row = EntityCodec::toJson(event);
    row.remove(QStringLiteral("row_version"));
    row.insert(QStringLiteral("created_at"), m_clock.nowMs());
    Transaction tx = m_db.begin();
    if (!tx.started())
        return tx.error();
    if (auto written = m_entities.upsert(tx, entity(u"price_event"), row); !written)
        return written.error();
    if (auto run = m_db.exec(QStringLiteral("INSERT INTO price_protect_runs (price_event_id, sku, actor, created_at) "
                                            "VALUES (?, ?, ?, ?)"),
                             { event.id, event.sku, actor, m_clock.nowMs() });
        !run)
        return run.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return event.id;
}

Result<QJsonObject> FeedService::applyReturn(const FeedReturn &feedReturn)
{
    Transaction tx = m_db.begin();
    if (!tx.started())
        return tx.error();
    const QString lineId = feedReturn.orderLineId();
    auto current = m_entities.getForUpdate(tx, entity(u"order_line"), lineId);
    if (!current)
        return current.error();
    if (!*current)
        return Error { QStringLiteral("not_found"), QStringLiteral("no order line %1").arg(lineId) };
    OrderLine line = EntityCodec::orderLineFromJson(**current);

    if (feedReturn.done) {
        // A return completes what was pending first; any rest was returned directly.
        const int fromPending = std::min(feedReturn.qty, line.pendingReturnQty);
        if (feedReturn.qty - fromPending > line.qty - line.returnedQty - line.pendingReturnQty)
            return Error { QStringLiteral("rule_refused"),
                           QStringLiteral("line %1 has %2 units, %3 returned and %4 pending: %5 more cannot be returned")
                               .arg(lineId).arg(line.qty).arg(line.returnedQty).arg(line.pendingReturnQty).arg(feedReturn.qty) };
        line.pendingReturnQty -= fromPending;
        line.returnedQty += feedReturn.qty;
    } else {
        if (feedReturn.qty > line.qty - line.returnedQty - line.pendingReturnQty)
            return Error { QStringLiteral("rule_refused"),
                           QStringLiteral("line %1 has %2 units, %3 returned and %4 pending: %5 more cannot be pending")
                               .arg(lineId).arg(line.qty).arg(line.returnedQty).arg(line.pendingReturnQty).arg(feedReturn.qty) };
        line.pendingReturnQty += feedReturn.qty;
    }

    auto recorded = m_db.exec(QStringLiteral("INSERT INTO returns (id, order_line_id, customer_id, qty, status, at) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              { QString(QStringLiteral("R") + SecureRandom::token(9)), lineId, line.customerId,
                                feedReturn.qty, feedReturn.done ? QStringLiteral("done") : QStringLiteral("pending"),
                                m_clock.nowMs() });
    if (!recorded)
        return recorded.error();
    auto updated = m_entities.update(tx, entity(u"order_line"), lineId,
                                     QJsonObject { { QStringLiteral("returned_qty"), line.returnedQty },
                                                   { QStringLiteral("pending_return_qty"), line.pendingReturnQty } });
    if (!updated)
        return updated.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return QJsonObject { { QStringLiteral("order_line_id"), lineId },
                         { QStringLiteral("qty"), line.qty },
                         { QStringLiteral("returned_qty"), line.returnedQty },
                         { QStringLiteral("pending_return_qty"), line.pendingReturnQty } };
}

} // namespace parasol
