#include "entityschema.h"

#include "core/phonenumbers.h"
#include "core/pinyin.h"

#include <cstdlib>

namespace parasol {

const Column *EntityDescriptor::column(QStringView name) const
{
    for (const Column &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

QStringList EntityDescriptor::columnNames() const
{
    QStringList names;
    for (const Column &c : columns)
        names.append(c.name);
    return names;
}

namespace EntitySchema {

namespace {

using T = ColumnType;

Column col(const char *name, ColumnType type = T::Text)
{
    return Column { QString::fromLatin1(name), type, true };
}

Column derived(const char *name)
{
    return Column { QString::fromLatin1(name), T::Text, false };
}

void deriveCustomerSearchKeys(QJsonObject &row)
{
    const QString name = row.value(QLatin1String("name")).toString();
    row.insert(QLatin1String("name_pinyin"), Pinyin::full(name));
    row.insert(QLatin1String("name_initials"), Pinyin::initials(name));
    const QString national = PhoneNumbers::nationalNumber(row.value(QLatin1String("phone")).toString());
    row.insert(QLatin1String("phone_tail"), national.right(4));
}

QList<EntityDescriptor> build()
{
    const auto E = [](const char *entity, const char *table, const char *key, const char *customer,
                      QList<Column> columns) {
        return EntityDescriptor { QString::fromLatin1(entity), QString::fromLatin1(table), QString::fromLatin1(key),
                                  QString::fromLatin1(customer), std::move(columns), {} };
    };
    QList<EntityDescriptor> all {
        E("customer", "customers", "id", "id",
          { col("id"), col("external_id"), col("name"), derived("name_pinyin"), derived("name_initials"),
            col("phone"), derived("phone_tail"), col("birth_date", T::Date), col("gender"), col("city"),
            col("city_tier", T::Integer), col("address"), col("id_number"), col("member_level"),
            col("tags", T::Json), col("elder_declared", T::Bool), col("created_at", T::Time),
            col("updated_at", T::Time) }),
        E("order", "orders", "order_no", "customer_id",
          { col("order_no"), col("customer_id"), col("placed_at", T::Time), col("paid_at", T::Time),
            col("signed_at", T::Time), col("channel") }),
        E("order_line", "order_lines", "id", "customer_id",
          { col("id"), col("order_no"), col("customer_id"), col("line_no"), col("sku"), col("title"), col("brand"),
            col("category"), col("seller"), col("unit_price_fen", T::Integer), col("qty", T::Integer),
            col("discount_fen", T::Integer), col("is_gift", T::Bool), col("price_protect_days", T::Integer),
            col("returned_qty", T::Integer), col("pending_return_qty", T::Integer) }),
        E("price_event", "price_events", "id", "",
          { col("id"), col("sku"), col("seller"), col("price_fen", T::Integer), col("effective_at", T::Time),
            col("source"), col("created_at", T::Time) }),
        E("engineer", "engineers", "id", "",
          { col("id"), col("name"), col("brand"), col("verified_real_name", T::Date),
            col("verified_safety", T::Date), col("verified_health", T::Date), col("verified_skill", T::Date) }),
        E("ticket", "tickets", "id", "customer_id",
          { col("id"), col("customer_id"), col("order_no"), col("order_line_id"), col("brand"), col("kind"),
            col("status"), col("description"), col("opened_at", T::Time), col("opened_by"), col("decision") }),
        E("service_node", "service_nodes", "id", "customer_id",
          { col("id"), col("order_no"), col("ticket_id"), col("customer_id"), col("kind"), col("at", T::Time),
            col("actor"), col("engineer_id"), col("detail", T::Json) }),
        E("ebill_line", "ebill_lines", "id", "customer_id",
          { col("id"), col("ticket_id"), col("customer_id"), col("part"), col("unit_price_fen", T::Integer),
            col("qty", T::Integer), col("standard_price_fen", T::Integer) }),
        E("contact", "contacts", "id", "customer_id",
          { col("id"), col("customer_id"), col("kind"), col("at", T::Time), col("reason"), col("text"),
            col("agent") }),
        E("complaint", "complaints", "id", "customer_id",
          { col("id"), col("customer_id"), col("order_no"), col("brand"), col("category"), col("reason"),
            col("channel"), col("escalation"), col("urgent", T::Bool), col("elder", T::Bool), col("state"),
            col("owner"), col("text"), col("opened_at", T::Time), col("resolved_at", T::Time),
            col("verified_at", T::Time), col("satisfaction", T::Integer) }),
        E("claim", "claims", "id", "customer_id",
          { col("id"), col("order_line_id"), col("customer_id"), col("price_event_id"), col("status"),
            col("amount_fen", T::Integer), col("reason"), col("origin"), col("created_at", T::Time) }),
        E("service_card", "service_cards", "id", "customer_id",
          { col("id"), col("order_no"), col("customer_id"), col("giver_customer_id"), col("issued_at", T::Time) }),
    };
    all[0].derive = deriveCustomerSearchKeys;
    return all;
}

} // namespace

const QList<EntityDescriptor> &all()
{
    static const QList<EntityDescriptor> descriptors = build();
    return descriptors;
}

const EntityDescriptor *find(QStringView entity)
{
    for (const EntityDescriptor &d : all())
        if (d.entity == entity)
            return &d;
    return nullptr;
}

const EntityDescriptor &get(QStringView entity)
{
    const EntityDescriptor *d = find(entity);
    if (!d)
        std::abort(); // a programming error: the name is a literal in our code
    return *d;
}

} // namespace EntitySchema
} // namespace parasol
