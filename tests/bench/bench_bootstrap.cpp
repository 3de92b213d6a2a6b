// Bootstrap and catch-up benchmarks (label "bench", not in the default run): a fresh
// console replicating N generated customers' worth of rows (default 100,000, about 1.35M
// rows; PARASOL_BENCH_CUSTOMERS=N to change it), then catching up after 1,000 customers
// changed at central. Each figure comes with baselines measured in the same run: the
// same rows only fetched over HTTP and parsed, and a raw SQLite bulk insert of them.
// Central serves from its own process, as in production: it reads and sends a page while
// the console writes the one before.
// Runs on SQLite, and on PostgreSQL in its _postgresql variant: ctest --preset bench
#include "../sync/consolerig.h"

#include "support/centralprocess.h"
#include "support/httptestclient.h"
#include "support/testdatabase.h"

#include "central/centralservice.h"
#include "store/changefeed.h"
#include "store/entitystore.h"
#include "store/seeder.h"
#include "store/userstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace parasol;
using namespace Qt::StringLiterals;

namespace {

const QString kAdminPassword = u"bench-admin-pass"_s;
constexpr int kChangedCustomers = 1000;

struct PulledRow
{
    QString entity;
    QString id;
    qint64 rowVersion;
    QByteArray data;
};

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

class BenchBootstrap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bootstrapAndCatchUp();

private:
    void report(const QString &name, double value, const QString &unit, const QString &baselineName, double baseline);
    QList<PulledRow> pullEverything(const QString &token, const QString &fromCursor, QString *endCursor);
    double rawInsertSeconds(const QList<PulledRow> &rows);
    void changeCustomers(int count);

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<CentralService> m_central; // seeds and changes the database in this process
    test::CentralProcess m_server { QStringLiteral(PARASOL_CENTRAL_BINARY) };
    QUrl m_url;
    QTemporaryDir m_scratch;
};

void BenchBootstrap::initTestCase()
{
    const qint64 customers = qEnvironmentVariableIntValue("PARASOL_BENCH_CUSTOMERS") > 0
        ? qEnvironmentVariableIntValue("PARASOL_BENCH_CUSTOMERS")
        : 100000;
    m_database = std::make_unique<test::TestDatabase>();
    auto opened = CentralService::open(m_database->url());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_central = std::move(*opened);

    QElapsedTimer timer;
    timer.start();
    Status seeded = Seeder::seed(m_central->database(), u"scale:%1"_s.arg(customers), QDate::currentDate());
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
    qInfo().noquote() << u"seeded %1 customers in %2 s"_s.arg(customers).arg(seconds(timer), 0, 'f', 1);

    UserStore users(m_central->database());
    QVERIFY(users.create(User { u"u-bench-admin"_s, u"benchadmin"_s, u"Bench admin"_s, Role::Admin, std::nullopt, {} },
                         kAdminPassword, QDateTime::currentMSecsSinceEpoch()));
    QCOMPARE(m_server.start(m_database->urlText()), QString());
    m_url = m_server.url();
}

void BenchBootstrap::cleanupTestCase()
{
    m_server.kill();
    m_central.reset();
    m_database.reset();
}

void BenchBootstrap::report(const QString &name, double value, const QString &unit, const QString &baselineName,
                            double baseline)
{
    qInfo().noquote() << u"BENCH %1 [%2]: %3 %4; baseline %5: %6 %4; ratio %7"_s.arg(
        name, m_central->database().dialectName(), QString::number(value, 'f', 3), unit, baselineName,
        QString::number(baseline, 'f', 3), QString::number(baseline > 0 ? value / baseline : 0, 'f', 2));
}

// Every page from `fromCursor` to the end, through the HTTP API and its JSON only.
QList<PulledRow> BenchBootstrap::pullEverything(const QString &token, const QString &fromCursor, QString *endCursor)
{
    test::HttpTestClient http(m_url);
    QList<PulledRow> rows;
    QString cursor = fromCursor;
    for (bool more = true; more;) {
        const auto page = http.get(u"/api/v1/sync/pull?limit=5000&cursor=%1"_s.arg(
                                       QString::fromLatin1(QUrl::toPercentEncoding(cursor))),
                                   token);
        if (page.status != 200)
            qFatal("pull failed: %s", page.raw.constData());
        for (const QJsonValue &change : page.json.value(u"changes"_s).toArray()) {
            const QJsonObject c = change.toObject();
            rows.append(PulledRow { c.value(u"entity"_s).toString(), c.value(u"id"_s).toString(),
                                    c.value(u"row_version"_s).toInteger(),
                                    QJsonDocument(c.value(u"data"_s).toObject()).toJson(QJsonDocument::Compact) });
        }
        cursor = page.json.value(u"cursor"_s).toString();
        more = page.json.value(u"has_more"_s).toBool();
    }
    *endCursor = cursor;
    return rows;
}

