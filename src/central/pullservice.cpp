#include "pullservice.h"

#include "servedrows.h"

#include "store/metastore.h"

#include <QHash>
#include <QSet>

namespace parasol {

namespace {

Error gone(const QString &why)
{
    return Error { QStringLiteral("gone"), why + QStringLiteral(": bootstrap again with an empty cursor") };
}

} // namespace

SyncChange PullService::upsertOf(const EntityDescriptor &entity, const QJsonObject &row)
{
    return SyncChange { entity.entity, row.value(entity.key).toString(),
                        row.value(QLatin1String("row_version")).toInteger(), false, row };
}

PullService::PullService(Database &db, EntityStore &entities, ChangeFeed &feed)
    : m_db(db)
    , m_entities(entities)
    , m_feed(feed)
{
}

Result<PullCursor> PullService::startOrResume(const QString &cursorText, const QString &generation,
                                              const WorkingSet *scope)
{
    if (cursorText.isEmpty()) {
        PullCursor cursor;
        cursor.generation = generation;
        // The horizon first, then the tables: whatever commits meanwhile comes from the feed.
        auto horizon = m_feed.horizon();
        if (!horizon)
            return horizon.error();
        cursor.position = *horizon;
        for (const EntityDescriptor &entity : EntitySchema::all()) {
            auto n = m_entities.count(entity, scope);
            if (!n)
                return n.error();
            cursor.total += *n;
        }
        return cursor;
    }
    auto cursor = PullCursor::decode(cursorText);
    if (!cursor)
        return cursor.error();
    if (cursor->generation != generation)
        return gone(QStringLiteral("the cursor belongs to another history of the central database"));
    auto horizon = m_feed.horizon();
    auto last = m_feed.lastSequence();
    if (!horizon)
        return horizon.error();
    if (!last)
        return last.error();
    if (cursor->position.xid > horizon->xid || cursor->position.seq > *last)
        return gone(QStringLiteral("the cursor is ahead of the central database (restored from a backup?)"));
    return cursor;
}

Result<SyncPage> PullService::pull(const QString &cursorText, int limit, const WorkingSet *scope)
{
    limit = std::clamp(limit, 1, kMaxLimit);
    auto generation = MetaStore::generation(m_db);
    if (!generation)
        return generation.error();
    auto cursor = startOrResume(cursorText, *generation, scope);
    if (!cursor)
        return cursor.error();

    SyncPage page;
    page.generation = *generation;
    if (cursor->phase == PullCursor::Phase::Snapshot) {
        if (Status ok = snapshotPage(*cursor, limit, scope, page); !ok)
            return ok.error();
    } else if (Status ok = changesPage(*cursor, limit, scope, page); !ok) {
        return ok.error();
    }
    page.cursor = cursor->encode();
    return page;
}

Status PullService::snapshotPage(PullCursor &cursor, int limit, const WorkingSet *scope, SyncPage &page)
{
    const QList<EntityDescriptor> &entities = EntitySchema::all();
    while (page.changes.size() < limit && cursor.entityIndex < entities.size()) {
        const EntityDescriptor &entity = entities[cursor.entityIndex];
        const int wanted = limit - int(page.changes.size());
        auto rows = m_entities.pageAfter(entity, cursor.lastKey, wanted, scope);
        if (!rows)
            return rows.error();
        if (Status served = ServedRows::complete(m_entities, entity, *rows); !served)
            return served.error();
        for (const QJsonObject &row : *rows)
            page.changes.append(upsertOf(entity, row));
        if (!rows->isEmpty())
            cursor.lastKey = rows->last().value(entity.key).toString();
        if (rows->size() < wanted) {
            ++cursor.entityIndex;
            cursor.lastKey.clear();
        }
    }
    cursor.sent += page.changes.size();
    page.progress = std::pair(cursor.sent, std::max(cursor.sent, cursor.total));
    if (cursor.entityIndex >= entities.size())
        cursor.phase = PullCursor::Phase::Changes; // position is the horizon read at the start
    page.hasMore = true; // after the tables, the changes since the horizon
    return {};
}

Status PullService::changesPage(PullCursor &cursor, int limit, const WorkingSet *scope, SyncPage &page)
{
    auto records = m_feed.readAfter(cursor.position, limit);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return {};
    cursor.position = records->last().position;
    page.hasMore = records->size() >= limit;
    if (scope) {
        // Read after the records, never before: a customer subscribed before this read had its
        // rows read after it by the subscription, so every change committed before the feed
        // read above either reaches the client here or is in the rows the subscription answered.
        auto customers = scope->customerIds();
        if (!customers)
            return customers.error();
        records->removeIf([&customers](const ChangeRecord &record) {
            return !record.customerId.isEmpty() && !customers->contains(record.customerId);
        });
    }

    // The latest record of each row decides; rows are read as they are now.
    QList<const ChangeRecord *> latest;
    QSet<QString> seen;
    for (auto it = records->crbegin(); it != records->crend(); ++it)
        if (!seen.contains(it->entity + u'\x1f' + it->entityId)) {
            seen.insert(it->entity + u'\x1f' + it->entityId);
            latest.prepend(&*it);
        }
    QHash<QString, QStringList> idsByEntity;
    for (const ChangeRecord *record : latest)
        idsByEntity[record->entity].append(record->entityId);
    QHash<QString, QJsonObject> rows; // entity \x1f id → row
    for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
        const EntityDescriptor *entity = EntitySchema::find(it.key());
        if (!entity)
            continue;
        auto found = m_entities.byIds(*entity, it.value());
        if (!found)
            return found.error();
        if (Status served = ServedRows::complete(m_entities, *entity, *found); !served)
            return served.error();
        for (const QJsonObject &row : *found)
            rows.insert(it.key() + u'\x1f' + row.value(entity->key).toString(), row);
    }
    for (const ChangeRecord *record : latest) {
        const EntityDescriptor *entity = EntitySchema::find(record->entity);
        if (!entity)
            continue;
        const auto row = rows.constFind(record->entity + u'\x1f' + record->entityId);
        if (row != rows.cend() && record->op != u"delete")
            page.changes.append(upsertOf(*entity, *row));
        else
            page.changes.append(SyncChange { record->entity, record->entityId, record->rowVersion, true, {} });
    }
    return {};
}

} // namespace parasol
