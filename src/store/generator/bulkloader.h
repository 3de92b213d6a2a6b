#pragma once

#include "seedrows.h"
#include "store/database.h"

#include <QHash>

namespace parasol {

// Writes generated rows fast: multi-row INSERT statements with bound values, many rows
// per statement, inside the caller's transaction. Replicated rows get row_version 1 and
// no change-log records: a seeded database is new history (the seeder renews its
// generation), which consoles bootstrap by paging through the tables, so every seeded
// row reaches them exactly once.
class BulkLoader
{
public:
    explicit BulkLoader(Database &db)
        : m_db(db)
    { }

    Status insert(const QList<TableRows> &tables);
    qint64 rowsWritten() const { return m_rowsWritten; }

private:
    Status insert(const TableRows &rows);
    Status checkColumns(const TableRows &rows);
    const QString &statement(const TableRows &rows, qsizetype count);

    Database &m_db;
    QHash<QString, QString> m_statements; // "table/rows" → SQL
    QHash<QString, bool> m_checked;
    qint64 m_rowsWritten = 0;
};

} // namespace parasol
