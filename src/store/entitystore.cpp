#include "entitystore.h"

#include "rowcodec.h"
#include "workingset.h"

namespace parasol {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// Every row a query answered, or why it failed.
Result<QList<QJsonObject>> readAll(const EntityDescriptor &entity, Result<QSqlQuery> &query)
{
    if (!query)
        return query.error();
    QList<QJsonObject> rows;
    while (query->next())
        rows.append(RowCodec::read(entity, *query));
    return rows;
}

Error unknownColumn(const EntityDescriptor &entity, const QString &column)
{
    return Error { QStringLiteral("database"), QStringLiteral("%1 has no column %2").arg(entity.entity, column) };
}

} // namespace

Result<std::optional<QJsonObject>> EntityStore::get(const EntityDescriptor &entity, const QString &id)
{
    auto rows = where(entity, entity.key, id);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(rows->first());
}

Result<std::optional<QJsonObject>> EntityStore::getForUpdate(Transaction &, const EntityDescriptor &entity,
                                                              const QString &id)
{
    const bool lock = m_db.dialect() == Database::Dialect::Postgres;
    auto query = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?%4")
                               .arg(RowCodec::selectList(entity), entity.table, entity.key,
                                    lock ? QStringLiteral(" FOR UPDATE") : QString()),
                           { id });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(RowCodec::read(entity, *query));
}

Result<QList<QJsonObject>> EntityStore::where(const EntityDescriptor &entity, const QString &column,
                                              const QVariant &value, const QString &orderBy)
{
    const QString order = orderBy.isEmpty() ? entity.key : orderBy;
    if (!entity.column(column))
        return unknownColumn(entity, column);
    if (!entity.column(order))
        return unknownColumn(entity, order);
    auto query = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4, %5")
                               .arg(RowCodec::selectList(entity), entity.table, column, order, entity.key),
                           { value });
    return readAll(entity, query);
}

Result<QList<QJsonObject>> EntityStore::byIds(const EntityDescriptor &entity, const QStringList &ids)
{
    return whereIn(entity, entity.key, ids);
}

Result<QList<QJsonObject>> EntityStore::whereIn(const EntityDescriptor &entity, const QString &column,
                                                const QStringList &values, const QString &alsoSql,
                                                const QVariantList &alsoParams)
{
    if (!entity.column(column))
        return unknownColumn(entity, column);
    QList<QJsonObject> rows;
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < values.size(); start += kChunk) {
        const QStringList chunk = values.mid(start, kChunk);
        QVariantList params;
        for (const QString &value : chunk)
            params.append(value);
        params += alsoParams;
        const QString also = alsoSql.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(alsoSql);
        auto query = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)%5 ORDER BY %6")
                                   .arg(RowCodec::selectList(entity), entity.table, column, placeholders(chunk.size()),
                                        also, entity.key),
                               params);
        if (!query)
            return query.error();
        while (query->next())
            rows.append(RowCodec::read(entity, *query));
    }
    return rows;
}

Result<QList<QJsonObject>> EntityStore::pageAfter(const EntityDescriptor &entity, const QString &afterKey, int limit,
                                                  const WorkingSet *scope)
{
    // A null QString would bind as NULL, and "key > NULL" matches nothing.
    QVariantList params { afterKey.isNull() ? QStringLiteral("") : afterKey };
    QString inScope;
    if (scope && !entity.customerColumn.isEmpty()) {
        inScope = QStringLiteral(" AND ") + scope->condition(entity.customerColumn);
        params += scope->params();
    }
    params.append(limit);
    auto query = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 > ?%4 ORDER BY %3 LIMIT ?")
                               .arg(RowCodec::selectList(entity), entity.table, entity.key, inScope),
                           params);
    return readAll(entity, query);
}

Result<QList<QJsonObject>> EntityStore::pageWhere(const EntityDescriptor &entity, const QString &column,
                                                  const QVariant &value, const QString &afterKey, int limit)
{
    if (!entity.column(column))
        return unknownColumn(entity, column);
    auto query = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %4 > ? ORDER BY %4 LIMIT ?")
                               .arg(RowCodec::selectList(entity), entity.table, column, entity.key),
                           { value, afterKey.isNull() ? QStringLiteral("") : afterKey, limit });
    return readAll(entity, query);
}

Result<qint64> EntityStore::count(const EntityDescriptor &entity, const WorkingSet *scope)
{
    const bool scoped = scope && !entity.customerColumn.isEmpty();
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1%2")
                             .arg(entity.table, scoped ? QStringLiteral(" WHERE ") + scope->condition(entity.customerColumn)
                                                       : QString()),
                         scoped ? scope->params() : QVariantList());
    if (!n)
        return n.error();
    return n->toLongLong();
}

