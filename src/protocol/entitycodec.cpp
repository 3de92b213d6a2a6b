#include "entitycodec.h"

#include "core/businesscalendar.h"

#include <QJsonArray>

namespace parasol::EntityCodec {

namespace {

QJsonValue time(qint64 ms)
{
    return BusinessCalendar::toIso(ms);
}

QJsonValue time(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(BusinessCalendar::toIso(*ms)) : QJsonValue::Null;
}

QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue::Null;
}

QJsonValue text(const QString &s)
{
    return s.isNull() ? QJsonValue::Null : QJsonValue(s);
}

template<typename T>
QJsonValue number(const std::optional<T> &n)
{
    return n ? QJsonValue(qint64(*n)) : QJsonValue::Null;
}

// Readers over a row.
struct Row
{
    const QJsonObject &json;
    QString str(const char *key) const { return json.value(QLatin1String(key)).toString(); }
    qint64 integer(const char *key) const { return json.value(QLatin1String(key)).toInteger(); }
    bool flag(const char *key) const
    {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isBool() ? v.toBool() : v.toInteger() != 0;
    }
    std::optional<qint64> optionalInteger(const char *key) const
    {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
    }
    std::optional<qint64> optionalTime(const char *key) const
    {
        return BusinessCalendar::parseIso(str(key));
    }
    qint64 timeMs(const char *key) const { return optionalTime(key).value_or(0); }
    QDate dateOf(const char *key) const { return BusinessCalendar::parseDate(str(key)).value_or(QDate()); }
    qint64 version() const { return integer("row_version"); }
};

} // namespace

QJsonObject toJson(const Customer &c)
{
    QJsonArray tags;
    for (const QString &tag : c.tags)
        tags.append(tag);
    return QJsonObject { { QStringLiteral("id"), c.id },
                         { QStringLiteral("external_id"), text(c.externalId) },
                         { QStringLiteral("name"), c.name },
                         { QStringLiteral("phone"), text(c.phone) },
                         { QStringLiteral("birth_date"), date(c.birthDate) },
                         { QStringLiteral("gender"), text(c.gender) },
                         { QStringLiteral("city"), text(c.city) },
                         { QStringLiteral("city_tier"), c.cityTier },
                         { QStringLiteral("address"), text(c.address) },
                         { QStringLiteral("id_number"), text(c.idNumber) },
                         { QStringLiteral("member_level"), text(c.memberLevel) },
                         { QStringLiteral("tags"), tags },
                         { QStringLiteral("elder_declared"), c.elderDeclared },
                         { QStringLiteral("row_version"), c.rowVersion } };
}

Customer customerFromJson(const QJsonObject &json)
{
    const Row r { json };
    Customer c;
    c.id = r.str("id");
    c.externalId = r.str("external_id");
    c.name = r.str("name");
    c.phone = r.str("phone");
    c.birthDate = r.dateOf("birth_date");
    c.gender = r.str("gender");
    c.city = r.str("city");
    c.cityTier = int(r.optionalInteger("city_tier").value_or(1));
    c.address = r.str("address");
    c.idNumber = r.str("id_number");
    c.memberLevel = r.str("member_level");
    for (const QJsonValue &tag : json.value(QLatin1String("tags")).toArray())
        c.tags.append(tag.toString());
    c.elderDeclared = r.flag("elder_declared");
    c.rowVersion = r.version();
    return c;
}

QJsonObject toJson(const Order &o)
{
    return QJsonObject { { QStringLiteral("order_no"), o.orderNo },
                         { QStringLiteral("customer_id"), o.customerId },
                         { QStringLiteral("placed_at"), time(o.placedAt) },
                         { QStringLiteral("paid_at"), time(o.paidAt) },
                         { QStringLiteral("signed_at"), time(o.signedAt) },
                         { QStringLiteral("channel"), text(o.channel) },
                         { QStringLiteral("row_version"), o.rowVersion } };
}

Order orderFromJson(const QJsonObject &json)
{
    const Row r { json };
    Order o;
    o.orderNo = r.str("order_no");
    o.customerId = r.str("customer_id");
    o.placedAt = r.timeMs("placed_at");
    o.paidAt = r.optionalTime("paid_at");
    o.signedAt = r.optionalTime("signed_at");
    o.channel = r.str("channel");
    o.rowVersion = r.version();
    return o;
}

