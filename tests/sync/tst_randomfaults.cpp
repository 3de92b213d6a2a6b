// A seeded random workload with faults, on SQLite and PostgreSQL: in 400 operations three
// consoles (two agents, one of them on two machines) queue notes, tickets, complaints and
// contact corrections about one customer while their connections misbehave (latency,
// replies cut after some bytes, lost replies, duplicated requests, dropped connections)
// and central restarts twice. Then the network heals, every console syncs, and the oracle
// must hold: each mutation applied exactly once, nothing waiting or rejected, every
// console's rows equal to central's.
//
// The seed is printed first; PARASOL_FAULT_SEED=N runs the same workload and faults again
// (timing still varies with the machine, so a failure is reproduced as a scenario, not to
// the millisecond).
#include "consolerig.h"
#include "syncoracle.h"
#include "syncworld.h"

#include "support/faultproxy.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace parasol;
using namespace Qt::StringLiterals;

class TestRandomFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void randomWorkWithFaultsConverges();

private:
    struct Console
    {
        test::ConsoleRig rig;
        std::unique_ptr<test::FaultProxy> proxy;
        qint64 queued = 0;
    };
    // A mutation queued by a console, found again at central by its unique text.
    struct Expected
    {
        QString table;
        QString column;
        QString text;
    };

    void injectFault(Console &console, QRandomGenerator &random);
    void queueRandomMutation(Console &console, QRandomGenerator &random, const QString &text);
    void checkOracle();

    test::LocalCentral m_local;
    std::vector<std::unique_ptr<Console>> m_consoles;
    QList<Expected> m_expected;
    QStringList m_addresses;
    QString m_orderLineId;
};

namespace {
constexpr int kOperations = 400;
constexpr int kRestarts = 2;
} // namespace

void TestRandomFaults::init()
{
    QCOMPARE(m_local.start(), QString());
    for (const QString &login : { u"agent"_s, u"agent2"_s, u"agent"_s }) {
        auto console = std::make_unique<Console>();
        console->proxy = std::make_unique<test::FaultProxy>(m_local.port);
        QCOMPARE(console->rig.start(QUrl(u"http://127.0.0.1:%1"_s.arg(console->proxy->port())), login,
                                    test::SyncWorld::kPassword),
                 QString());
        QVERIFY(console->rig.syncAndWait());
        m_consoles.push_back(std::move(console));
    }
    auto lines = m_consoles.front()->rig.replica->rowsOf(u"order_line"_s, m_local.customerId);
    QVERIFY(lines && !lines->isEmpty());
    m_orderLineId = lines->first().id;
    m_expected.clear();
    m_addresses.clear();
}

void TestRandomFaults::cleanup()
{
    m_consoles.clear();
    m_local.stop();
}

void TestRandomFaults::injectFault(Console &console, QRandomGenerator &random)
{
    test::FaultProxy &proxy = *console.proxy;
    switch (random.bounded(6)) {
    case 0:
        proxy.setLatencyMs(random.bounded(5, 80));
        break;
    case 1:
        proxy.setMode(test::FaultProxy::Mode::CutReplyAfterBytes, random.bounded(1, 4000));
        break;
    case 2:
        proxy.setMode(test::FaultProxy::Mode::LoseReply);
        break;
    case 3:
        proxy.setMode(test::FaultProxy::Mode::DuplicateRequest);
        break;
    case 4:
        proxy.cutAll();
        break;
    default: // healed
        proxy.setMode(test::FaultProxy::Mode::Pass);
        proxy.setLatencyMs(0);
    }
}

void TestRandomFaults::queueRandomMutation(Console &console, QRandomGenerator &random, const QString &text)
{
    // Each mutation carries its unique text, where central keeps it (a correction's address
    // is overwritten by later ones: those are counted through mutation_results).
    const QString customerId = m_local.customerId;
    const int kind = random.bounded(10);
    QString type = u"contact.note"_s;
    QJsonObject data = test::SyncWorld::note(customerId, text);
    Expected expected { u"contacts"_s, u"text"_s, text };
    if (kind < 2) {
        type = u"ticket.open"_s;
        data = { { u"order_line_id"_s, m_orderLineId }, { u"kind"_s, u"repair"_s }, { u"description"_s, text } };
        expected = { u"tickets"_s, u"description"_s, text };
    } else if (kind < 4) {
        type = u"complaint.open"_s;
        data = { { u"customer_id"_s, customerId }, { u"category"_s, u"after_sales_service"_s }, { u"text"_s, text } };
        expected.table = u"complaints"_s;
    } else if (kind < 5) {
        type = u"customer.contact_update"_s;
        data = { { u"customer_id"_s, customerId }, { u"address"_s, text } };
        m_addresses.append(text);
    }
    if (type != u"customer.contact_update")
        m_expected.append(expected);
    QVERIFY(console.rig.engine->queue(type, data, customerId));
    ++console.queued;
}

