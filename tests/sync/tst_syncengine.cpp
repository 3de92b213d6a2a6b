// The console's sync against a real central service in this process, on SQLite and on
// PostgreSQL: local writes are queued, pushed once, and come back through the pull;
// offline work survives and arrives later; pokes bring other consoles' changes.
#include "consolerig.h"
#include "syncoracle.h"
#include "syncworld.h"

#include "support/faultproxy.h"
#include "support/testdatabase.h"

#include "central/centralservice.h"
#include "core/clock.h"
#include "store/metastore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace parasol;
using namespace Qt::StringLiterals;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aQueuedNoteIsPushedOnceAndComesBackInThePull();
    void workGoesOnOfflineAndArrivesWhenCentralIsBack();
    void aLostReplyDoesNotApplyTwice();
    void aDuplicatedPushAppliesOnce();
    void aRejectionStaysVisibleOnItsEntry();
    void aPokeBringsAnotherConsolesChange();
    void aChangeThroughAnotherCentralProcessPokesToo();
    void aRestoredCentralGetsTheOutboxRenumbered();
    void theOutboxSurvivesARestart();

private:
    QJsonObject note(const QString &text) const;
    qint64 serverContacts(const QString &text);
    QStringList replicaContactTexts(test::ConsoleRig &console) const;

    test::LocalCentral m_local;
    CentralService *m_central = nullptr;
    std::unique_ptr<test::FaultProxy> m_proxy;
    QUrl m_direct;
    QUrl m_viaProxy;
    QString m_customerId;
};

namespace {
const QString kPassword = test::SyncWorld::kPassword;
}

void TestSyncEngine::init()
{
    QCOMPARE(m_local.start(), QString());
    m_central = m_local.service.get();
    m_direct = m_local.url;
    m_customerId = m_local.customerId;
    m_proxy = std::make_unique<test::FaultProxy>(m_local.port);
    m_viaProxy = QUrl(u"http://127.0.0.1:%1"_s.arg(m_proxy->port()));
}

void TestSyncEngine::cleanup()
{
    m_proxy.reset();
    m_local.stop();
}

QJsonObject TestSyncEngine::note(const QString &text) const
{
    return test::SyncWorld::note(m_customerId, text);
}

qint64 TestSyncEngine::serverContacts(const QString &text)
{
    auto count = m_central->database().scalar(u"SELECT count(*) FROM contacts WHERE text = ?"_s, { text });
    return count ? count->toLongLong() : -1;
}

QStringList TestSyncEngine::replicaContactTexts(test::ConsoleRig &console) const
{
    return test::SyncOracle::replicaContactTexts(*console.replica, m_customerId);
}

void TestSyncEngine::aQueuedNoteIsPushedOnceAndComesBackInThePull()
{
    test::ConsoleRig console;
    QCOMPARE(console.start(m_direct, u"agent"_s, kPassword), QString());
    QVERIFY(console.syncAndWait());
    QVERIFY(replicaContactTexts(console).isEmpty());

    auto mid = console.engine->queue(u"contact.note"_s, note(u"回访：空调已修好"_s), m_customerId);
    QVERIFY(mid);
    QCOMPARE(*mid, 1);
    QTRY_COMPARE_WITH_TIMEOUT(replicaContactTexts(console), QStringList { u"回访：空调已修好"_s }, 20000);
    QTRY_COMPARE(console.pending(), 0);
    QCOMPARE(serverContacts(u"回访：空调已修好"_s), 1);
}

