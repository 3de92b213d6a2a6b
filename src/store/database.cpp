#include "database.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace parasol {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("parasol-db-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(QSqlDatabase connection, Dialect dialect, DatabaseUrl url)
    : m_connection(std::move(connection))
    , m_dialect(dialect)
    , m_url(std::move(url))
{
}

Database::~Database()
{
    const QString name = m_connection.connectionName();
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url)
{
    const QString name = nextConnectionName();
    const bool sqlite = url.kind == DatabaseUrl::Kind::Sqlite;
    QSqlDatabase connection = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (!connection.isValid()) {
        QSqlDatabase::removeDatabase(name);
        return Error { QStringLiteral("unavailable"),
                       QStringLiteral("the Qt SQL driver for %1 is not installed").arg(sqlite ? u"SQLite" : u"PostgreSQL") };
    }
    if (sqlite) {
        const QFileInfo file(url.path);
        if (!file.absoluteDir().exists() && !QDir().mkpath(file.absolutePath())) {
            QSqlDatabase::removeDatabase(name);
            return Error { QStringLiteral("unavailable"), QStringLiteral("cannot create the folder %1").arg(file.absolutePath()) };
        }
        connection.setDatabaseName(url.path);
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        connection.setHostName(url.host);
        connection.setPort(url.port);
        connection.setUserName(url.user);
        connection.setPassword(url.password);
        connection.setDatabaseName(url.databaseName);
        connection.setConnectOptions(QStringLiteral("connect_timeout=3"));
    }
    if (!connection.open()) {
        const QString reason = connection.lastError().text().trimmed();
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error { QStringLiteral("unavailable"), QStringLiteral("cannot open %1: %2").arg(url.redacted(), reason) };
    }

    std::unique_ptr<Database> db(new Database(connection, sqlite ? Dialect::Sqlite : Dialect::Postgres, url));
    const QStringList setup = sqlite
        ? QStringList { QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                        QStringLiteral("PRAGMA foreign_keys=ON") }
        // A transaction left open holds back the change feed's horizon (README: sync): cap it.
        : QStringList { QStringLiteral("SET idle_in_transaction_session_timeout = '60s'"),
                        QStringLiteral("SET TIME ZONE 'UTC'") };
    for (const QString &statement : setup)
        if (auto result = db->exec(statement); !result)
            return result.error();
    return db;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &params)
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    // Without parameters, run the text as is: PostgreSQL cannot prepare utility
    // statements (BEGIN, SET, LOCK, CREATE). Values are only ever bound, never spliced.
    if (params.isEmpty()) {
        if (!query.exec(sql))
            return errorFrom(query.lastError(), sql);
        return query;
    }
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), sql);
    for (const QVariant &value : params)
        query.addBindValue(value);
    if (!query.exec())
        return errorFrom(query.lastError(), sql);
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &params)
{
    auto query = exec(sql, params);
    if (!query)
        return query.error();
    return query->next() ? query->value(0) : QVariant();
}

QVariant Database::nativeHandle() const
{
    return m_connection.driver()->handle();
}

Transaction Database::begin()
{
    return Transaction(*this);
}

Error Database::errorFrom(const QSqlError &error, const QString &context)
{
    const QString native = error.nativeErrorCode();
    QString code = QStringLiteral("database");
    // PostgreSQL SQLSTATEs; SQLite (extended) result codes.
    if (native == u"23505" || native == u"2067" || native == u"1555" || native == u"19")
        code = QStringLiteral("conflict");
    else if (native == u"40001" || native == u"40P01" || native == u"5" || native == u"6" || native == u"517")
        code = QStringLiteral("retry");
    else if (native.startsWith(u"08") || native == u"57P01" || error.type() == QSqlError::ConnectionError)
        code = QStringLiteral("unavailable");
    return Error { code, QStringLiteral("%1 (%2)").arg(error.text().trimmed(), context.simplified().left(120)) };
}

Transaction::Transaction(Database &db)
    : m_db(&db)
{
    if (db.m_transactionDepth > 0) {
        m_error = Error { QStringLiteral("database"), QStringLiteral("nested transactions are not supported") };
        return;
    }
    auto begun = db.exec(db.dialect() == Database::Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                   : QStringLiteral("BEGIN"));
    if (!begun) {
        m_error = begun.error();
        return;
    }
    m_started = m_open = true;
    ++db.m_transactionDepth;
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_started(other.m_started)
    , m_open(other.m_open)
    , m_error(other.m_error)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return Error { QStringLiteral("database"), QStringLiteral("commit without an open transaction") };
    auto committed = m_db->exec(QStringLiteral("COMMIT"));
    if (!committed) {
        rollback();
        return committed.error();
    }
    m_open = false;
    --m_db->m_transactionDepth;
    m_db->m_transactionId.reset();
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    (void)m_db->exec(QStringLiteral("ROLLBACK"));
    m_open = false;
    --m_db->m_transactionDepth;
    m_db->m_transactionId.reset();
}

Result<qint64> Transaction::sqliteTransactionId()
{
    if (m_db->m_transactionId)
        return *m_db->m_transactionId;
    auto next = m_db->scalar(QStringLiteral(
        "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'feed_transaction' RETURNING value"));
    if (!next)
        return next.error();
    m_db->m_transactionId = next->toLongLong();
    return *m_db->m_transactionId;
}

} // namespace parasol
