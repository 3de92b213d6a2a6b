// Faults on the console's side, against a central service in this process (SQLite and
// PostgreSQL): a corrupted replica, a full disk while applying a pull, and two consoles
// editing the same customer. The oracle after each: the outbox empty, every mutation
// applied once, each console's rows equal to central's.
#include "consolerig.h"
#include "syncoracle.h"
#include "syncworld.h"

#include "support/httptestclient.h"
#include "support/testdatabase.h"

#include "central/centralservice.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace parasol;
using namespace Qt::StringLiterals;

class TestConsoleFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aCorruptedReplicaIsRebuiltAndTheOutboxKept();
    void aFullDiskStopsThePullWithoutDamageAndItResumes();
    void twoConsolesEditingOneCustomerConverge();

private:
    QStringList serverContactTexts();
    QStringList replicaContactTexts(test::ConsoleRig &console);
    QJsonObject serverCustomer();

    test::LocalCentral m_local;
    CentralService *m_central = nullptr;
    QUrl m_url;
    QString m_customerId;
};

void TestConsoleFaults::init()
{
    QCOMPARE(m_local.start(), QString());
    m_central = m_local.service.get();
    m_url = m_local.url;
    m_customerId = m_local.customerId;
}

void TestConsoleFaults::cleanup()
{
    m_local.stop();
}

QStringList TestConsoleFaults::serverContactTexts()
{
    return test::SyncOracle::serverContactTexts(m_central->database(), m_customerId);
}

QStringList TestConsoleFaults::replicaContactTexts(test::ConsoleRig &console)
{
    return test::SyncOracle::replicaContactTexts(*console.replica, m_customerId);
}

QJsonObject TestConsoleFaults::serverCustomer()
{
    test::HttpTestClient http(m_url);
    const auto view = http.get(u"/api/v1/customers/"_s + m_customerId, http.login(u"agent"_s, test::SyncWorld::kPassword));
    return view.json.value(u"customer"_s).toObject();
}

void TestConsoleFaults::aCorruptedReplicaIsRebuiltAndTheOutboxKept()
{
    test::ConsoleRig console;
    QCOMPARE(console.start(m_url, u"agent"_s, test::SyncWorld::kPassword), QString());
    QVERIFY(console.syncAndWait());
    QVERIFY(console.engine->queue(u"contact.note"_s, test::SyncWorld::note(m_customerId, u"before"_s), m_customerId));
    QVERIFY(console.syncAndWait());
    // Queued, not yet sent, when the machine dies and the replica file is damaged.
    QVERIFY(console.outbox->enqueue(u"contact.note"_s, test::SyncWorld::note(m_customerId, u"waiting"_s), m_customerId, 1));
    console.engine.reset();
    console.replica.reset();
    QFile replica(console.path + u"/replica.sqlite"_s);
    QVERIFY(replica.open(QIODevice::ReadWrite));
    replica.write(QByteArray(4096, '\xff'));
    replica.close();

    QCOMPARE(console.reopen(m_url), QString());
    QCOMPARE(console.replica->syncState().bootstrapped, false); // rebuilt empty
    QCOMPARE(console.pending(), 1);
    QVERIFY(console.syncAndWait());
    QCOMPARE(console.pending(), 0);
    QCOMPARE(serverContactTexts(), (QStringList { u"before"_s, u"waiting"_s }));
    QCOMPARE(replicaContactTexts(console), serverContactTexts());
}