void TestSyncEngine::workGoesOnOfflineAndArrivesWhenCentralIsBack()
{
    test::ConsoleRig console;
    QCOMPARE(console.start(m_viaProxy, u"agent"_s, kPassword), QString());
    QVERIFY(console.syncAndWait());
    QSignalSpy online(console.engine.get(), &SyncEngine::onlineChanged);

    m_proxy->setMode(test::FaultProxy::Mode::Refuse);
    for (const QString &text : { u"offline 1"_s, u"offline 2"_s, u"offline 3"_s })
        QVERIFY(console.engine->queue(u"contact.note"_s, note(text), m_customerId));
    QTRY_VERIFY_WITH_TIMEOUT(!console.engine->isOnline(), 20000);
    QCOMPARE(online.first().first().toBool(), false);
    QCOMPARE(console.pending(), 3);
    auto waiting = console.outbox->entriesOf(m_customerId);
    QVERIFY(waiting);
    QCOMPARE(waiting->size(), 3);
    QCOMPARE(waiting->first().data.value(u"text"_s).toString(), u"offline 3"_s); // newest first
    QCOMPARE(serverContacts(u"offline 1"_s), 0);

    m_proxy->setMode(test::FaultProxy::Mode::Pass);
    // No call to syncNow: the engine retries by itself with backoff.
    QTRY_VERIFY_WITH_TIMEOUT(console.engine->isOnline(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(console.pending(), 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(replicaContactTexts(console).size(), 3, 20000);
    for (const QString &text : { u"offline 1"_s, u"offline 2"_s, u"offline 3"_s })
        QCOMPARE(serverContacts(text), 1);
}

void TestSyncEngine::aLostReplyDoesNotApplyTwice()
{
    test::ConsoleRig console;
    QCOMPARE(console.start(m_viaProxy, u"agent"_s, kPassword), QString());
    QVERIFY(console.syncAndWait());

    m_proxy->setMode(test::FaultProxy::Mode::LoseReply);
    QVERIFY(console.engine->queue(u"contact.note"_s, note(u"reply lost"_s), m_customerId));
    QTRY_COMPARE_WITH_TIMEOUT(serverContacts(u"reply lost"_s), 1, 20000); // central applied it…
    QTRY_VERIFY_WITH_TIMEOUT(!console.engine->isOnline(), 20000); // …but the console never heard
    QCOMPARE(console.pending(), 1);

    m_proxy->setMode(test::FaultProxy::Mode::Pass);
    QTRY_COMPARE_WITH_TIMEOUT(console.pending(), 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(replicaContactTexts(console), QStringList { u"reply lost"_s }, 20000);
    QCOMPARE(serverContacts(u"reply lost"_s), 1);
}

void TestSyncEngine::aDuplicatedPushAppliesOnce()
{
    test::ConsoleRig console;
    QCOMPARE(console.start(m_viaProxy, u"agent"_s, kPassword), QString());
    QVERIFY(console.syncAndWait());

    m_proxy->setMode(test::FaultProxy::Mode::DuplicateRequest);
    QVERIFY(console.engine->queue(u"contact.note"_s, note(u"sent twice"_s), m_customerId));
    QTRY_COMPARE_WITH_TIMEOUT(console.pending(), 0, 20000);
    QVERIFY(console.syncAndWait());
    QTest::qWait(200); // let the twin request finish too
    QCOMPARE(serverContacts(u"sent twice"_s), 1);
    QCOMPARE(replicaContactTexts(console), QStringList { u"sent twice"_s });
}

void TestSyncEngine::aRejectionStaysVisibleOnItsEntry()
{
    test::ConsoleRig console;
    QCOMPARE(console.start(m_direct, u"agent"_s, kPassword), QString());
    QJsonObject unknownCustomer = note(u"for nobody"_s);
    unknownCustomer.insert(u"customer_id"_s, u"no-such-customer"_s);
    QVERIFY(console.engine->queue(u"contact.note"_s, unknownCustomer, m_customerId));
    QVERIFY(console.engine->queue(u"contact.note"_s, note(u"after the rejection"_s), m_customerId));
    QTRY_COMPARE_WITH_TIMEOUT(console.pending(), 0, 20000);

    auto entries = console.outbox->entriesOf(m_customerId);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1); // the applied one is in the replica now, the rejected one stays
    QCOMPARE(entries->first().state, OutboxEntry::State::Rejected);
    QCOMPARE(entries->first().errorCode, u"not_found"_s);
    QVERIFY(entries->first().errorMessage.contains(u"no-such-customer"_s));
    QTRY_COMPARE_WITH_TIMEOUT(replicaContactTexts(console), QStringList { u"after the rejection"_s }, 20000);
}

void TestSyncEngine::aPokeBringsAnotherConsolesChange()
{
    test::ConsoleRig writer;
    test::ConsoleRig reader;
    QCOMPARE(writer.start(m_direct, u"agent"_s, kPassword), QString());
    QCOMPARE(reader.start(m_direct, u"agent2"_s, kPassword), QString());
    QVERIFY(reader.syncAndWait());
    QSignalSpy connected(&reader.engine->events(), &EventStream::connectedChanged);
    reader.engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(reader.engine->events().isConnected(), 20000);
    QTRY_VERIFY(!reader.engine->isSyncing()); // the pull on connecting

    QVERIFY(writer.engine->queue(u"contact.note"_s, note(u"seen elsewhere"_s), m_customerId));
    // The reader never asks: the poke makes it pull.
    QTRY_COMPARE_WITH_TIMEOUT(replicaContactTexts(reader), QStringList { u"seen elsewhere"_s }, 10000);
}

void TestSyncEngine::aChangeThroughAnotherCentralProcessPokesToo()
{
    if (!test::TestDatabase::postgres())
        QSKIP("several central processes share one database only on PostgreSQL (the _postgresql variant runs this)");
    auto second = CentralService::open(m_local.database->url());
    QVERIFY(second);
    auto secondPort = (*second)->listen(QHostAddress::LocalHost, 0);
    QVERIFY(secondPort);

    test::ConsoleRig writer;
    test::ConsoleRig reader;
    QCOMPARE(writer.start(m_direct, u"agent"_s, kPassword), QString());
    QCOMPARE(reader.start(QUrl(u"http://127.0.0.1:%1"_s.arg(*secondPort)), u"agent2"_s, kPassword), QString());
    reader.engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(reader.engine->events().isConnected(), 20000);
    QTRY_VERIFY(!reader.engine->isSyncing());

    QVERIFY(writer.engine->queue(u"contact.note"_s, note(u"through the other process"_s), m_customerId));
    QTRY_COMPARE_WITH_TIMEOUT(replicaContactTexts(reader), QStringList { u"through the other process"_s }, 10000);
}

void TestSyncEngine::aRestoredCentralGetsTheOutboxRenumbered()
{
    test::ConsoleRig console;
    QCOMPARE(console.start(m_viaProxy, u"agent"_s, kPassword), QString());
    QVERIFY(console.engine->queue(u"contact.note"_s, note(u"before the backup 1"_s), m_customerId));
    QVERIFY(console.engine->queue(u"contact.note"_s, note(u"before the backup 2"_s), m_customerId));
    QTRY_COMPARE_WITH_TIMEOUT(console.pending(), 0, 20000);
    QVERIFY(console.syncAndWait());
    const QString clientBefore = console.outbox->clientId();

    // Central comes back from a backup that predates this console: it has never heard of
    // it, and its history is a new generation.
    m_proxy->setMode(test::FaultProxy::Mode::Refuse);
    QVERIFY(m_central->database().exec(u"DELETE FROM mutation_results"_s));
    QVERIFY(m_central->database().exec(u"DELETE FROM sync_clients"_s));
    QVERIFY(MetaStore::renewGeneration(m_central->database()));
    QVERIFY(console.engine->queue(u"contact.note"_s, note(u"after the restore"_s), m_customerId));
    QTRY_VERIFY_WITH_TIMEOUT(!console.engine->isOnline(), 20000);

    m_proxy->setMode(test::FaultProxy::Mode::Pass);
    QTRY_COMPARE_WITH_TIMEOUT(console.pending(), 0, 20000);
    QVERIFY(console.outbox->clientId() != clientBefore);
    QCOMPARE(serverContacts(u"after the restore"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(replicaContactTexts(console),
                              (QStringList { u"after the restore"_s, u"before the backup 1"_s, u"before the backup 2"_s }),
                              20000);
}

void TestSyncEngine::theOutboxSurvivesARestart()
{
    test::ConsoleRig console;
    QCOMPARE(console.start(m_viaProxy, u"agent"_s, kPassword), QString());
    m_proxy->setMode(test::FaultProxy::Mode::Refuse);
    QVERIFY(console.engine->queue(u"contact.note"_s, note(u"queued before a restart"_s), m_customerId));
    QTRY_VERIFY_WITH_TIMEOUT(!console.engine->isOnline(), 20000);
    const QString clientId = console.outbox->clientId();

    QCOMPARE(console.reopen(m_viaProxy), QString());
    QCOMPARE(console.outbox->clientId(), clientId);
    QCOMPARE(console.pending(), 1);
    m_proxy->setMode(test::FaultProxy::Mode::Pass);
    QVERIFY(console.syncAndWait());
    QCOMPARE(console.pending(), 0);
    QCOMPARE(serverContacts(u"queued before a restart"_s), 1);
}

QTEST_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
