#pragma once

#include "seedrows.h"
#include "store/database.h"

#include <QHash>

struct sqlite3_stmt;

namespace parasol {

// Writes generated rows fast, inside the caller's transaction: on SQLite through its C
// API with one prepared statement per table, bound and stepped for every row (Qt's driver
// looks each bound value up by name, which costs more than the insert); on PostgreSQL as
// multi-row INSERTs with bound values, many rows per round trip. Replicated rows get
// row_version 1 and no change-log records: a seeded database is new history (the seeder
// renews its generation), which consoles bootstrap by paging through the tables, so every
// seeded row reaches them exactly once.
class BulkLoader
{
public:
    explicit BulkLoader(Database &db)
        : m_db(db)
    { }
    ~BulkLoader();
    BulkLoader(const BulkLoader &) = delete;
    BulkLoader &operator=(const BulkLoader &) = delete;

    Status insert(const QList<TableRows> &tables);
    qint64 rowsWritten() const { return m_rowsWritten; }

private:
    Status checkColumns(const TableRows &rows);
    QString statement(const TableRows &rows, qsizetype count) const;
    Status insertSqlite(const TableRows &rows);
    Status insertPostgres(const TableRows &rows);

    Database &m_db;
    QHash<QString, sqlite3_stmt *> m_sqliteStatements; // by table
    QHash<QString, bool> m_checked;
    qint64 m_rowsWritten = 0;
};

} // namespace parasol
