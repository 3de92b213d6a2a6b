#pragma once

#include "changefeed.h"
#include "entityschema.h"

#include <QJsonObject>

#include <optional>

namespace parasol {

class WorkingSet;

// Reads and writes the replicated entities as JSON rows (column names as keys), driven
// by their descriptors. Every write bumps the row's row_version and appends to the change
// feed in the caller's transaction, so no change can reach the database unannounced.
class EntityStore
{
public:
    EntityStore(Database &db, ChangeFeed &feed) : m_db(db), m_feed(feed) { }

    Result<std::optional<QJsonObject>> get(const EntityDescriptor &entity, const QString &id);
    // The row, locked until `tx` ends (FOR UPDATE on PostgreSQL; SQLite's write
    // transaction already excludes other writers): read-check-write without a race.
    Result<std::optional<QJsonObject>> getForUpdate(Transaction &tx, const EntityDescriptor &entity, const QString &id);
    // Rows whose `column` equals `value`, ordered by `orderBy` (a column of the entity;
    // the key when empty). `column` and `orderBy` must be columns of the entity.
    Result<QList<QJsonObject>> where(const EntityDescriptor &entity, const QString &column, const QVariant &value,
                                     const QString &orderBy = {});
    Result<QList<QJsonObject>> byIds(const EntityDescriptor &entity, const QStringList &ids);
    // Rows whose `column` is one of `values` (a column of the entity), in key order within
    // each chunk of 500 values. `alsoSql`, when given, is a further condition the rows must
    // meet: a constant written in code (never built from input), with its own bound values.
    Result<QList<QJsonObject>> whereIn(const EntityDescriptor &entity, const QString &column, const QStringList &values,
                                       const QString &alsoSql = {}, const QVariantList &alsoParams = {});
    // Rows with a key after `afterKey`, in key order: the bootstrap pages. With a working
    // set, only the rows of its customers (shared rows are everyone's).
    Result<QList<QJsonObject>> pageAfter(const EntityDescriptor &entity, const QString &afterKey, int limit,
                                         const WorkingSet *scope = nullptr);
    // Rows whose `column` equals `value` with a key after `afterKey`, in key order, at most `limit`.
    Result<QList<QJsonObject>> pageWhere(const EntityDescriptor &entity, const QString &column, const QVariant &value,
                                         const QString &afterKey, int limit);
    Result<qint64> count(const EntityDescriptor &entity, const WorkingSet *scope = nullptr);

    // Inserts or replaces the row (all its columns), inside `tx`. Returns the new row_version.
    Result<qint64> upsert(Transaction &tx, const EntityDescriptor &entity, QJsonObject row);
    // Inserts the row unless one with its key or another unique key exists. Returns the
    // new row_version, or nullopt when it existed (and nothing was written).
    Result<std::optional<qint64>> insertIfAbsent(Transaction &tx, const EntityDescriptor &entity, QJsonObject row);
    // Sets some columns of an existing row. nullopt when there is no such row.
    Result<std::optional<qint64>> update(Transaction &tx, const EntityDescriptor &entity, const QString &id,
                                         const QJsonObject &fields);

private:
    Status recordChange(Transaction &tx, const EntityDescriptor &entity, const QJsonObject &row, qint64 rowVersion);
    Status checkColumns(const EntityDescriptor &entity, const QJsonObject &row) const;

    Database &m_db;
    ChangeFeed &m_feed;
};

} // namespace parasol
