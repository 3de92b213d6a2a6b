#include "bulkloader.h"

#include "store/entityschema.h"

#include <sqlite3.h>

namespace parasol {

namespace {

// PostgreSQL: bound values per statement, under its limit of 65535.
constexpr qsizetype kMaxPostgresValues = 20000;
constexpr qsizetype kMaxRows = 1000;

Error sqliteError(sqlite3 *handle, const QString &table)
{
    return Error { QStringLiteral("database"),
                   QStringLiteral("%1 (seeding %2)").arg(QString::fromUtf8(sqlite3_errmsg(handle)), table) };
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                                   SQLITE_TRANSIENT);
    }
    return sqlite3_bind_int64(statement, index, value.toLongLong());
}

} // namespace

BulkLoader::~BulkLoader()
{
    for (sqlite3_stmt *statement : std::as_const(m_sqliteStatements))
        sqlite3_finalize(statement);
}

Status BulkLoader::insert(const QList<TableRows> &tables)
{
    for (const TableRows &rows : tables) {
        if (rows.rows.isEmpty())
            continue;
        if (Status ok = checkColumns(rows); !ok)
            return ok;
        for (const QVariantList &row : rows.rows)
            if (row.size() != rows.columns.size())
                return Error { QStringLiteral("database"),
                               QStringLiteral("a seed row of %1 has %2 values for %3 columns")
                                   .arg(rows.table)
                                   .arg(row.size())
                                   .arg(rows.columns.size()) };
        const Status written = m_db.dialect() == Database::Dialect::Sqlite ? insertSqlite(rows) : insertPostgres(rows);
        if (!written)
            return written;
        m_rowsWritten += rows.rows.size();
    }
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

QString BulkLoader::statement(const TableRows &rows, qsizetype count) const
{
    const QString values = u'(' + QStringList(rows.columns.size(), QStringLiteral("?")).join(u',')
        + (rows.versioned ? QStringLiteral(",1)") : QStringLiteral(")"));
    return QStringLiteral("INSERT INTO %1 (%2%3) VALUES %4")
        .arg(rows.table, rows.columns.join(QStringLiteral(", ")),
             rows.versioned ? QStringLiteral(", row_version") : QString(),
             QStringList(count, values).join(QStringLiteral(", ")));
}

Status BulkLoader::insertSqlite(const TableRows &rows)
{
    sqlite3 *handle = *static_cast<sqlite3 *const *>(m_db.nativeHandle().constData());
    sqlite3_stmt *&prepared = m_sqliteStatements[rows.table];
    if (!prepared) {
        const QByteArray sql = statement(rows, 1).toUtf8();
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &prepared, nullptr) != SQLITE_OK)
            return sqliteError(handle, rows.table);
    }
    for (const QVariantList &row : rows.rows) {
        for (int i = 0; i < row.size(); ++i)
            if (bind(prepared, i + 1, row[i]) != SQLITE_OK)
                return sqliteError(handle, rows.table);
        const int stepped = sqlite3_step(prepared);
        sqlite3_reset(prepared);
        if (stepped != SQLITE_DONE)
            return sqliteError(handle, rows.table);
    }
    return {};
}

Status BulkLoader::insertPostgres(const TableRows &rows)
{
    const qsizetype width = rows.columns.size();
    const qsizetype perStatement = std::max<qsizetype>(1, std::min(kMaxRows, kMaxPostgresValues / width));
    QString sql;
    for (qsizetype start = 0; start < rows.rows.size(); start += perStatement) {
        const qsizetype count = std::min(perStatement, rows.rows.size() - start);
        if (count != perStatement || sql.isEmpty())
            sql = statement(rows, count);
        QVariantList params;
        params.reserve(count * width);
        for (qsizetype i = start; i < start + count; ++i)
            params.append(rows.rows[i]);
        if (auto done = m_db.exec(sql, params); !done)
            return done.error();
    }
    return {};
}

} // namespace parasol