void TestConsoleFaults::aFullDiskStopsThePullWithoutDamageAndItResumes()
{
    if (geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs (CI runs as root)");
    QTemporaryDir mountPoint;
    QCOMPARE(QProcess::execute(u"mount"_s, { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m"_s, u"tmpfs"_s, mountPoint.path() }), 0);
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, { u"-l"_s, mountPoint.path() }); });

    test::ConsoleRig writer;
    QCOMPARE(writer.start(m_url, u"agent2"_s, test::SyncWorld::kPassword), QString());
    QStringList expected;
    const QString filler(400, u'记');
    for (int i = 0; i < 300; ++i) {
        expected.append(u"note %1 "_s.arg(i, 3, 10, QChar(u'0')) + filler);
        QVERIFY(writer.engine->queue(u"contact.note"_s, test::SyncWorld::note(m_customerId, expected.last()), m_customerId));
    }
    QTRY_COMPARE_WITH_TIMEOUT(writer.pending(), 0, 60000);

    // The reader's replica lives on the small disk, which a big file has nearly filled.
    test::ConsoleRig reader;
    reader.folder.remove();
    const QString folder = mountPoint.filePath(u"reader"_s);
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(reader.startIn(folder, m_url, u"agent"_s, test::SyncWorld::kPassword), QString());
    QFile ballast(mountPoint.filePath(u"ballast"_s));
    QVERIFY(ballast.open(QIODevice::WriteOnly));
    while (ballast.write(QByteArray(64 * 1024, 'x')) > 0 && ballast.flush()) { }
    ballast.close();

    QSignalSpy failed(reader.engine.get(), &SyncEngine::failed);
    reader.engine->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
    QVERIFY(!reader.replica->syncState().bootstrapped);
    QVERIFY(replicaContactTexts(reader).size() < expected.size());

    QVERIFY(ballast.remove());
    QVERIFY(reader.syncAndWait(30000));
    std::sort(expected.begin(), expected.end());
    QCOMPARE(replicaContactTexts(reader), expected);
    QCOMPARE(serverContactTexts(), expected);
    reader.engine.reset();
    reader.replica.reset();
    reader.outbox.reset();
}

void TestConsoleFaults::twoConsolesEditingOneCustomerConverge()
{
    test::ConsoleRig first;
    test::ConsoleRig second;
    QCOMPARE(first.start(m_url, u"agent"_s, test::SyncWorld::kPassword), QString());
    QCOMPARE(second.start(m_url, u"agent2"_s, test::SyncWorld::kPassword), QString());
    QVERIFY(first.syncAndWait());
    QVERIFY(second.syncAndWait());

    const QJsonObject toX { { u"customer_id"_s, m_customerId }, { u"address"_s, u"上海市浦东新区 X 路 1 号"_s } };
    const QJsonObject toY { { u"customer_id"_s, m_customerId }, { u"address"_s, u"上海市徐汇区 Y 路 2 号"_s } };
    QVERIFY(first.engine->queue(u"customer.contact_update"_s, toX, m_customerId));
    QVERIFY(second.engine->queue(u"customer.contact_update"_s, toY, m_customerId));
    QVERIFY(first.engine->queue(u"contact.note"_s, test::SyncWorld::note(m_customerId, u"first"_s), m_customerId));
    QVERIFY(second.engine->queue(u"contact.note"_s, test::SyncWorld::note(m_customerId, u"second"_s), m_customerId));
    QTRY_COMPARE_WITH_TIMEOUT(first.pending() + second.pending(), 0, 30000);
    QVERIFY(first.syncAndWait());
    QVERIFY(second.syncAndWait());

    auto firstRow = first.replica->row(u"customer"_s, m_customerId);
    auto secondRow = second.replica->row(u"customer"_s, m_customerId);
    QVERIFY(firstRow && *firstRow && secondRow && *secondRow);
    QCOMPARE((*firstRow)->rowVersion, (*secondRow)->rowVersion);
    QCOMPARE((*firstRow)->data, (*secondRow)->data);
    const QString address = (*firstRow)->data.value(u"address"_s).toString();
    QVERIFY2(address == toX.value(u"address"_s).toString() || address == toY.value(u"address"_s).toString(), qPrintable(address));
    QCOMPARE(serverContactTexts(), (QStringList { u"first"_s, u"second"_s }));
    QCOMPARE(replicaContactTexts(first), serverContactTexts());
    QCOMPARE(replicaContactTexts(second), serverContactTexts());
}

QTEST_MAIN(TestConsoleFaults)
#include "tst_consolefaults.moc"
