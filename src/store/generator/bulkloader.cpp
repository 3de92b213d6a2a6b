#include "bulkloader.h"

#include "store/entityschema.h"

namespace parasol {

namespace {
// Bound values per statement. Qt's SQLite driver looks every value up by name, so a
// statement costs the square of its values there: about 100 measured fastest. PostgreSQL
// has no such cost but a round trip per statement, so it takes many (its limit is 65535).
constexpr qsizetype kMaxSqliteValues = 100;
constexpr qsizetype kMaxPostgresValues = 20000;
constexpr qsizetype kMaxRows = 1000;
} // namespace

Status BulkLoader::insert(const QList<TableRows> &tables)
{
    for (const TableRows &rows : tables)
        if (Status ok = insert(rows); !ok)
            return ok;
    return {};
}

Status BulkLoader::checkColumns(const TableRows &rows)
{
    if (m_checked.contains(rows.table))
        return {};
    if (rows.versioned) {
        const EntityDescriptor *entity = nullptr;
        for (const EntityDescriptor &candidate : EntitySchema::all())
            if (candidate.table == rows.table)
                entity = &candidate;
        QStringList expected = entity ? entity->columnNames() : QStringList();
        QStringList given = rows.columns;
        expected.sort();
        given.sort();
        if (expected != given)
            return Error { QStringLiteral("database"),
                           QStringLiteral("seed rows of %1 do not match its columns").arg(rows.table) };
    }
    m_checked.insert(rows.table, true);
    return {};
}

const QString &BulkLoader::statement(const TableRows &rows, qsizetype count)
{
    const QString key = rows.table + u'/' + QString::number(count);
    auto found = m_statements.find(key);
    if (found == m_statements.end()) {
        QString values = u'(' + QStringList(rows.columns.size(), QStringLiteral("?")).join(u',')
            + (rows.versioned ? QStringLiteral(",1)") : QStringLiteral(")"));
        QStringList all(count, values);
        found = m_statements.insert(key,
                                    QStringLiteral("INSERT INTO %1 (%2%3) VALUES %4")
                                        .arg(rows.table, rows.columns.join(QStringLiteral(", ")),
                                             rows.versioned ? QStringLiteral(", row_version") : QString(),
                                             all.join(QStringLiteral(", "))));
    }
    return *found;
}

Status BulkLoader::insert(const TableRows &rows)
{
    if (rows.rows.isEmpty())
        return {};
    if (Status ok = checkColumns(rows); !ok)
        return ok;
    const qsizetype width = rows.columns.size();
    const qsizetype maxValues = m_db.dialect() == Database::Dialect::Sqlite ? kMaxSqliteValues : kMaxPostgresValues;
    const qsizetype perStatement = std::max<qsizetype>(1, std::min(kMaxRows, maxValues / width));
    for (qsizetype start = 0; start < rows.rows.size(); start += perStatement) {
        const qsizetype count = std::min(perStatement, rows.rows.size() - start);
        QVariantList params;
        params.reserve(count * width);
        for (qsizetype i = start; i < start + count; ++i) {
            const QVariantList &row = rows.rows[i];
            if (row.size() != width)
                return Error { QStringLiteral("database"),
                               QStringLiteral("a seed row of %1 has %2 values for %3 columns")
                                   .arg(rows.table)
                                   .arg(row.size())
                                   .arg(width) };
            params.append(row);
        }
        if (auto done = m_db.exec(statement(rows, count), params); !done)
            return done.error();
        m_rowsWritten += count;
    }
    return {};
}

} // namespace parasol