QJsonObject toJson(const OrderLine &l)
{
    return QJsonObject { { QStringLiteral("id"), l.id },
                         { QStringLiteral("order_no"), l.orderNo },
                         { QStringLiteral("customer_id"), l.customerId },
                         { QStringLiteral("line_no"), l.lineNo },
                         { QStringLiteral("sku"), l.sku },
                         { QStringLiteral("title"), l.title },
                         { QStringLiteral("brand"), l.brand },
                         { QStringLiteral("category"), categoryNames.name(l.category) },
                         { QStringLiteral("seller"), l.seller },
                         { QStringLiteral("unit_price_fen"), l.unitPriceFen },
                         { QStringLiteral("qty"), l.qty },
                         { QStringLiteral("discount_fen"), l.discountFen },
                         { QStringLiteral("is_gift"), l.isGift },
                         { QStringLiteral("price_protect_days"), number(l.priceProtectDays) },
                         { QStringLiteral("returned_qty"), l.returnedQty },
                         { QStringLiteral("pending_return_qty"), l.pendingReturnQty },
                         { QStringLiteral("row_version"), l.rowVersion } };
}

OrderLine orderLineFromJson(const QJsonObject &json)
{
    const Row r { json };
    OrderLine l;
    l.id = r.str("id");
    l.orderNo = r.str("order_no");
    l.customerId = r.str("customer_id");
    l.lineNo = r.str("line_no");
    l.sku = r.str("sku");
    l.title = r.str("title");
    l.brand = r.str("brand");
    l.category = categoryNames.parse(r.str("category")).value_or(Category::SmallHome);
    l.seller = r.str("seller");
    l.unitPriceFen = r.integer("unit_price_fen");
    l.qty = int(r.integer("qty"));
    l.discountFen = r.integer("discount_fen");
    l.isGift = r.flag("is_gift");
    if (const auto days = r.optionalInteger("price_protect_days"))
        l.priceProtectDays = int(*days);
    l.returnedQty = int(r.integer("returned_qty"));
    l.pendingReturnQty = int(r.integer("pending_return_qty"));
    l.rowVersion = r.version();
    return l;
}

QJsonObject toJson(const PriceEvent &e)
{
    return QJsonObject { { QStringLiteral("id"), e.id },
                         { QStringLiteral("sku"), e.sku },
                         { QStringLiteral("seller"), e.seller },
                         { QStringLiteral("price_fen"), e.priceFen },
                         { QStringLiteral("effective_at"), time(e.effectiveAt) },
                         { QStringLiteral("source"), priceSourceNames.name(e.source) },
                         { QStringLiteral("row_version"), e.rowVersion } };
}

PriceEvent priceEventFromJson(const QJsonObject &json)
{
    const Row r { json };
    PriceEvent e;
    e.id = r.str("id");
    e.sku = r.str("sku");
    e.seller = r.str("seller");
    e.priceFen = r.integer("price_fen");
    e.effectiveAt = r.timeMs("effective_at");
    e.source = priceSourceNames.parse(r.str("source")).value_or(PriceSource::Normal);
    e.createdAt = r.timeMs("created_at");
    e.rowVersion = r.version();
    return e;
}

QJsonObject toJson(const Engineer &e)
{
    return QJsonObject { { QStringLiteral("id"), e.id },
                         { QStringLiteral("name"), e.name },
                         { QStringLiteral("brand"), e.brand },
                         { QStringLiteral("verified_real_name"), date(e.realNameVerified) },
                         { QStringLiteral("verified_safety"), date(e.safetyVerified) },
                         { QStringLiteral("verified_health"), date(e.healthVerified) },
                         { QStringLiteral("verified_skill"), date(e.skillVerified) },
                         { QStringLiteral("row_version"), e.rowVersion } };
}

Engineer engineerFromJson(const QJsonObject &json)
{
    const Row r { json };
    Engineer e;
    e.id = r.str("id");
    e.name = r.str("name");
    e.brand = r.str("brand");
    e.realNameVerified = r.dateOf("verified_real_name");
    e.safetyVerified = r.dateOf("verified_safety");
    e.healthVerified = r.dateOf("verified_health");
    e.skillVerified = r.dateOf("verified_skill");
    e.rowVersion = r.version();
    return e;
}

QJsonObject toJson(const Ticket &t)
{
    return QJsonObject { { QStringLiteral("id"), t.id },
                         { QStringLiteral("customer_id"), t.customerId },
                         { QStringLiteral("order_no"), t.orderNo },
                         { QStringLiteral("order_line_id"), t.orderLineId },
                         { QStringLiteral("brand"), t.brand },
                         { QStringLiteral("kind"), ticketKindNames.name(t.kind) },
                         { QStringLiteral("status"), ticketStatusNames.name(t.status) },
                         { QStringLiteral("description"), t.description },
                         { QStringLiteral("opened_at"), time(t.openedAt) },
                         { QStringLiteral("opened_by"), t.openedBy },
                         { QStringLiteral("decision"), t.decision ? QJsonValue(decisionNames.name(*t.decision)) : QJsonValue::Null },
                         { QStringLiteral("row_version"), t.rowVersion } };
}

