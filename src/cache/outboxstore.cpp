#include "outboxstore.h"

#include "crypto/aead.h"
#include "crypto/securerandom.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace parasol {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("parasol-outbox-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error sqlError(const QSqlError &error, const QString &what)
{
    return Error { QStringLiteral("outbox"), QStringLiteral("the outbox failed to %1: %2").arg(what, error.text()) };
}

// Entries of earlier numberings (see startNewNumbering) keep their own client id, so
// `mid` is unique only together with it.
const QStringList kSchema {
    QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, client_id TEXT NOT NULL,"
                   " mid INTEGER NOT NULL, type TEXT NOT NULL, data BLOB NOT NULL, customer_id TEXT NOT NULL,"
                   " created_at INTEGER NOT NULL, state INTEGER NOT NULL, error_code TEXT, error_message TEXT,"
                   " answered_at INTEGER, UNIQUE (client_id, mid))"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS outbox_customer ON outbox (customer_id, state)"),
    QStringLiteral("CREATE TABLE IF NOT EXISTS outbox_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
};

const QString kEntryColumns = QStringLiteral("mid, type, data, customer_id, created_at, state, error_code, error_message");

const QByteArray kDataAad = QByteArrayLiteral("parasol outbox entry");

bool passesQuickCheck(QSqlDatabase &db)
{
    QSqlQuery check(db);
    return check.exec(QStringLiteral("PRAGMA quick_check")) && check.next() && check.value(0).toString() == u"ok";
}

// Runs `sql` with `params`; the query is left positioned before its first row.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &params, const QString &what)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), what);
    for (const QVariant &param : params)
        query.addBindValue(param);
    if (!query.exec())
        return sqlError(query.lastError(), what);
    return query;
}

Result<QString> metaValue(const QSqlDatabase &db, const QString &key)
{
    auto query = run(db, QStringLiteral("SELECT value FROM outbox_meta WHERE key = ?"), { key }, QStringLiteral("read its state"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

Status setMetaValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    auto query = run(db, QStringLiteral("INSERT INTO outbox_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     { key, value }, QStringLiteral("record its state"));
    if (!query)
        return query.error();
    return {};
}

QString newClientId()
{
    return QStringLiteral("c-") + SecureRandom::token(16);
}

const QString kClientIdKey = QStringLiteral("client_id");
const QString kNextMidKey = QStringLiteral("next_mid");

} // namespace

OutboxStore::OutboxStore(QSqlDatabase db, QString clientId, QByteArray key)
    : m_db(std::move(db))
    , m_clientId(std::move(clientId))
    , m_key(std::move(key))
{
}

OutboxEntry OutboxStore::readEntry(const QSqlQuery &query) const
{
    OutboxEntry entry;
    entry.mid = query.value(0).toLongLong();
    entry.type = query.value(1).toString();
    const std::optional<QByteArray> data = Aead::open(m_key, query.value(2).toByteArray(), kDataAad);
    entry.data = data ? QJsonDocument::fromJson(*data).object() : QJsonObject();
    entry.customerId = query.value(3).toString();
    entry.createdAtMs = query.value(4).toLongLong();
    entry.state = OutboxEntry::State(query.value(5).toInt());
    entry.errorCode = query.value(6).toString();
    entry.errorMessage = query.value(7).toString();
    return entry;
}

OutboxStore::~OutboxStore()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<OutboxStore>> OutboxStore::open(const QString &path, const CacheKeys &keys)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open() || !passesQuickCheck(db)) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        const QString aside = path + QStringLiteral(".damaged-%1").arg(QDateTime::currentMSecsSinceEpoch());
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::rename(path + suffix, aside + suffix);
        return Error { QStringLiteral("outbox_damaged"),
                       QStringLiteral("the outbox file was damaged and has been moved to %1 for recovery").arg(aside) };
    }
    QSqlQuery setup(db);
    // FULL: a write the agent was told is queued must survive a power cut.
    for (const QString &statement : { QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL") })
        setup.exec(statement);
    for (const QString &statement : kSchema)
        if (!setup.exec(statement))
            return sqlError(setup.lastError(), QStringLiteral("create its tables"));
    auto clientId = metaValue(db, kClientIdKey);
    if (!clientId)
        return clientId.error();
    if (clientId->isEmpty()) {
        *clientId = newClientId();
        if (Status saved = setMetaValue(db, kClientIdKey, *clientId); !saved)
            return saved.error();
    }
    return std::unique_ptr<OutboxStore>(new OutboxStore(db, *clientId, keys.encryption));
}

Result<qint64> OutboxStore::enqueue(const QString &type, const QJsonObject &data, const QString &customerId, qint64 nowMs)
{
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), QStringLiteral("start a transaction"));
    // A counter, not max(mid) + 1: pruned entries must never have their number reused.
    auto next = metaValue(m_db, kNextMidKey);
    const qint64 mid = next && !next->isEmpty() ? next->toLongLong() : 1;
    Status written = next ? Status() : Status(next.error());
    if (written) {
        auto inserted = run(m_db,
                            QStringLiteral("INSERT INTO outbox (client_id, mid, type, data, customer_id, created_at, state)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            { m_clientId, mid, type, Aead::seal(m_key, QJsonDocument(data).toJson(QJsonDocument::Compact), kDataAad),
                              customerId, nowMs, int(OutboxEntry::State::Pending) },
                            QStringLiteral("queue a change"));
        written = inserted ? setMetaValue(m_db, kNextMidKey, QString::number(mid + 1)) : Status(inserted.error());
    }
    if (!written || !m_db.commit()) {
        const Error error = written ? sqlError(m_db.lastError(), QStringLiteral("commit a queued change")) : written.error();
        m_db.rollback();
        return error;
    }
    return mid;
}

