#pragma once

#include "databaseurl.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace parasol {

class Transaction;

// One connection to the central database, SQLite or PostgreSQL, used from one
// thread. Every statement is prepared and bound: no value is ever spliced into SQL.
class Database
{
public:
    enum class Dialect { Sqlite, Postgres };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens a new connection. Each call makes its own named QSqlDatabase connection.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url);

    Dialect dialect() const { return m_dialect; }
    QString dialectName() const { return m_dialect == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql"); }
    const DatabaseUrl &url() const { return m_url; }
    // The driver, for what SQL cannot say: PostgreSQL's LISTEN notifications.
    QSqlDriver *driver() const { return m_connection.driver(); }

    // Prepares and runs `sql` with positional `?` parameters. The returned query is
    // positioned before the first row.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &params = {});
    // Runs `sql` and returns the first column of the first row (null if no row).
    Result<QVariant> scalar(const QString &sql, const QVariantList &params = {});

    // Starts a write transaction (BEGIN IMMEDIATE on SQLite, so writers queue at the
    // start instead of failing at commit).
    Transaction begin();
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Maps a driver error to a stable code: "conflict" (unique violation), "retry"
    // (serialization failure, deadlock, busy), "unavailable" (connection lost) or "database".
    static Error errorFrom(const QSqlError &error, const QString &context);

private:
    friend class Transaction;
    Database(QSqlDatabase connection, Dialect dialect, DatabaseUrl url);

    QSqlDatabase m_connection;
    Dialect m_dialect;
    DatabaseUrl m_url;
    int m_transactionDepth = 0;
    std::optional<qint64> m_transactionId; // SQLite: this write transaction's number in the change feed
};

// A transaction that rolls back unless committed. Not nestable.
class [[nodiscard]] Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction(Transaction &&other) noexcept;

    // Whether BEGIN succeeded; when not, `error()` says why and nothing else may run.
    bool started() const { return m_started; }
    const Error &error() const { return m_error; }
    Status commit();
    void rollback();

    // SQLite only: the number of this write transaction in the change feed, taken from
    // a counter on first use (writes are serialised, so numbers follow commit order).
    Result<qint64> sqliteTransactionId();

private:
    Database *m_db;
    bool m_started = false;
    bool m_open = false;
    Error m_error;
};

} // namespace parasol
