#include "customerqueries.h"

#include "linerules.h"
#include "servedrows.h"

#include "protocol/entitycodec.h"

#include "core/businesscalendar.h"
#include "core/ordertimeline.h"
#include "core/personaldata.h"

#include <algorithm>

namespace parasol {

namespace {

QString deadlineName(DeadlineState state)
{
    switch (state) {
    case DeadlineState::NoDeadline:
        return QStringLiteral("none");
    case DeadlineState::OnTime:
        return QStringLiteral("on_time");
    case DeadlineState::Approaching:
        return QStringLiteral("approaching");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    }
    return QString();
}

QJsonValue isoOrNull(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(BusinessCalendar::toIso(*ms)) : QJsonValue::Null;
}

Error notFound(const QString &what, const QString &id)
{
    return Error { QStringLiteral("not_found"), QStringLiteral("no %1 %2").arg(what, id) };
}

} // namespace

CustomerQueries::CustomerQueries(Database &db, EntityStore &entities, const Clock &clock, ElderPolicy elderPolicy)
    : m_directory(db)
    , m_entities(entities)
    , m_clock(clock)
    , m_elderPolicy(elderPolicy)
{
}

QJsonObject CustomerQueries::summary(const QJsonObject &row) const
{
    const Customer customer = EntityCodec::customerFromJson(row);
    const QDate today = BusinessCalendar::dateOf(m_clock.nowMs());
    return QJsonObject {
        { QStringLiteral("id"), customer.id },
        { QStringLiteral("name_masked"), PersonalData::maskName(customer.name) },
        { QStringLiteral("phone_masked"), PersonalData::maskPhone(customer.phone) },
        { QStringLiteral("age"), customer.birthDate.isValid()
                                     ? QJsonValue(BusinessCalendar::completedYears(customer.birthDate, today))
                                     : QJsonValue::Null },
        { QStringLiteral("elder"), m_elderPolicy.isElder(customer.birthDate, today, customer.elderDeclared) },
        { QStringLiteral("city"), customer.city },
    };
}

Result<QJsonArray> CustomerQueries::summaries(const Result<QList<QJsonObject>> &rows)
{
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const QJsonObject &row : *rows)
        out.append(summary(row));
    return out;
}

Result<QJsonArray> CustomerQueries::byPhone(const QString &e164)
{
    return summaries(m_directory.byPhone(e164));
}

Result<QJsonArray> CustomerQueries::byOrderNo(const QString &orderNo)
{
    return summaries(m_directory.byOrderNo(orderNo));
}

Result<QJsonArray> CustomerQueries::search(const QString &text)
{
    return summaries(m_directory.search(text, 50));
}

Result<QJsonArray> CustomerQueries::owned(const QString &entity, const QString &column, const QString &value,
                                          bool newestFirst, const QString &orderBy)
{
    const EntityDescriptor &descriptor = EntitySchema::get(entity);
    auto rows = m_entities.where(descriptor, column, value, orderBy);
    if (!rows)
        return rows.error();
    if (Status served = ServedRows::complete(m_entities, descriptor, *rows); !served)
        return served.error();
    if (newestFirst)
        std::reverse(rows->begin(), rows->end());
    QJsonArray out;
    for (const QJsonObject &row : *rows)
        out.append(row);
    return out;
}

