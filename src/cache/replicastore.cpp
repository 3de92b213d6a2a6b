#include "replicastore.h"

#include "searchterms.h"

#include "protocol/entitycodec.h"

#include "crypto/aead.h"
#include "crypto/digest.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

namespace parasol {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("parasol-replica-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error sqlError(const QSqlError &error, const QString &what)
{
    return Error { QStringLiteral("cache"), QStringLiteral("the local cache failed to %1: %2").arg(what, error.text()) };
}

// The parent a row is found under (see rowsUnder).
QString parentField(const QString &entity)
{
    static const QHash<QString, QString> fields {
        { QStringLiteral("order_line"), QStringLiteral("order_no") },
        { QStringLiteral("ticket"), QStringLiteral("order_no") },
        { QStringLiteral("service_node"), QStringLiteral("order_no") },
        { QStringLiteral("service_card"), QStringLiteral("order_no") },
        { QStringLiteral("ebill_line"), QStringLiteral("ticket_id") },
        { QStringLiteral("claim"), QStringLiteral("order_line_id") },
        { QStringLiteral("price_event"), QStringLiteral("sku") },
    };
    return fields.value(entity);
}

// Bumped whenever the layout changes; a replica of another version is rebuilt. 4: service
// cards carry their giver's masked name, which cards cached before do not have. 5: the
// indexed_customers table and the working set's index by last use.
constexpr int kLayoutVersion = 5;

const QStringList kSchema {
    QStringLiteral("CREATE TABLE IF NOT EXISTS rows (entity TEXT NOT NULL, id TEXT NOT NULL, customer_id TEXT,"
                   " parent TEXT, row_version INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (entity, id))"),
    // Both end in id, the order the reads want: without it SQLite prefers the primary key
    // (entity, id) to skip a sort and reads every row of the entity to find a customer's.
    QStringLiteral("CREATE INDEX IF NOT EXISTS rows_customer ON rows (customer_id, entity, id)"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS rows_parent ON rows (entity, parent, id)"),
    QStringLiteral("CREATE TABLE IF NOT EXISTS search_terms (term BLOB NOT NULL, customer_id TEXT NOT NULL,"
                   " kind INTEGER NOT NULL, full INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS search_terms_term ON search_terms (term)"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS search_terms_customer ON search_terms (customer_id)"),
    // What each customer's search terms were made from (an HMAC of the name and phone): a
    // change that leaves both alone, most of them, keeps the terms instead of making them again.
    QStringLiteral("CREATE TABLE IF NOT EXISTS indexed_customers (customer_id TEXT PRIMARY KEY, fingerprint BLOB NOT NULL)"),
    QStringLiteral("CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    // The customers this console holds, and when the agent last needed each.
    QStringLiteral("CREATE TABLE IF NOT EXISTS working_set (customer_id TEXT PRIMARY KEY, last_used INTEGER NOT NULL)"),
    // Every sync ends by looking for the customers not needed lately: without it, a scan and
    // a sort of all the customers held.
    QStringLiteral("CREATE INDEX IF NOT EXISTS working_set_last_used ON working_set (last_used)"),
    // Customers dropped here whose unsubscription central has not confirmed yet.
    QStringLiteral("CREATE TABLE IF NOT EXISTS leaving (customer_id TEXT PRIMARY KEY)"),
};

// What a row's sealed data is bound to: moved to another row, it no longer opens.
QByteArray rowAad(const QString &entity, const QString &id)
{
    return (entity + u'\x1f' + id).toUtf8();
}

// Whether the file can be used as it is: intact, of this layout, and sealed under these keys.
bool isUsable(QSqlDatabase &db, const QByteArray &keyCheck)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() || query.value(0).toString() != u"ok")
        return false;
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return false;
    const int version = query.value(0).toInt();
    if (version == 0) // a new, empty file
        return query.exec(QStringLiteral("SELECT 1 FROM sqlite_master LIMIT 1")) && !query.next();
    if (version != kLayoutVersion)
        return false;
    return query.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'key_check'")) && query.next()
           && query.value(0).toString() == QString::fromLatin1(keyCheck.toHex());
}

const QString kRowColumns = QStringLiteral("entity, id, customer_id, row_version, data");
const QString kHoldsCustomer = QStringLiteral("SELECT 1 FROM working_set WHERE customer_id = ?");
const QString kUseCustomer = QStringLiteral("INSERT INTO working_set (customer_id, last_used) VALUES (?, ?) ON CONFLICT "
                                            "(customer_id) DO UPDATE SET last_used = MAX(last_used, excluded.last_used)");

} // namespace

ReplicaStore::ReplicaStore(QSqlDatabase db, CacheKeys keys)
    : m_db(std::move(db))
    , m_keys(std::move(keys))
{
}

CachedRow ReplicaStore::readRow(const QSqlQuery &query) const
{
    CachedRow row;
    row.entity = query.value(0).toString();
    row.id = query.value(1).toString();
    row.customerId = query.value(2).toString();
    row.rowVersion = query.value(3).toLongLong();
    // The keys were checked on opening; a row that does not open was tampered with and
    // reads as empty rather than as anything it did not say.
    const std::optional<QByteArray> json = Aead::open(m_keys.encryption, query.value(4).toByteArray(), rowAad(row.entity, row.id));
    row.data = json ? QJsonDocument::fromJson(*json).object() : QJsonObject();
    return row;
}

QByteArray ReplicaStore::blind(const QString &term) const
{
    return Digest::hmacSha256(m_keys.index, term.toUtf8()).left(16);
}

ReplicaStore::~ReplicaStore()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<ReplicaStore>> ReplicaStore::open(const QString &path, const CacheKeys &keys)
{
    const QByteArray keyCheck = Digest::hmacSha256(keys.index, QByteArrayLiteral("parasol replica key check"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QString name = nextConnectionName();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open() || !isUsable(db, keyCheck)) {
            // The replica holds nothing central does not have: start it afresh.
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::remove(path + suffix);
            continue;
        }
        QSqlQuery setup(db);
        // A bootstrap inserts millions of rows into three indexes: SQLite's default 2 MB page
        // cache thrashes long before that.
        for (const QString &statement : { QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                                          QStringLiteral("PRAGMA cache_size=-65536") })
            setup.exec(statement);
        for (const QString &statement : kSchema)
            if (!setup.exec(statement))
                return sqlError(setup.lastError(), QStringLiteral("create its tables"));
        setup.exec(QStringLiteral("PRAGMA user_version = %1").arg(kLayoutVersion));
        std::unique_ptr<ReplicaStore> replica(new ReplicaStore(db, keys));
        if (Status marked = replica->setState(QStringLiteral("key_check"), QString::fromLatin1(keyCheck.toHex())); !marked)
            return marked.error();
        return replica;
    }
    return Error { QStringLiteral("cache"), QStringLiteral("cannot open the local cache at %1").arg(path) };
}

ReplicaStore::SyncState ReplicaStore::syncState() const
{
    SyncState state;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT key, value FROM sync_state"));
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == u"generation")
            state.generation = query.value(1).toString();
        else if (key == u"cursor")
            state.cursor = query.value(1).toString();
        else if (key == u"bootstrapped")
            state.bootstrapped = query.value(1).toString() == u"1";
    }
    return state;
}

