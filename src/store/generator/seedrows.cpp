#include "seedrows.h"

#include "core/phonenumbers.h"
#include "store/entityschema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace parasol::SeedRows {

namespace {

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// For NOT NULL text columns whose value may be empty: a null QString would bind as NULL.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant date(QDate value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant time(const std::optional<qint64> &ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType::fromType<qint64>());
}

QVariant flag(bool value)
{
    return qint64(value ? 1 : 0);
}

QString json(const QJsonObject &object)
{
    return object.isEmpty() ? QStringLiteral("{}")
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList columns(const char *names)
{
    return QString::fromLatin1(names).split(u' ');
}

TableRows customers(const QList<SeededCustomer> &seeded)
{
    TableRows rows { QStringLiteral("customers"),
                     columns("id external_id name name_pinyin name_initials phone phone_tail birth_date gender city "
                             "city_tier address id_number member_level tags elder_declared created_at updated_at"),
                     {},
                     true };
    const auto &derive = EntitySchema::get(u"customer").derive;
    // Pinyin through ICU is the slowest part of a customer, and names repeat: derive once per name.
    thread_local QHash<QString, QJsonObject> byName;
    for (const SeededCustomer &s : seeded) {
        const Customer &c = s.customer;
        auto known = byName.constFind(c.name);
        if (known == byName.cend()) {
            QJsonObject nameOnly { { QStringLiteral("name"), c.name } };
            derive(nameOnly);
            known = byName.insert(c.name, nameOnly);
        }
        rows.rows.append(
            { c.id, text(c.externalId), c.name, known->value(QLatin1String("name_pinyin")).toString(),
              known->value(QLatin1String("name_initials")).toString(), text(c.phone),
              PhoneNumbers::nationalNumber(c.phone).right(4) /* as EntitySchema derives it */, date(c.birthDate),
              text(c.gender), text(c.city), qint64(c.cityTier), text(c.address), text(c.idNumber), text(c.memberLevel),
              c.tags.isEmpty()
                  ? QStringLiteral("[]")
                  : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.tags)).toJson(QJsonDocument::Compact)),
              flag(c.elderDeclared), s.createdAt, s.createdAt });
    }
    return rows;
}

TableRows orders(const QList<Order> &orders)
{
    TableRows rows {
        QStringLiteral("orders"), columns("order_no customer_id placed_at paid_at signed_at channel"), {}, true
    };
    for (const Order &o : orders)
        rows.rows.append({ o.orderNo, o.customerId, o.placedAt, time(o.paidAt), time(o.signedAt), text(o.channel) });
    return rows;
}

TableRows orderLines(const QList<Order> &orders)
{
    TableRows rows { QStringLiteral("order_lines"),
                     columns("id order_no customer_id line_no sku title brand category seller unit_price_fen qty "
                             "discount_fen is_gift price_protect_days returned_qty pending_return_qty"),
                     {},
                     true };
    for (const Order &o : orders)
        for (const OrderLine &l : o.lines)
            rows.rows.append(
                { l.id, l.orderNo, l.customerId, l.lineNo, l.sku, l.title, l.brand, categoryNames.name(l.category),
                  l.seller, l.unitPriceFen, qint64(l.qty), l.discountFen, flag(l.isGift),
                  l.priceProtectDays ? QVariant(qint64(*l.priceProtectDays)) : QVariant(QMetaType::fromType<qint64>()),
                  qint64(l.returnedQty), qint64(l.pendingReturnQty) });
    return rows;
}

TableRows returns(const QList<SeededReturn> &returns)
{
    TableRows rows { QStringLiteral("returns"), columns("id order_line_id customer_id qty status at"), {}, false };
    for (const SeededReturn &r : returns)
        rows.rows.append({ r.id, r.orderLineId, r.customerId, qint64(r.qty),
                           r.done ? QStringLiteral("done") : QStringLiteral("pending"), r.at });
    return rows;
}

TableRows tickets(const QList<Ticket> &tickets)
{
    TableRows rows {
        QStringLiteral("tickets"),
        columns("id customer_id order_no order_line_id brand kind status description opened_at opened_by decision"),
        {},
        true
    };
    for (const Ticket &t : tickets)
        rows.rows.append(
            { t.id, t.customerId, t.orderNo, t.orderLineId, t.brand, ticketKindNames.name(t.kind),
              ticketStatusNames.name(t.status), t.description, t.openedAt, t.openedBy,
              t.decision ? QVariant(decisionNames.name(*t.decision)) : QVariant(QMetaType::fromType<QString>()) });
    return rows;
}