Result<QJsonObject> CustomerQueries::unifiedView(const QString &customerId)
{
    auto row = m_entities.get(EntitySchema::get(u"customer"), customerId);
    if (!row)
        return row.error();
    if (!*row)
        return notFound(QStringLiteral("customer"), customerId);
    const Customer customer = EntityCodec::customerFromJson(**row);
    QJsonObject profile = summary(**row);
    profile.insert(QStringLiteral("gender"), customer.gender);
    profile.insert(QStringLiteral("city_tier"), customer.cityTier);
    profile.insert(QStringLiteral("member_level"), customer.memberLevel);
    profile.insert(QStringLiteral("tags"), QJsonArray::fromStringList(customer.tags));
    profile.insert(QStringLiteral("address_masked"), PersonalData::maskAddress(customer.address));
    profile.insert(QStringLiteral("id_number_masked"), PersonalData::maskIdNumber(customer.idNumber));
    profile.insert(QStringLiteral("row_version"), customer.rowVersion);

    auto orders = owned(QStringLiteral("order"), QStringLiteral("customer_id"), customerId, true, QStringLiteral("placed_at"));
    auto lines = m_entities.where(EntitySchema::get(u"order_line"), QStringLiteral("customer_id"), customerId);
    if (!orders)
        return orders.error();
    if (!lines)
        return lines.error();
    QJsonArray ordersWithLines;
    for (const QJsonValue &order : *orders) {
        QJsonObject withLines = order.toObject();
        QJsonArray itsLines;
        for (const QJsonObject &line : *lines)
            if (line.value(QLatin1String("order_no")) == withLines.value(QLatin1String("order_no")))
                itsLines.append(line);
        withLines.insert(QStringLiteral("lines"), itsLines);
        ordersWithLines.append(withLines);
    }

    // Adds each line's price-protection state; the entitlements go in below.
    auto entitlements = LineRules(m_entities, m_clock).apply(customerId, ordersWithLines);
    if (!entitlements)
        return entitlements.error();

    QJsonObject view { { QStringLiteral("customer"), profile }, { QStringLiteral("orders"), ordersWithLines } };
    const struct
    {
        const char *key, *entity, *orderBy;
    } sections[] = {
        { "tickets", "ticket", "opened_at" },   { "contacts", "contact", "at" },
        { "claims", "claim", "created_at" },    { "complaints", "complaint", "opened_at" },
        { "service_cards", "service_card", "issued_at" },
    };
    for (const auto &section : sections) {
        auto rows = owned(QString::fromLatin1(section.entity), QStringLiteral("customer_id"), customerId, true,
                          QString::fromLatin1(section.orderBy));
        if (!rows)
            return rows.error();
        view.insert(QLatin1String(section.key), *rows);
    }
    view.insert(QStringLiteral("entitlements"), *entitlements);
    return view;
}

Result<QJsonObject> CustomerQueries::timeline(const QString &orderNo)
{
    auto order = m_entities.get(EntitySchema::get(u"order"), orderNo);
    if (!order)
        return order.error();
    if (!*order)
        return notFound(QStringLiteral("order"), orderNo);
    const QString customerId = (*order)->value(QLatin1String("customer_id")).toString();
    auto customerRow = m_entities.get(EntitySchema::get(u"customer"), customerId);
    auto nodeRows = m_entities.where(EntitySchema::get(u"service_node"), QStringLiteral("order_no"), orderNo, QStringLiteral("at"));
    auto ticketRows = m_entities.where(EntitySchema::get(u"ticket"), QStringLiteral("order_no"), orderNo);
    if (!customerRow)
        return customerRow.error();
    if (!nodeRows)
        return nodeRows.error();
    if (!ticketRows)
        return ticketRows.error();

    TimelineInput input;
    input.nowMs = m_clock.nowMs();
    if (*customerRow) {
        const Customer customer = EntityCodec::customerFromJson(**customerRow);
        input.cityTier = customer.cityTier;
        input.elder = m_elderPolicy.isElder(customer.birthDate, BusinessCalendar::dateOf(input.nowMs), customer.elderDeclared);
    }
    for (const QJsonObject &row : *nodeRows)
        input.nodes.append(EntityCodec::serviceNodeFromJson(row));
    for (const QJsonObject &row : *ticketRows)
        input.tickets.append(EntityCodec::ticketFromJson(row));

    QJsonArray reached, upcoming;
    for (const TimelineEntry &entry : buildOrderTimeline(input)) {
        QJsonObject node { { QStringLiteral("kind"), nodeKindNames.name(entry.kind) },
                           { QStringLiteral("ticket_id"), entry.ticketId },
                           { QStringLiteral("at"), isoOrNull(entry.at) },
                           { QStringLiteral("actor"), entry.actor },
                           { QStringLiteral("due_at"), isoOrNull(entry.dueAt) },
                           { QStringLiteral("overdue"), entry.overdue() },
                           { QStringLiteral("deadline"), deadlineName(entry.deadline) },
                           { QStringLiteral("current"), entry.current },
                           { QStringLiteral("engineer_id"), entry.engineerId.isEmpty() ? QJsonValue::Null : QJsonValue(entry.engineerId) },
                           { QStringLiteral("detail"), entry.detail } };
        (entry.reached() ? reached : upcoming).append(node);
    }
    return QJsonObject { { QStringLiteral("order_no"), orderNo },
                         { QStringLiteral("nodes"), reached },
                         { QStringLiteral("upcoming"), upcoming } };
}

} // namespace parasol
