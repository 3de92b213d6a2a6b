// parasol-central killed outright (SIGKILL) while a console pushes and pulls, on SQLite
// and PostgreSQL. After each fault the oracle holds: every mutation applied exactly once,
// nothing waiting in the outbox, and the console's rows equal central's.
#include "consolerig.h"
#include "syncoracle.h"
#include "syncworld.h"

#include "support/centralprocess.h"
#include "support/faultproxy.h"
#include "support/testdatabase.h"

#include "central/centralservice.h"
#include "store/database.h"

#include <QTest>

using namespace parasol;
using namespace Qt::StringLiterals;

class TestCentralCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void killedBeforeCommittingAPushLosesNothing();
    void killedAfterCommittingAPushAppliesItOnce();
    void aConnectionDroppedMidPullResumes();

private:
    QString restartCentral();
    QStringList serverContactTexts();
    QStringList replicaContactTexts();
    void checkOracle(const QStringList &expected);

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<test::CentralProcess> m_central;
    std::unique_ptr<test::FaultProxy> m_proxy;
    std::unique_ptr<test::ConsoleRig> m_console;
    QString m_customerId;
};

void TestCentralCrash::init()
{
    m_database = std::make_unique<test::TestDatabase>();
    {
        // Users and a customer, written by a service in this process that then goes away.
        auto central = CentralService::open(m_database->url());
        QVERIFY(central);
        auto port = (*central)->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        auto customer = test::SyncWorld::populate(**central, QUrl(u"http://127.0.0.1:%1"_s.arg(*port)));
        QVERIFY2(customer, customer ? "" : qPrintable(customer.error().message));
        m_customerId = *customer;
    }
    m_central = std::make_unique<test::CentralProcess>(QStringLiteral(PARASOL_CENTRAL_BINARY));
    QCOMPARE(m_central->start(m_database->urlText()), QString());
    m_proxy = std::make_unique<test::FaultProxy>(m_central->port());
    m_console = std::make_unique<test::ConsoleRig>();
    QCOMPARE(m_console->start(QUrl(u"http://127.0.0.1:%1"_s.arg(m_proxy->port())), u"agent"_s,
                              test::SyncWorld::kPassword),
             QString());
    QVERIFY(m_console->syncAndWait());
}

void TestCentralCrash::cleanup()
{
    m_console.reset();
    m_proxy.reset();
    m_central.reset();
    m_database.reset();
}

QString TestCentralCrash::restartCentral()
{
    if (QString problem = m_central->start(m_database->urlText()); !problem.isEmpty())
        return problem;
    m_proxy->setUpstreamPort(m_central->port());
    m_proxy->setMode(test::FaultProxy::Mode::Pass);
    return QString();
}

QStringList TestCentralCrash::serverContactTexts()
{
    auto db = Database::open(m_database->url());
    if (!db)
        return { db.error().message };
    return test::SyncOracle::serverContactTexts(**db, m_customerId);
}

QStringList TestCentralCrash::replicaContactTexts()
{
    return test::SyncOracle::replicaContactTexts(*m_console->replica, m_customerId);
}

void TestCentralCrash::checkOracle(const QStringList &expected)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_console->pending(), 0, 30000);
    QVERIFY(m_console->syncAndWait(30000));
    QCOMPARE(serverContactTexts(), expected); // each exactly once
    QCOMPARE(replicaContactTexts(), expected);
}

void TestCentralCrash::killedBeforeCommittingAPushLosesNothing()
{
    // Another connection holds the write lock, so central receives the push and waits
    // inside it, before its commit, when it is killed.
    auto blocker = Database::open(m_database->url());
    QVERIFY(blocker);
    Transaction hold = (*blocker)->begin();
    QVERIFY(hold.started());
    if ((*blocker)->dialect() == Database::Dialect::Postgres)
        QVERIFY((*blocker)->exec(u"LOCK TABLE contacts IN EXCLUSIVE MODE"_s));

    bool forwarded = false;
    connect(m_proxy.get(), &test::FaultProxy::requestForwarded, this, [&] { forwarded = true; });
    QVERIFY(m_console->engine->queue(u"contact.note"_s, test::SyncWorld::note(m_customerId, u"killed before commit"_s),
                                     m_customerId));
    QTRY_VERIFY_WITH_TIMEOUT(forwarded, 10000);
    QTest::qWait(300);
    m_central->kill();
    hold.rollback();
    QCOMPARE(serverContactTexts(), QStringList());
    QCOMPARE(m_console->pending(), 1);

    QCOMPARE(restartCentral(), QString());
    checkOracle({ u"killed before commit"_s });
}

void TestCentralCrash::killedAfterCommittingAPushAppliesItOnce()
{
    // The answer is on its way when central dies: the commit happened, the console never
    // hears of it and pushes the same mid again to the restarted service.
    m_proxy->setMode(test::FaultProxy::Mode::LoseReply);
    connect(m_proxy.get(), &test::FaultProxy::replyArriving, this, [this] { m_central->kill(); });
    QVERIFY(m_console->engine->queue(u"contact.note"_s, test::SyncWorld::note(m_customerId, u"killed after commit"_s),
                                     m_customerId));
    QTRY_COMPARE_WITH_TIMEOUT(serverContactTexts(), QStringList { u"killed after commit"_s }, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->engine->isOnline(), 10000);
    QCOMPARE(m_console->pending(), 1);
    m_proxy->disconnect(this);

    QCOMPARE(restartCentral(), QString());
    checkOracle({ u"killed after commit"_s });
}

void TestCentralCrash::aConnectionDroppedMidPullResumes()
{
    test::ConsoleRig writer;
    QCOMPARE(writer.start(m_central->url(), u"agent2"_s, test::SyncWorld::kPassword), QString());
    QStringList expected;
    for (int i = 0; i < 200; ++i) {
        expected.append(u"note %1"_s.arg(i, 3, 10, QChar(u'0')));
        QVERIFY(writer.engine->queue(u"contact.note"_s, test::SyncWorld::note(m_customerId, expected.last()), m_customerId));
    }
    QTRY_COMPARE_WITH_TIMEOUT(writer.pending(), 0, 60000);

    // The page of 200 changes is cut off after 2 kB; the pull fails, and resumes.
    m_proxy->setMode(test::FaultProxy::Mode::CutReplyAfterBytes, 2048);
    m_console->engine->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->engine->isOnline(), 10000);
    QCOMPARE(replicaContactTexts(), QStringList());
    m_proxy->setMode(test::FaultProxy::Mode::Pass);
    checkOracle(expected);
}

QTEST_MAIN(TestCentralCrash)
#include "tst_centralcrash.moc"