Status ReplicaStore::setState(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), QStringLiteral("record its sync state"));
    return {};
}

// The statements a page needs, prepared once per page: a bootstrap applies a million
// rows, and SQLite would otherwise parse each statement again for every row.
struct ReplicaStore::PageStatements
{
    explicit PageStatements(const QSqlDatabase &db)
        : write(db)
        , remove(db)
        , clearTerms(db)
        , insertTerm(db)
        , readFingerprint(db)
        , writeFingerprint(db)
        , forgetFingerprint(db)
        , holdsCustomer(db)
        , useCustomer(db)
    {
        // Newer versions only: a page may repeat a row, and a change can arrive after a
        // newer one. The row count tells whether the row was written.
        write.prepare(QStringLiteral(
            "INSERT INTO rows (entity, id, customer_id, parent, row_version, data) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (entity, id) DO UPDATE SET customer_id = excluded.customer_id, parent = excluded.parent, "
            "row_version = excluded.row_version, data = excluded.data WHERE excluded.row_version > rows.row_version"));
        remove.prepare(QStringLiteral("DELETE FROM rows WHERE entity = ? AND id = ? AND row_version < ?"));
        clearTerms.prepare(QStringLiteral("DELETE FROM search_terms WHERE customer_id = ?"));
        insertTerm.prepare(QStringLiteral("INSERT INTO search_terms (term, customer_id, kind, full) VALUES (?, ?, ?, ?)"));
        readFingerprint.prepare(QStringLiteral("SELECT fingerprint FROM indexed_customers WHERE customer_id = ?"));
        writeFingerprint.prepare(QStringLiteral("INSERT INTO indexed_customers (customer_id, fingerprint) VALUES (?, ?) "
                                                "ON CONFLICT (customer_id) DO UPDATE SET fingerprint = excluded.fingerprint"));
        forgetFingerprint.prepare(QStringLiteral("DELETE FROM indexed_customers WHERE customer_id = ?"));
        holdsCustomer.prepare(kHoldsCustomer);
        useCustomer.prepare(kUseCustomer);
    }
    QSqlQuery write;
    QSqlQuery remove;
    QSqlQuery clearTerms;
    QSqlQuery insertTerm;
    QSqlQuery readFingerprint;
    QSqlQuery writeFingerprint;
    QSqlQuery forgetFingerprint;
    QSqlQuery holdsCustomer;
    QSqlQuery useCustomer;
};

