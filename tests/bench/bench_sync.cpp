// Sync benchmarks (label "bench", not in the default run): push throughput, and the time
// from a commit on one console to the change being visible on another. Each figure is
// printed with a baseline measured in the same run, as a ratio. Runs on SQLite, and on
// PostgreSQL in its _postgresql variant: ctest --preset bench
#include "../sync/consolerig.h"
#include "../sync/syncworld.h"

#include "support/httptestclient.h"
#include "support/testdatabase.h"

#include "central/centralservice.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace parasol;
using namespace Qt::StringLiterals;

class BenchSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pushThroughput();
    void commitToVisibleOnAnotherConsole();

private:
    void report(const QString &name, double value, const QString &unit, const QString &baselineName, double baseline);
    qint64 replicaContacts(test::ConsoleRig &console);

    test::LocalCentral m_local;
    CentralService *m_central = nullptr;
    QUrl m_url;
    QString m_customerId;
};

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

void BenchSync::init()
{
    QCOMPARE(m_local.start(), QString());
    m_central = m_local.service.get();
    m_url = m_local.url;
    m_customerId = m_local.customerId;
}

void BenchSync::cleanup()
{
    m_local.stop();
}

void BenchSync::report(const QString &name, double value, const QString &unit, const QString &baselineName, double baseline)
{
    qInfo().noquote() << u"BENCH %1 [%2]: %3 %4; baseline %5: %6 %4; ratio %7"_s.arg(
        name, m_central->database().dialectName(), QString::number(value, 'f', 2), unit, baselineName,
        QString::number(baseline, 'f', 2), QString::number(baseline > 0 ? value / baseline : 0, 'f', 2));
}

qint64 BenchSync::replicaContacts(test::ConsoleRig &console)
{
    // A count, not the rows: the probe runs on the thread that serves central and both
    // consoles, so decrypting a growing list on every poll would be measured as latency.
    auto count = console.replica->count(u"contact"_s);
    return count ? *count : -1;
}

void BenchSync::pushThroughput()
{
    constexpr int kMutations = 2000;
    test::ConsoleRig console;
    QCOMPARE(console.start(m_url, u"agent"_s, test::SyncWorld::kPassword), QString());
    QVERIFY(console.syncAndWait());

    for (int i = 0; i < kMutations; ++i)
        QVERIFY(console.outbox->enqueue(u"contact.note"_s, test::SyncWorld::note(m_customerId, u"bench %1"_s.arg(i)),
                                        m_customerId, i));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(console.syncAndWait(600000));
    const double pushed = double(kMutations) / (double(timer.nsecsElapsed()) / 1e9);
    QCOMPARE(console.pending(), 0);

    // Baseline: the same number of rows inserted straight into central's database, one
    // transaction each (what a push does, without HTTP, JSON, the outbox and the log).
    Database &db = m_central->database();
    timer.restart();
    for (int i = 0; i < kMutations; ++i) {
        Transaction tx = db.begin();
        QVERIFY(db.exec(u"INSERT INTO contacts (id, customer_id, kind, at, agent, reason, text, row_version) VALUES (?, ?, 'note', 0, 'bench', 'inquiry', ?, 1)"_s,
                        { u"BENCH%1"_s.arg(i), m_customerId, u"baseline %1"_s.arg(i) }));
        QVERIFY(tx.commit());
    }
    const double direct = double(kMutations) / (double(timer.nsecsElapsed()) / 1e9);
    report(u"push throughput"_s, pushed, u"mutations/s"_s, u"direct insert"_s, direct);
}

void BenchSync::commitToVisibleOnAnotherConsole()
{
    constexpr int kChanges = 1000;
    test::ConsoleRig writer;
    test::ConsoleRig reader;
    QCOMPARE(writer.start(m_url, u"agent"_s, test::SyncWorld::kPassword), QString());
    QCOMPARE(reader.start(m_url, u"agent2"_s, test::SyncWorld::kPassword), QString());
    QVERIFY(writer.syncAndWait());
    QVERIFY(reader.syncAndWait());
    reader.engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(reader.engine->events().isConnected(), 20000);

    QList<double> latenciesMs;
    QElapsedTimer timer;
    for (int i = 0; i < kChanges; ++i) {
        const qint64 before = replicaContacts(reader);
        timer.start();
        QVERIFY(writer.engine->queue(u"contact.note"_s, test::SyncWorld::note(m_customerId, u"latency %1"_s.arg(i)), m_customerId));
        while (replicaContacts(reader) == before && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        QVERIFY(timer.elapsed() < 10000);
        latenciesMs.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // Baseline: one HTTP round trip to the same service (GET /api/v1/health).
    test::HttpTestClient http(m_url);
    QList<double> roundTripsMs;
    for (int i = 0; i < 200; ++i) {
        timer.start();
        QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
        roundTripsMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    report(u"commit to visible p50"_s, percentile(latenciesMs, 0.5), u"ms"_s, u"HTTP round trip p50"_s,
           percentile(roundTripsMs, 0.5));
    report(u"commit to visible p99"_s, percentile(latenciesMs, 0.99), u"ms"_s, u"HTTP round trip p99"_s,
           percentile(roundTripsMs, 0.99));
}

QTEST_MAIN(BenchSync)
#include "bench_sync.moc"