Ticket ticketFromJson(const QJsonObject &json)
{
    const Row r { json };
    Ticket t;
    t.id = r.str("id");
    t.customerId = r.str("customer_id");
    t.orderNo = r.str("order_no");
    t.orderLineId = r.str("order_line_id");
    t.brand = r.str("brand");
    t.kind = ticketKindNames.parse(r.str("kind")).value_or(TicketKind::Repair);
    t.status = ticketStatusNames.parse(r.str("status")).value_or(TicketStatus::Open);
    t.description = r.str("description");
    t.openedAt = r.timeMs("opened_at");
    t.openedBy = r.str("opened_by");
    t.decision = decisionNames.parse(r.str("decision"));
    t.rowVersion = r.version();
    return t;
}

QJsonObject toJson(const ServiceNode &n)
{
    return QJsonObject { { QStringLiteral("id"), n.id },
                         { QStringLiteral("order_no"), n.orderNo },
                         { QStringLiteral("ticket_id"), n.ticketId },
                         { QStringLiteral("customer_id"), n.customerId },
                         { QStringLiteral("kind"), nodeKindNames.name(n.kind) },
                         { QStringLiteral("at"), time(n.at) },
                         { QStringLiteral("actor"), n.actor },
                         { QStringLiteral("engineer_id"), n.engineerId.isEmpty() ? QJsonValue::Null : QJsonValue(n.engineerId) },
                         { QStringLiteral("detail"), n.detail },
                         { QStringLiteral("row_version"), n.rowVersion } };
}

ServiceNode serviceNodeFromJson(const QJsonObject &json)
{
    const Row r { json };
    ServiceNode n;
    n.id = r.str("id");
    n.orderNo = r.str("order_no");
    n.ticketId = r.str("ticket_id");
    n.customerId = r.str("customer_id");
    n.kind = parseNodeKind(r.str("kind")).value_or(NodeKind::Placed);
    n.at = r.timeMs("at");
    n.actor = r.str("actor");
    n.engineerId = r.str("engineer_id");
    n.detail = json.value(QLatin1String("detail")).toObject();
    n.rowVersion = r.version();
    return n;
}

QJsonObject toJson(const EbillLine &l)
{
    return QJsonObject { { QStringLiteral("id"), l.id },
                         { QStringLiteral("ticket_id"), l.ticketId },
                         { QStringLiteral("customer_id"), l.customerId },
                         { QStringLiteral("part"), l.part },
                         { QStringLiteral("unit_price_fen"), l.unitPriceFen },
                         { QStringLiteral("qty"), l.qty },
                         { QStringLiteral("standard_price_fen"), l.standardPriceFen },
                         { QStringLiteral("row_version"), l.rowVersion } };
}

EbillLine ebillLineFromJson(const QJsonObject &json)
{
    const Row r { json };
    EbillLine l;
    l.id = r.str("id");
    l.ticketId = r.str("ticket_id");
    l.customerId = r.str("customer_id");
    l.part = r.str("part");
    l.unitPriceFen = r.integer("unit_price_fen");
    l.qty = int(r.integer("qty"));
    l.standardPriceFen = r.integer("standard_price_fen");
    l.rowVersion = r.version();
    return l;
}

QJsonObject toJson(const Contact &c)
{
    return QJsonObject { { QStringLiteral("id"), c.id },
                         { QStringLiteral("customer_id"), c.customerId },
                         { QStringLiteral("kind"), contactKindNames.name(c.kind) },
                         { QStringLiteral("at"), time(c.at) },
                         { QStringLiteral("reason"), c.reason },
                         { QStringLiteral("text"), c.text },
                         { QStringLiteral("agent"), c.agent },
                         { QStringLiteral("row_version"), c.rowVersion } };
}

Contact contactFromJson(const QJsonObject &json)
{
    const Row r { json };
    Contact c;
    c.id = r.str("id");
    c.customerId = r.str("customer_id");
    c.kind = contactKindNames.parse(r.str("kind")).value_or(ContactKind::Note);
    c.at = r.timeMs("at");
    c.reason = r.str("reason");
    c.text = r.str("text");
    c.agent = r.str("agent");
    c.rowVersion = r.version();
    return c;
}