Status ReplicaStore::inTransaction(const QString &what, const std::function<Status()> &work)
{
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), QStringLiteral("start a transaction"));
    if (Status done = work(); !done) {
        m_db.rollback();
        return done;
    }
    if (!m_db.commit()) {
        // A failed COMMIT (a full disk) leaves the transaction open in SQLite.
        const Error error = sqlError(m_db.lastError(), what);
        m_db.rollback();
        return error;
    }
    return {};
}

Status ReplicaStore::checkGeneration(const QString &generation) const
{
    const SyncState state = syncState();
    if (!state.generation.isEmpty() && state.generation != generation)
        return Error { QStringLiteral("generation_changed"),
                       QStringLiteral("the central service's history changed; the cache must be rebuilt") };
    return {};
}

Status ReplicaStore::applyPage(const QString &generation, const QList<CachedRow> &changes, const QString &cursor,
                               bool caughtUp)
{
    if (Status same = checkGeneration(generation); !same)
        return same;
    const bool bootstrapped = syncState().bootstrapped;
    return inTransaction(QStringLiteral("commit a page"), [&]() -> Status {
        // The first pull brings central's working set for this user: the console holds it all.
        // Afterwards a row of a customer the console does not hold (dropped, and the
        // unsubscription not yet known to central) is left out, not half a customer kept.
        if (Status ok = applyInWorkingSet(changes, !bootstrapped); !ok)
            return ok;
        Status recorded = setState(QStringLiteral("generation"), generation);
        if (recorded)
            recorded = setState(QStringLiteral("cursor"), cursor);
        if (recorded && caughtUp)
            recorded = setState(QStringLiteral("bootstrapped"), QStringLiteral("1"));
        return recorded;
    });
}

Status ReplicaStore::applyInWorkingSet(const QList<CachedRow> &changes, bool adopt)
{
    PageStatements statements(m_db);
    QSet<QString> held, left;
    for (const CachedRow &change : changes) {
        // Shared rows (price events, engineers) and deletions without data belong to no one.
        const QString &customer = change.customerId;
        if (!customer.isEmpty() && !held.contains(customer)) {
            if (left.contains(customer))
                continue;
            statements.holdsCustomer.bindValue(0, customer);
            if (!statements.holdsCustomer.exec())
                return sqlError(statements.holdsCustomer.lastError(), QStringLiteral("read its working set"));
            const bool holds = statements.holdsCustomer.next();
            statements.holdsCustomer.finish();
            if (!holds && !adopt) {
                left.insert(customer);
                continue;
            }
            if (!holds) {
                statements.useCustomer.bindValue(0, customer);
                statements.useCustomer.bindValue(1, QDateTime::currentMSecsSinceEpoch());
                if (!statements.useCustomer.exec())
                    return sqlError(statements.useCustomer.lastError(), QStringLiteral("record a customer in use"));
            }
            held.insert(customer);
        }
        if (Status ok = upsert(statements, change); !ok)
            return ok;
    }
    return {};
}

Status ReplicaStore::applyCustomerRows(const QString &generation, const QList<CachedRow> &changes)
{
    if (Status same = checkGeneration(generation); !same)
        return same;
    return inTransaction(QStringLiteral("commit a customer's rows"), [&] { return applyInWorkingSet(changes, false); });
}

Status ReplicaStore::useCustomer(const QString &customerId, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(kUseCustomer);
    query.addBindValue(customerId);
    query.addBindValue(nowMs);
    if (!query.exec())
        return sqlError(query.lastError(), QStringLiteral("record a customer in use"));
    return {};
}

Result<bool> ReplicaStore::holdsCustomer(const QString &customerId) const
{
    QSqlQuery query(m_db);
    query.prepare(kHoldsCustomer);
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query.lastError(), QStringLiteral("read its working set"));
    return query.next();
}