TableRows serviceNodes(const QList<ServiceNode> &nodes)
{
    TableRows rows { QStringLiteral("service_nodes"),
                     columns("id order_no ticket_id customer_id kind at actor engineer_id detail"),
                     {},
                     true };
    for (const ServiceNode &n : nodes)
        rows.rows.append({ n.id, n.orderNo, notNull(n.ticketId), n.customerId, nodeKindNames.name(n.kind), n.at,
                           n.actor, text(n.engineerId), json(n.detail) });
    return rows;
}

TableRows ebillLines(const QList<EbillLine> &lines)
{
    TableRows rows { QStringLiteral("ebill_lines"),
                     columns("id ticket_id customer_id part unit_price_fen qty standard_price_fen"),
                     {},
                     true };
    for (const EbillLine &l : lines)
        rows.rows.append({ l.id, l.ticketId, l.customerId, l.part, l.unitPriceFen, qint64(l.qty), l.standardPriceFen });
    return rows;
}

TableRows contacts(const QList<Contact> &contacts)
{
    TableRows rows { QStringLiteral("contacts"), columns("id customer_id kind at reason text agent"), {}, true };
    for (const Contact &c : contacts)
        rows.rows.append({ c.id, c.customerId, contactKindNames.name(c.kind), c.at, c.reason, c.text, c.agent });
    return rows;
}

TableRows complaints(const QList<Complaint> &complaints)
{
    TableRows rows { QStringLiteral("complaints"),
                     columns(
                         "id customer_id order_no brand category reason channel escalation urgent elder state owner "
                         "text opened_at resolved_at verified_at satisfaction"),
                     {},
                     true };
    for (const Complaint &c : complaints)
        rows.rows.append(
            { c.id, c.customerId, text(c.orderNo), text(c.brand), complaintCategoryNames.name(c.category), c.reason,
              c.channel, escalationNames.name(c.escalation), flag(c.urgent), flag(c.elder),
              complaintStateNames.name(c.state), text(c.owner), c.text, c.openedAt, time(c.resolvedAt),
              time(c.verifiedAt),
              c.satisfaction ? QVariant(qint64(*c.satisfaction)) : QVariant(QMetaType::fromType<qint64>()) });
    return rows;
}

TableRows serviceCards(const QList<ServiceCard> &cards)
{
    TableRows rows {
        QStringLiteral("service_cards"), columns("id order_no customer_id giver_customer_id issued_at"), {}, true
    };
    for (const ServiceCard &c : cards)
        rows.rows.append({ c.id, c.orderNo, c.holderCustomerId, c.giverCustomerId, c.issuedAt });
    return rows;
}

TableRows engineers(const QList<Engineer> &engineers)
{
    TableRows rows { QStringLiteral("engineers"),
                     columns("id name brand verified_real_name verified_safety verified_health verified_skill"),
                     {},
                     true };
    for (const Engineer &e : engineers)
        rows.rows.append({ e.id, e.name, e.brand, date(e.realNameVerified), date(e.safetyVerified),
                           date(e.healthVerified), date(e.skillVerified) });
    return rows;
}

TableRows priceEvents(const QList<PriceEvent> &events)
{
    TableRows rows {
        QStringLiteral("price_events"), columns("id sku seller price_fen effective_at source created_at"), {}, true
    };
    for (const PriceEvent &e : events)
        rows.rows.append(
            { e.id, e.sku, e.seller, e.priceFen, e.effectiveAt, priceSourceNames.name(e.source), e.effectiveAt });
    return rows;
}

} // namespace

QList<TableRows> of(const SharedRows &shared)
{
    return { engineers(shared.engineers), priceEvents(shared.priceEvents) };
}

QList<TableRows> of(const SeedBatch &batch)
{
    return { customers(batch.customers),      orders(batch.orders),     orderLines(batch.orders),
             returns(batch.returns),          tickets(batch.tickets),   serviceNodes(batch.nodes),
             ebillLines(batch.ebillLines),    contacts(batch.contacts), complaints(batch.complaints),
             serviceCards(batch.serviceCards) };
}

} // namespace parasol::SeedRows