Status EntityStore::checkColumns(const EntityDescriptor &entity, const QJsonObject &row) const
{
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        if (it.key() != u"row_version" && !entity.column(it.key()))
            return unknownColumn(entity, it.key());
    if (row.value(entity.key).toString().isEmpty())
        return Error { QStringLiteral("database"), QStringLiteral("%1 row without %2").arg(entity.entity, entity.key) };
    return {};
}

Result<qint64> EntityStore::upsert(Transaction &tx, const EntityDescriptor &entity, QJsonObject row)
{
    if (entity.derive)
        entity.derive(row);
    if (Status ok = checkColumns(entity, row); !ok)
        return ok.error();
    QStringList assignments;
    QVariantList params;
    for (const Column &column : entity.columns) {
        params.append(RowCodec::toSql(column, row.value(column.name)));
        if (column.name != entity.key)
            assignments.append(QStringLiteral("%1 = excluded.%1").arg(column.name));
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2, row_version) VALUES (%3, 1) ON CONFLICT (%4) DO UPDATE SET "
                                       "%5, row_version = %1.row_version + 1 RETURNING row_version")
                            .arg(entity.table, entity.columnNames().join(QStringLiteral(", ")),
                                 placeholders(entity.columns.size()), entity.key, assignments.join(QStringLiteral(", ")));
    auto version = m_db.scalar(sql, params);
    if (!version)
        return version.error();
    if (Status recorded = recordChange(tx, entity, row, version->toLongLong()); !recorded)
        return recorded.error();
    return version->toLongLong();
}

Result<std::optional<qint64>> EntityStore::insertIfAbsent(Transaction &tx, const EntityDescriptor &entity, QJsonObject row)
{
    if (entity.derive)
        entity.derive(row);
    if (Status ok = checkColumns(entity, row); !ok)
        return ok.error();
    QVariantList params;
    for (const Column &column : entity.columns)
        params.append(RowCodec::toSql(column, row.value(column.name)));
    const QString sql = QStringLiteral("INSERT INTO %1 (%2, row_version) VALUES (%3, 1) ON CONFLICT DO NOTHING "
                                       "RETURNING row_version")
                            .arg(entity.table, entity.columnNames().join(QStringLiteral(", ")),
                                 placeholders(entity.columns.size()));
    auto query = m_db.exec(sql, params);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<qint64>();
    const qint64 version = query->value(0).toLongLong();
    if (Status recorded = recordChange(tx, entity, row, version); !recorded)
        return recorded.error();
    return std::optional<qint64>(version);
}

Result<std::optional<qint64>> EntityStore::update(Transaction &tx, const EntityDescriptor &entity, const QString &id,
                                                  const QJsonObject &fields)
{
    // Locked, so derived columns are computed from the row as it is.
    auto current = getForUpdate(tx, entity, id);
    if (!current)
        return current.error();
    if (!*current)
        return std::optional<qint64>();
    QJsonObject row = **current;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        row.insert(it.key(), it.value());
    if (entity.derive)
        entity.derive(row);
    if (Status ok = checkColumns(entity, row); !ok)
        return ok.error();

    QStringList assignments;
    QVariantList params;
    for (const Column &column : entity.columns) {
        if (column.name == entity.key || (!fields.contains(column.name) && column.exported))
            continue;
        if (!column.exported && !entity.derive)
            continue;
        assignments.append(column.name + QStringLiteral(" = ?"));
        params.append(RowCodec::toSql(column, row.value(column.name)));
    }
    params.append(id);
    auto version = m_db.scalar(QStringLiteral("UPDATE %1 SET %2%3row_version = row_version + 1 WHERE %4 = ? RETURNING row_version")
                                   .arg(entity.table, assignments.join(QStringLiteral(", ")),
                                        assignments.isEmpty() ? QString() : QStringLiteral(", "), entity.key),
                               params);
    if (!version)
        return version.error();
    if (Status recorded = recordChange(tx, entity, row, version->toLongLong()); !recorded)
        return recorded.error();
    return std::optional<qint64>(version->toLongLong());
}

Status EntityStore::recordChange(Transaction &tx, const EntityDescriptor &entity, const QJsonObject &row, qint64 rowVersion)
{
    const QString customerId = entity.customerColumn.isEmpty() ? QString() : row.value(entity.customerColumn).toString();
    return m_feed.record(tx, entity.entity, row.value(entity.key).toString(), customerId, rowVersion,
                         QStringLiteral("upsert"));
}

} // namespace parasol
