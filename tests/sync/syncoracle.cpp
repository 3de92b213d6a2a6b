#include "syncoracle.h"

#include "store/entityschema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace parasol::test::SyncOracle {

using namespace Qt::StringLiterals;

namespace {

void addRows(Database &db, const EntityDescriptor &entity, const QString &where, const QVariantList &params,
             RowVersions &rows)
{
    auto query = db.exec(u"SELECT %1, row_version FROM %2"_s.arg(entity.key, entity.table) + where, params);
    while (query && query->next())
        rows.insert(entity.entity + u'/' + query->value(0).toString(), query->value(1).toLongLong());
}

} // namespace

RowVersions serverRowsOf(Database &db, const QString &customerId)
{
    RowVersions rows;
    for (const EntityDescriptor &entity : EntitySchema::all())
        if (!entity.customerColumn.isEmpty())
            addRows(db, entity, u" WHERE %1 = ?"_s.arg(entity.customerColumn), { customerId }, rows);
    return rows;
}

RowVersions replicaRowsOf(const ReplicaStore &replica, const QString &customerId)
{
    RowVersions rows;
    auto held = replica.everyRowOf(customerId);
    for (const CachedRow &row : held ? *held : QList<CachedRow>())
        rows.insert(row.entity + u'/' + row.id, row.rowVersion);
    return rows;
}

RowVersions serverRows(Database &db, const std::optional<QStringList> &customerIds)
{
    RowVersions rows;
    for (const EntityDescriptor &entity : EntitySchema::all())
        if (entity.customerColumn.isEmpty() || !customerIds)
            addRows(db, entity, QString(), {}, rows);
    for (const QString &customerId : customerIds.value_or(QStringList())) {
        const RowVersions own = serverRowsOf(db, customerId);
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            rows.insert(it.key(), it.value());
    }
    return rows;
}

RowVersions replicaRows(const QString &path)
{
    RowVersions rows;
    const QString name = u"oracle-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SELECT entity, id, row_version FROM rows"_s);
            while (query.next())
                rows.insert(query.value(0).toString() + u'/' + query.value(1).toString(), query.value(2).toLongLong());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QString difference(const RowVersions &replica, const RowVersions &server)
{
    QStringList lines;
    for (auto it = server.cbegin(); it != server.cend(); ++it)
        if (replica.value(it.key(), -1) != it.value())
            lines.append(u"%1: central %2, replica %3"_s.arg(it.key()).arg(it.value()).arg(replica.value(it.key(), -1)));
    for (auto it = replica.cbegin(); it != replica.cend(); ++it)
        if (!server.contains(it.key()))
            lines.append(u"%1: only in the replica"_s.arg(it.key()));
    if (lines.size() > 10)
        lines = lines.first(10) << u"… %1 rows differ"_s.arg(lines.size());
    return lines.join(u"; "_s);
}

QStringList serverContactTexts(Database &db, const QString &customerId)
{
    auto query = db.exec(u"SELECT text FROM contacts WHERE customer_id = ? ORDER BY text"_s, { customerId });
    QStringList texts;
    while (query && query->next())
        texts.append(query->value(0).toString());
    texts.sort(); // the same order as the replica's, whatever the database's collation
    return texts;
}

QStringList replicaContactTexts(const ReplicaStore &replica, const QString &customerId)
{
    QStringList texts;
    auto rows = replica.rowsOf(u"contact"_s, customerId);
    for (const CachedRow &row : rows ? *rows : QList<CachedRow>())
        texts.append(row.data.value(u"text"_s).toString());
    texts.sort();
    return texts;
}

} // namespace parasol::test::SyncOracle