Result<QStringList> ReplicaStore::customersUnusedSince(qint64 cutoffMs) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT customer_id FROM working_set WHERE last_used < ? ORDER BY last_used"));
    query.addBindValue(cutoffMs);
    if (!query.exec())
        return sqlError(query.lastError(), QStringLiteral("read its working set"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

Status ReplicaStore::dropCustomer(const QString &customerId)
{
    return inTransaction(QStringLiteral("drop a customer"), [&]() -> Status {
        QSqlQuery query(m_db);
        for (const QString &statement : { QStringLiteral("DELETE FROM rows WHERE customer_id = ?"),
                                          QStringLiteral("DELETE FROM search_terms WHERE customer_id = ?"),
                                          QStringLiteral("DELETE FROM indexed_customers WHERE customer_id = ?"),
                                          QStringLiteral("DELETE FROM working_set WHERE customer_id = ?"),
                                          QStringLiteral("INSERT OR IGNORE INTO leaving (customer_id) VALUES (?)") }) {
            query.prepare(statement);
            query.addBindValue(customerId);
            if (!query.exec())
                return sqlError(query.lastError(), QStringLiteral("drop a customer"));
        }
        return {};
    });
}

Result<QStringList> ReplicaStore::customersLeaving() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT customer_id FROM leaving WHERE customer_id NOT IN "
                                   "(SELECT customer_id FROM working_set) ORDER BY customer_id")))
        return sqlError(query.lastError(), QStringLiteral("read the customers leaving"));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

Status ReplicaStore::forgetLeaving(const QString &customerId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM leaving WHERE customer_id = ?"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query.lastError(), QStringLiteral("record an unsubscription"));
    return {};
}

Status ReplicaStore::upsert(PageStatements &statements, const CachedRow &change)
{
    QSqlQuery &query = change.deleted ? statements.remove : statements.write;
    query.bindValue(0, change.entity);
    query.bindValue(1, change.id);
    if (change.deleted) {
        query.bindValue(2, change.rowVersion);
    } else {
        const QString parent = parentField(change.entity);
        query.bindValue(2, change.customerId);
        query.bindValue(3, parent.isEmpty() ? QString() : change.data.value(parent).toString());
        query.bindValue(4, change.rowVersion);
        query.bindValue(5, Aead::seal(m_keys.encryption, QJsonDocument(change.data).toJson(QJsonDocument::Compact),
                                      rowAad(change.entity, change.id)));
    }
    if (!query.exec())
        return sqlError(query.lastError(), QStringLiteral("write a row"));
    if (query.numRowsAffected() > 0 && change.entity == u"customer")
        return indexCustomer(statements, change);
    return {};
}

Status ReplicaStore::indexCustomer(PageStatements &statements, const CachedRow &row)
{
    const auto failed = [](const QSqlQuery &query) { return sqlError(query.lastError(), QStringLiteral("index a customer")); };
    const Customer customer = EntityCodec::customerFromJson(row.data);
    const QByteArray fingerprint = blind(customer.name + u'\x1f' + customer.phone);
    if (!row.deleted) {
        QSqlQuery &previous = statements.readFingerprint;
        previous.bindValue(0, row.id);
        if (!previous.exec())
            return failed(previous);
        const bool unchanged = previous.next() && previous.value(0).toByteArray() == fingerprint;
        previous.finish();
        if (unchanged)
            return {};
    }
    statements.clearTerms.bindValue(0, row.id);
    if (!statements.clearTerms.exec())
        return failed(statements.clearTerms);
    QSqlQuery &record = row.deleted ? statements.forgetFingerprint : statements.writeFingerprint;
    record.bindValue(0, row.id);
    if (!row.deleted)
        record.bindValue(1, fingerprint);
    if (!record.exec())
        return failed(record);
    if (row.deleted)
        return {};
    QSqlQuery &insert = statements.insertTerm;
    for (const SearchTerms::Term &term : SearchTerms::forCustomer(customer)) {
        insert.bindValue(0, blind(term.key));
        insert.bindValue(1, row.id);
        insert.bindValue(2, int(term.kind));
        insert.bindValue(3, term.full ? 1 : 0);
        if (!insert.exec())
            return failed(insert);
    }
    return {};
}

Status ReplicaStore::reset()
{
    QSqlQuery query(m_db);
    // The working set too: the next pull brings central's (a restored central may have lost
    // subscriptions; a customer looked up again is subscribed again).
    for (const QString &statement : { QStringLiteral("DELETE FROM rows"), QStringLiteral("DELETE FROM search_terms"),
                                      QStringLiteral("DELETE FROM indexed_customers"),
                                      QStringLiteral("DELETE FROM working_set"),
                                      QStringLiteral("DELETE FROM sync_state WHERE key <> 'key_check'") })
        if (!query.exec(statement))
            return sqlError(query.lastError(), QStringLiteral("reset"));
    return {};
}