void TestRandomFaults::randomWorkWithFaultsConverges()
{
    bool fromEnvironment = false;
    quint32 seed = qEnvironmentVariable("PARASOL_FAULT_SEED").toUInt(&fromEnvironment);
    if (!fromEnvironment)
        seed = QRandomGenerator::system()->generate();
    qInfo("PARASOL_FAULT_SEED=%u%s", seed, fromEnvironment ? " (from the environment)" : "");
    QRandomGenerator random(seed);
    QList<int> restartsAt;
    for (int i = 0; i < kRestarts; ++i)
        restartsAt.append((i + 1) * kOperations / (kRestarts + 1) + random.bounded(-30, 30));
    for (auto &console : m_consoles)
        console->rig.engine->start(); // pokes and the periodic sync, through the faults too

    int faults = 0;
    for (int op = 0; op < kOperations; ++op) {
        Console &console = *m_consoles[random.bounded(int(m_consoles.size()))];
        const int roll = random.bounded(100);
        if (restartsAt.contains(op)) {
            QCOMPARE(m_local.restart(), QString());
            for (auto &each : m_consoles)
                each->proxy->setUpstreamPort(m_local.port);
        } else if (roll < 60) {
            queueRandomMutation(console, random, u"seed %1 op %2"_s.arg(seed).arg(op));
            if (QTest::currentTestFailed())
                return;
        } else if (roll < 85) {
            injectFault(console, random);
            ++faults;
        } else {
            console.rig.engine->syncNow();
        }
        QTest::qWait(random.bounded(25));
    }

    for (auto &console : m_consoles) {
        console->proxy->setMode(test::FaultProxy::Mode::Pass);
        console->proxy->setLatencyMs(0);
    }
    // Until nothing waits, then a round more so that each has what the others pushed last.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_consoles.cbegin(), m_consoles.cend(),
                                         [](const auto &console) {
                                             return console->rig.syncAndWait(20000) && console->rig.pending() == 0;
                                         }),
                             60000);
    for (auto &console : m_consoles) {
        // A sync that began before the last push may still run: wait for it, then pull afresh.
        QTRY_VERIFY_WITH_TIMEOUT(!console->rig.engine->isSyncing(), 20000);
        QVERIFY(console->rig.syncAndWait(20000));
    }
    QStringList summary;
    for (auto &console : m_consoles)
        summary.append(u"%1 queued over %2 connections"_s.arg(console->queued).arg(console->proxy->connectionsSeen()));
    qInfo("%d faults, %d restarts; %s", faults, int(restartsAt.size()), qPrintable(summary.join(u", "_s)));
    checkOracle();
}

void TestRandomFaults::checkOracle()
{
    Database &db = m_local.service->database();
    const QString customerId = m_local.customerId;
    // Every mutation exactly once: each console's numbering is recorded once per mid, all
    // applied, and each mutation's unique text is there once.
    for (auto &console : m_consoles) {
        auto recorded = db.scalar(u"SELECT COUNT(*) FROM mutation_results WHERE client_id = ? AND status = 'applied'"_s,
                                  { console->rig.outbox->clientId() });
        QVERIFY(recorded);
        QCOMPARE(recorded->toLongLong(), console->queued);
        auto entries = console->rig.outbox->entriesOf(customerId);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 0); // nothing pending, nothing rejected
    }
    for (const Expected &expected : std::as_const(m_expected)) {
        auto found = db.scalar(u"SELECT COUNT(*) FROM %1 WHERE %2 = ?"_s.arg(expected.table, expected.column), { expected.text });
        QVERIFY(found);
        QVERIFY2(found->toLongLong() == 1, qPrintable(u"%1 × %2"_s.arg(found->toLongLong()).arg(expected.text)));
    }
    if (!m_addresses.isEmpty()) {
        auto address = db.scalar(u"SELECT address FROM customers WHERE id = ?"_s, { customerId });
        QVERIFY(address);
        QVERIFY2(m_addresses.contains(address->toString()), qPrintable(address->toString()));
    }
    // Every console's replica equals central's rows of its working set.
    const auto central = test::SyncOracle::serverRows(db, QStringList { customerId });
    for (auto &console : m_consoles) {
        const auto held = test::SyncOracle::replicaRows(console->rig.path + u"/replica.sqlite"_s);
        QVERIFY2(held == central, qPrintable(test::SyncOracle::difference(held, central)));
    }
}

QTEST_MAIN(TestRandomFaults)
#include "tst_randomfaults.moc"