// The rows upserted into a plain SQLite table in one transaction: no encryption, no index
// of search terms, no sync state. The floor any local store of these rows sits on.
double BenchBootstrap::rawInsertSeconds(const QList<PulledRow> &rows)
{
    const QString name = u"raw-%1"_s.arg(rows.size());
    double elapsed = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_scratch.filePath(name + u".sqlite"_s));
        if (!db.open())
            qFatal("raw SQLite: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        query.exec(u"PRAGMA journal_mode=WAL"_s);
        query.exec(u"CREATE TABLE IF NOT EXISTS rows (entity TEXT, id TEXT, row_version INTEGER, data BLOB,"
                   " PRIMARY KEY (entity, id))"_s);
        QElapsedTimer timer;
        timer.start();
        db.transaction();
        query.prepare(u"INSERT OR REPLACE INTO rows VALUES (?, ?, ?, ?)"_s);
        for (const PulledRow &row : rows) {
            query.bindValue(0, row.entity);
            query.bindValue(1, row.id);
            query.bindValue(2, row.rowVersion);
            query.bindValue(3, row.data);
            if (!query.exec())
                qFatal("raw SQLite insert: %s", qPrintable(query.lastError().text()));
        }
        db.commit();
        elapsed = seconds(timer);
    }
    QSqlDatabase::removeDatabase(name);
    return elapsed;
}

// A new city and a contact note for `count` customers, each customer in its own central
// transaction, as agents' and feeds' writes arrive.
void BenchBootstrap::changeCustomers(int count)
{
    Database &db = m_central->database();
    auto feed = ChangeFeed::create(db);
    EntityStore entities(db, *feed);
    auto ids = db.exec(u"SELECT id FROM customers ORDER BY id LIMIT ?"_s, { count });
    QVERIFY(ids);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int changed = 0;
    while (ids->next()) {
        const QString id = ids->value(0).toString();
        Transaction tx = db.begin();
        auto updated = entities.update(tx, *EntitySchema::find(u"customer"_s), id,
                                       QJsonObject { { u"city"_s, u"杭州"_s } });
        QVERIFY(updated && *updated);
        QVERIFY(entities.upsert(tx, *EntitySchema::find(u"contact"_s),
                                QJsonObject { { u"id"_s, u"BENCH-%1"_s.arg(id) }, { u"customer_id"_s, id },
                                              { u"kind"_s, u"note"_s }, { u"at"_s, now }, { u"reason"_s, u"inquiry"_s },
                                              { u"text"_s, u"catch-up bench"_s }, { u"agent"_s, u"bench"_s } }));
        QVERIFY(tx.commit());
        ++changed;
    }
    QCOMPARE(changed, count);
}

void BenchBootstrap::bootstrapAndCatchUp()
{
    test::ConsoleRig console;
    QCOMPARE(console.start(m_url, u"benchadmin"_s, kAdminPassword), QString());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(console.syncAndWait(3600000));
    const double bootstrap = seconds(timer);
    auto customers = console.replica->count(u"customer"_s);
    QVERIFY(customers && *customers > 0);

    // Logging in hashes the password on purpose slowly: not part of what is measured.
    const QString token = test::HttpTestClient(m_url).login(u"benchadmin"_s, kAdminPassword);
    QString horizon;
    timer.restart();
    const QList<PulledRow> everything = pullEverything(token, QString(), &horizon);
    const double fetchOnly = seconds(timer);
    const double rawInsert = rawInsertSeconds(everything);
    const double rows = double(everything.size());
    qInfo().noquote() << u"bootstrap: %1 rows (%2 customers) in %3 s"_s.arg(everything.size()).arg(*customers).arg(
        bootstrap, 0, 'f', 2);
    report(u"bootstrap rate"_s, rows / bootstrap, u"rows/s"_s, u"raw SQLite bulk insert"_s, rows / rawInsert);
    report(u"bootstrap time"_s, bootstrap, u"s"_s, u"HTTP fetch and JSON parse only"_s, fetchOnly);

    changeCustomers(kChangedCustomers);
    timer.restart();
    QVERIFY(console.syncAndWait(600000));
    const double catchUp = seconds(timer);
    QString end;
    timer.restart();
    const QList<PulledRow> changes = pullEverything(token, horizon, &end);
    const double changesFetchOnly = seconds(timer);
    QCOMPARE(changes.size(), 2 * kChangedCustomers);
    const auto changedCustomer = std::find_if(changes.cbegin(), changes.cend(),
                                              [](const PulledRow &row) { return row.entity == u"customer"; });
    QVERIFY(changedCustomer != changes.cend());
    auto cached = console.replica->row(u"customer"_s, changedCustomer->id);
    QVERIFY(cached && *cached);
    QCOMPARE((*cached)->data.value(u"city"_s).toString(), u"杭州"_s);
    report(u"catch-up of 1,000 changed customers"_s, catchUp, u"s"_s, u"HTTP fetch and JSON parse only"_s,
           changesFetchOnly);
    report(u"catch-up of 1,000 changed customers (raw)"_s, catchUp, u"s"_s, u"raw SQLite insert of the same rows"_s,
           rawInsertSeconds(changes));
}

QTEST_MAIN(BenchBootstrap)
#include "bench_bootstrap.moc"