Result<QList<CustomerMatch>> ReplicaStore::searchCustomers(const QString &text, int limit) const
{
    struct Hit
    {
        QString customerId;
        CustomerMatch::Kind kind;
        QString matched;
        bool exact = true; // within a kind, exact matches first
    };
    QList<Hit> hits;
    QSqlQuery query(m_db);

    // Order and service-card numbers are row ids.
    const QString q = text.trimmed();
    if (q.size() >= 4) {
        for (const auto &[entity, kind] : { std::pair { u"order", CustomerMatch::Kind::OrderNo },
                                            std::pair { u"service_card", CustomerMatch::Kind::ServiceCard } }) {
            query.prepare(QStringLiteral("SELECT id, customer_id FROM rows WHERE entity = ? AND id >= ? AND id < ? "
                                         "ORDER BY id LIMIT ?"));
            query.addBindValue(QString::fromUtf16(entity));
            query.addBindValue(q.toUpper());
            query.addBindValue(QString(q.toUpper() + QChar(0xffff)));
            query.addBindValue(limit);
            if (!query.exec())
                return sqlError(query.lastError(), QStringLiteral("search"));
            while (query.next())
                hits.append({ query.value(1).toString(), kind, query.value(0).toString(), true });
        }
    }
    for (const SearchTerms::Probe &probe : SearchTerms::forQuery(text)) {
        // Whole values first, then (for a prefix probe) values that start with the key.
        query.prepare(probe.prefix ? QStringLiteral("SELECT customer_id, full FROM search_terms WHERE term = ? ORDER BY full DESC LIMIT ?")
                                   : QStringLiteral("SELECT customer_id, full FROM search_terms WHERE term = ? AND full = 1 LIMIT ?"));
        query.addBindValue(blind(probe.key));
        query.addBindValue(limit);
        if (!query.exec())
            return sqlError(query.lastError(), QStringLiteral("search"));
        while (query.next())
            hits.append({ query.value(0).toString(), probe.kind, QString(), query.value(1).toInt() == 1 });
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.exact > b.exact;
    });

    QList<CustomerMatch> matches;
    QSet<QString> seen;
    for (const Hit &hit : hits) {
        if (seen.contains(hit.customerId) || matches.size() >= limit)
            continue;
        seen.insert(hit.customerId);
        auto customer = row(QStringLiteral("customer"), hit.customerId);
        if (!customer)
            return customer.error();
        if (*customer)
            matches.append({ EntityCodec::customerFromJson((*customer)->data), hit.kind, hit.matched });
    }
    return matches;
}

Result<std::optional<CachedRow>> ReplicaStore::row(const QString &entity, const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kRowColumns + QStringLiteral(" FROM rows WHERE entity = ? AND id = ?"));
    query.addBindValue(entity);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query.lastError(), QStringLiteral("read"));
    if (!query.next())
        return std::optional<CachedRow>();
    return std::optional<CachedRow>(readRow(query));
}

Result<QList<CachedRow>> ReplicaStore::rowsOf(const QString &entity, const QString &customerId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kRowColumns + QStringLiteral(" FROM rows WHERE customer_id = ? AND entity = ? ORDER BY id"));
    query.addBindValue(customerId);
    query.addBindValue(entity);
    if (!query.exec())
        return sqlError(query.lastError(), QStringLiteral("read"));
    QList<CachedRow> rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

Result<QList<CachedRow>> ReplicaStore::everyRowOf(const QString &customerId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kRowColumns + QStringLiteral(" FROM rows WHERE customer_id = ? ORDER BY entity, id"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query.lastError(), QStringLiteral("read"));
    QList<CachedRow> rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

Result<QList<CachedRow>> ReplicaStore::rowsUnder(const QString &entity, const QString &parentKey) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kRowColumns + QStringLiteral(" FROM rows WHERE entity = ? AND parent = ? ORDER BY id"));
    query.addBindValue(entity);
    query.addBindValue(parentKey);
    if (!query.exec())
        return sqlError(query.lastError(), QStringLiteral("read"));
    QList<CachedRow> rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

Result<qint64> ReplicaStore::count(const QString &entity) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM rows WHERE entity = ?"));
    query.addBindValue(entity);
    if (!query.exec() || !query.next())
        return sqlError(query.lastError(), QStringLiteral("count"));
    return query.value(0).toLongLong();
}

} // namespace parasol
