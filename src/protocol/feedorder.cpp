#include "feedorder.h"

#include "jsonfields.h"

#include "core/phonenumbers.h"

#include <QRegularExpression>
#include <QSet>

namespace parasol::FeedOrderCodec {

namespace {

constexpr qint64 kMaxFen = 100'000'000'00LL; // 100 million yuan: far above any order line

bool isIdentifier(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return pattern.match(text).hasMatch();
}

Customer readCustomer(JsonFields &fields, const QJsonObject &json)
{
    JsonFields f(json, fields.pathOf(QStringLiteral("customer")));
    Customer c;
    c.externalId = f.requiredString(QStringLiteral("external_id"), 64);
    if (f.ok() && !isIdentifier(c.externalId))
        f.fail(QStringLiteral("external_id"), QStringLiteral("use letters, digits, '.', '_' or '-'"));
    c.id = c.externalId;
    c.name = f.requiredString(QStringLiteral("name"), 64);
    const QString phone = f.requiredString(QStringLiteral("phone"), 40);
    if (f.ok()) {
        if (const auto e164 = PhoneNumbers::normalise(phone))
            c.phone = *e164;
        else
            f.fail(QStringLiteral("phone"), QStringLiteral("not a valid phone number"));
    }
    c.birthDate = f.optionalDate(QStringLiteral("birth_date"));
    c.gender = f.optionalString(QStringLiteral("gender"), {}, 1);
    if (f.ok() && !c.gender.isEmpty() && c.gender != u"m" && c.gender != u"f")
        f.fail(QStringLiteral("gender"), QStringLiteral("expected \"m\" or \"f\""));
    c.city = f.optionalString(QStringLiteral("city"), {}, 64);
    c.cityTier = int(f.optionalInteger(QStringLiteral("city_tier"), 1, 4).value_or(1));
    c.address = f.optionalString(QStringLiteral("address"), {}, 200);
    c.memberLevel = f.optionalString(QStringLiteral("member_level"), {}, 32);
    fields.adopt(f);
    return c;
}

OrderLine readLine(JsonFields &fields, const QJsonValue &value, const QString &path, const Order &order)
{
    JsonFields f(value.toObject(), path);
    OrderLine l;
    if (!value.isObject()) {
        f.fail(QString(), QStringLiteral("expected an object"));
        fields.adopt(f);
        return l;
    }
    l.lineNo = f.requiredString(QStringLiteral("line_id"), 32);
    if (f.ok() && !isIdentifier(l.lineNo))
        f.fail(QStringLiteral("line_id"), QStringLiteral("use letters, digits, '.', '_' or '-'"));
    l.orderNo = order.orderNo;
    l.id = order.orderNo + u'/' + l.lineNo;
    l.customerId = order.customerId;
    l.sku = f.requiredString(QStringLiteral("sku"), 64);
    l.title = f.requiredString(QStringLiteral("title"), 200);
    l.brand = f.requiredString(QStringLiteral("brand"), 64);
    l.category = f.requiredEnum(QStringLiteral("category"), categoryNames);
    l.seller = f.optionalString(QStringLiteral("seller"), QStringLiteral("self"), 64);
    if (f.ok() && l.seller.trimmed().isEmpty())
        f.fail(QStringLiteral("seller"), QStringLiteral("must not be empty"));
    l.unitPriceFen = f.requiredInteger(QStringLiteral("unit_price_fen"), 0, kMaxFen);
    l.qty = int(f.requiredInteger(QStringLiteral("qty"), 1, 10000));
    l.discountFen = f.optionalInteger(QStringLiteral("discount_fen"), 0, kMaxFen).value_or(0);
    if (f.ok() && l.discountFen > l.unitPriceFen * l.qty)
        f.fail(QStringLiteral("discount_fen"), QStringLiteral("larger than the line's amount"));
    l.isGift = f.optionalBool(QStringLiteral("is_gift"), false);
    if (const auto days = f.optionalInteger(QStringLiteral("price_protect_days"), 1, 365))
        l.priceProtectDays = int(*days);
    fields.adopt(f);
    return l;
}

FeedOrder readOrder(JsonFields &fields, const QJsonValue &value, const QString &path)
{
    JsonFields f(value.toObject(), path);
    FeedOrder feed;
    if (!value.isObject()) {
        f.fail(QString(), QStringLiteral("expected an object"));
        fields.adopt(f);
        return feed;
    }
    Order &o = feed.order;
    o.orderNo = f.requiredString(QStringLiteral("order_no"), 64);
    if (f.ok() && !isIdentifier(o.orderNo))
        f.fail(QStringLiteral("order_no"), QStringLiteral("use letters, digits, '.', '_' or '-'"));
    o.placedAt = f.requiredTime(QStringLiteral("placed_at"));
    o.paidAt = f.optionalTime(QStringLiteral("paid_at"));
    o.signedAt = f.optionalTime(QStringLiteral("signed_at"));
    if (f.ok() && o.signedAt && *o.signedAt < o.placedAt)
        f.fail(QStringLiteral("signed_at"), QStringLiteral("earlier than placed_at"));
    o.channel = f.optionalString(QStringLiteral("channel"), QStringLiteral("app"), 32);
    feed.customer = readCustomer(f, f.requiredObject(QStringLiteral("customer")));
    o.customerId = feed.customer.id;
    const QJsonArray lines = f.requiredArray(QStringLiteral("lines"), kMaxLinesPerOrder);
    if (f.ok() && lines.isEmpty())
        f.fail(QStringLiteral("lines"), QStringLiteral("an order needs at least one line"));
    QSet<QString> seen;
    for (qsizetype i = 0; f.ok() && i < lines.size(); ++i) {
        OrderLine line = readLine(f, lines[i], f.pathOf(QStringLiteral("lines[%1]").arg(i)), o);
        if (f.ok() && seen.contains(line.lineNo))
            f.fail(QStringLiteral("lines[%1].line_id").arg(i), QStringLiteral("appears twice in the order"));
        seen.insert(line.lineNo);
        o.lines.append(line);
    }
    fields.adopt(f);
    return feed;
}

} // namespace

Result<QList<FeedOrder>> parse(const QJsonObject &body)
{
    JsonFields fields(body);
    const QJsonArray orders = fields.requiredArray(QStringLiteral("orders"), kMaxOrdersPerRequest);
    QList<FeedOrder> parsed;
    for (qsizetype i = 0; fields.ok() && i < orders.size(); ++i)
        parsed.append(readOrder(fields, orders[i], QStringLiteral("orders[%1]").arg(i)));
    if (!fields.ok())
        return fields.error();
    return parsed;
}

} // namespace parasol::FeedOrderCodec