QJsonObject toJson(const Complaint &c)
{
    return QJsonObject { { QStringLiteral("id"), c.id },
                         { QStringLiteral("customer_id"), c.customerId },
                         { QStringLiteral("order_no"), text(c.orderNo) },
                         { QStringLiteral("brand"), text(c.brand) },
                         { QStringLiteral("category"), complaintCategoryNames.name(c.category) },
                         { QStringLiteral("reason"), c.reason },
                         { QStringLiteral("channel"), c.channel },
                         { QStringLiteral("escalation"), escalationNames.name(c.escalation) },
                         { QStringLiteral("urgent"), c.urgent },
                         { QStringLiteral("elder"), c.elder },
                         { QStringLiteral("state"), complaintStateNames.name(c.state) },
                         { QStringLiteral("owner"), text(c.owner) },
                         { QStringLiteral("text"), c.text },
                         { QStringLiteral("opened_at"), time(c.openedAt) },
                         { QStringLiteral("resolved_at"), time(c.resolvedAt) },
                         { QStringLiteral("verified_at"), time(c.verifiedAt) },
                         { QStringLiteral("satisfaction"), number(c.satisfaction) },
                         { QStringLiteral("row_version"), c.rowVersion } };
}

Complaint complaintFromJson(const QJsonObject &json)
{
    const Row r { json };
    Complaint c;
    c.id = r.str("id");
    c.customerId = r.str("customer_id");
    c.orderNo = r.str("order_no");
    c.brand = r.str("brand");
    c.category = complaintCategoryNames.parse(r.str("category")).value_or(ComplaintCategory::Other);
    c.reason = r.str("reason");
    c.channel = r.str("channel");
    c.escalation = escalationNames.parse(r.str("escalation")).value_or(Escalation::None);
    c.urgent = r.flag("urgent");
    c.elder = r.flag("elder");
    c.state = complaintStateNames.parse(r.str("state")).value_or(ComplaintState::Open);
    c.owner = r.str("owner");
    c.text = r.str("text");
    c.openedAt = r.timeMs("opened_at");
    c.resolvedAt = r.optionalTime("resolved_at");
    c.verifiedAt = r.optionalTime("verified_at");
    if (const auto s = r.optionalInteger("satisfaction"))
        c.satisfaction = int(*s);
    c.rowVersion = r.version();
    return c;
}

QJsonObject toJson(const Claim &c)
{
    return QJsonObject { { QStringLiteral("id"), c.id },
                         { QStringLiteral("order_line_id"), c.orderLineId },
                         { QStringLiteral("customer_id"), c.customerId },
                         { QStringLiteral("price_event_id"), c.priceEventId },
                         { QStringLiteral("status"), claimStatusNames.name(c.status) },
                         { QStringLiteral("amount_fen"), c.amountFen },
                         { QStringLiteral("reason"), c.reason },
                         { QStringLiteral("origin"), claimOriginNames.name(c.origin) },
                         { QStringLiteral("created_at"), time(c.createdAt) },
                         { QStringLiteral("row_version"), c.rowVersion } };
}

Claim claimFromJson(const QJsonObject &json)
{
    const Row r { json };
    Claim c;
    c.id = r.str("id");
    c.orderLineId = r.str("order_line_id");
    c.customerId = r.str("customer_id");
    c.priceEventId = r.str("price_event_id");
    c.status = claimStatusNames.parse(r.str("status")).value_or(ClaimStatus::Rejected);
    c.amountFen = r.integer("amount_fen");
    c.reason = r.str("reason");
    c.origin = claimOriginNames.parse(r.str("origin")).value_or(ClaimOrigin::Manual);
    c.createdAt = r.timeMs("created_at");
    c.rowVersion = r.version();
    return c;
}

QJsonObject toJson(const ServiceCard &c)
{
    return QJsonObject { { QStringLiteral("id"), c.id },
                         { QStringLiteral("order_no"), c.orderNo },
                         { QStringLiteral("customer_id"), c.holderCustomerId },
                         { QStringLiteral("giver_customer_id"), c.giverCustomerId },
                         { QStringLiteral("issued_at"), time(c.issuedAt) },
                         { QStringLiteral("row_version"), c.rowVersion } };
}

ServiceCard serviceCardFromJson(const QJsonObject &json)
{
    const Row r { json };
    ServiceCard c;
    c.id = r.str("id");
    c.orderNo = r.str("order_no");
    c.holderCustomerId = r.str("customer_id");
    c.giverCustomerId = r.str("giver_customer_id");
    c.giverNameMasked = r.str("giver_name_masked");
    c.issuedAt = r.timeMs("issued_at");
    c.rowVersion = r.version();
    return c;
}

} // namespace parasol::EntityCodec
