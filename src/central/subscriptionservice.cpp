#include "subscriptionservice.h"

#include "pullservice.h"
#include "servedrows.h"

#include "store/metastore.h"
#include "store/workingset.h"

namespace parasol {

SubscriptionService::SubscriptionService(Database &db, EntityStore &entities, const Clock &clock)
    : m_db(db)
    , m_entities(entities)
    , m_clock(clock)
{
}

Result<SyncPage> SubscriptionService::subscribe(const User &user, const QString &customerId)
{
    const EntityDescriptor &customers = EntitySchema::get(u"customer");
    auto known = m_entities.get(customers, customerId);
    if (!known)
        return known.error();
    if (!*known)
        return Error { QStringLiteral("not_found"), QStringLiteral("no customer %1").arg(customerId) };
    auto generation = MetaStore::generation(m_db);
    if (!generation)
        return generation.error();
    // Committed on its own before the rows are read (see the header).
    if (Status subscribed = WorkingSet(m_db, user.id).subscribe(customerId, m_clock.nowMs()); !subscribed)
        return subscribed.error();

    SyncPage page;
    page.generation = *generation;
    for (const EntityDescriptor &entity : EntitySchema::all()) {
        if (entity.customerColumn.isEmpty())
            continue;
        auto rows = m_entities.where(entity, entity.customerColumn, customerId);
        if (!rows)
            return rows.error();
        if (Status served = ServedRows::complete(m_entities, entity, *rows); !served)
            return served.error();
        for (const QJsonObject &row : std::as_const(*rows))
            page.changes.append(PullService::upsertOf(entity, row));
    }
    return page;
}

Status SubscriptionService::unsubscribe(const User &user, const QString &customerId)
{
    return WorkingSet(m_db, user.id).unsubscribe(customerId);
}

} // namespace parasol