Result<QList<OutboxEntry>> OutboxStore::select(const QString &sql, const QVariantList &params) const
{
    auto query = run(m_db, sql, params, QStringLiteral("read its entries"));
    if (!query)
        return query.error();
    QList<OutboxEntry> entries;
    while (query->next())
        entries.append(readEntry(*query));
    return entries;
}

Result<QList<OutboxEntry>> OutboxStore::pending(int limit) const
{
    return select(QStringLiteral("SELECT ") + kEntryColumns
                      + QStringLiteral(" FROM outbox WHERE client_id = ? AND state = ? ORDER BY mid LIMIT ?"),
                  { m_clientId, int(OutboxEntry::State::Pending), limit });
}

Result<qint64> OutboxStore::pendingCount() const
{
    auto query = run(m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"), { int(OutboxEntry::State::Pending) },
                     QStringLiteral("count its entries"));
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toLongLong();
}

Result<QList<OutboxEntry>> OutboxStore::entriesOf(const QString &customerId) const
{
    return select(QStringLiteral("SELECT ") + kEntryColumns
                      + QStringLiteral(" FROM outbox WHERE customer_id = ? AND state <> ? ORDER BY id DESC"),
                  { customerId, int(OutboxEntry::State::Applied) });
}

Result<bool> OutboxStore::hasPendingFor(const QString &customerId) const
{
    auto query = run(m_db, QStringLiteral("SELECT 1 FROM outbox WHERE customer_id = ? AND state = ? LIMIT 1"),
                     { customerId, int(OutboxEntry::State::Pending) }, QStringLiteral("read its entries"));
    if (!query)
        return query.error();
    return query->next();
}

Status OutboxStore::markApplied(qint64 mid, qint64 nowMs)
{
    auto query = run(m_db, QStringLiteral("UPDATE outbox SET state = ?, answered_at = ? WHERE client_id = ? AND mid = ?"),
                     { int(OutboxEntry::State::Applied), nowMs, m_clientId, mid }, QStringLiteral("record an answer"));
    return query ? Status() : Status(query.error());
}

Status OutboxStore::markRejected(qint64 mid, const QString &code, const QString &message)
{
    auto query = run(m_db,
                     QStringLiteral("UPDATE outbox SET state = ?, error_code = ?, error_message = ?, answered_at = ?"
                                    " WHERE client_id = ? AND mid = ?"),
                     { int(OutboxEntry::State::Rejected), code, message, QDateTime::currentMSecsSinceEpoch(), m_clientId, mid },
                     QStringLiteral("record an answer"));
    return query ? Status() : Status(query.error());
}

Status OutboxStore::recordAnswers(const QList<Answer> &answers, qint64 nowMs)
{
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), QStringLiteral("start a transaction"));
    for (const Answer &answer : answers) {
        Status recorded = answer.applied ? markApplied(answer.mid, nowMs)
                                                     : markRejected(answer.mid, answer.errorCode, answer.errorMessage);
        if (!recorded) {
            m_db.rollback();
            return recorded;
        }
    }
    if (!m_db.commit()) {
        const Error error = sqlError(m_db.lastError(), QStringLiteral("record answers"));
        m_db.rollback();
        return error;
    }
    return {};
}

Status OutboxStore::pruneApplied(qint64 beforeMs)
{
    auto query = run(m_db, QStringLiteral("DELETE FROM outbox WHERE state = ? AND answered_at < ?"),
                     { int(OutboxEntry::State::Applied), beforeMs }, QStringLiteral("drop answered entries"));
    return query ? Status() : Status(query.error());
}

Status OutboxStore::startNewNumbering()
{
    auto waiting = pending(std::numeric_limits<int>::max());
    if (!waiting)
        return waiting.error();
    const QString clientId = newClientId();
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), QStringLiteral("start a transaction"));
    Status done;
    qint64 mid = 0;
    for (const OutboxEntry &entry : std::as_const(*waiting)) {
        auto moved = run(m_db, QStringLiteral("UPDATE outbox SET client_id = ?, mid = ? WHERE client_id = ? AND mid = ?"),
                         { clientId, ++mid, m_clientId, entry.mid }, QStringLiteral("renumber its entries"));
        if (!moved) {
            done = moved.error();
            break;
        }
    }
    if (done)
        done = setMetaValue(m_db, kClientIdKey, clientId);
    if (done)
        done = setMetaValue(m_db, kNextMidKey, QString::number(mid + 1));
    if (!done || !m_db.commit()) {
        const Error error = done ? sqlError(m_db.lastError(), QStringLiteral("commit the renumbering")) : done.error();
        m_db.rollback();
        return error;
    }
    m_clientId = clientId;
    return {};
}

} // namespace parasol
