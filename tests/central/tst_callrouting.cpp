#include "seatconsole.h"

#include "support/centralprocess.h"
#include "support/httptestclient.h"
#include "support/testdatabase.h"

#include "store/userstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace parasol;

namespace {

const QString kPassword = QStringLiteral("parasol-demo");
constexpr int kTimeoutMs = 10000;

QString callId(const test::HttpTestClient::Reply &posted)
{
    return posted.json.value(QLatin1String("call")).toObject().value(QLatin1String("id")).toString();
}

} // namespace

// Incoming calls when several parasol-central processes serve one PostgreSQL database
// (central/callservice.h): each process knows only the consoles connected to it, yet a
// call reaches a free seat of its queue on any of them, and one seat only. Separate
// processes of the built binary, real WebSocket consoles; PostgreSQL only.
class TestCallRouting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aSeatOnAnotherProcessGetsTheCall();
    void aWaitingCallGoesToASeatThatConnectsToAnotherProcess();
    void aWaitingCallGoesToASeatThatWrapsUpThroughAnotherProcess();
    void twoProcessesRacingForOneCallGiveItToOneSeat();
    void aSeatThatReconnectsToAnotherProcessGetsItsOpenCallAgain();

private:
    test::CentralProcess &startProcess();
    QString token(const QString &login);
    test::HttpTestClient::Reply postCall(test::CentralProcess &central, const QString &ani);
    std::unique_ptr<test::SeatConsole> connectSeat(test::CentralProcess &central, const QString &login);
    test::HttpTestClient::Reply wrapUp(test::CentralProcess &central, const QString &login, qint64 mid,
                                       const QString &callId);
    // The login of the seat the database gives `callId` to; empty while it waits.
    QString seatOf(const QString &callId);

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<Database> m_db;
    std::vector<std::unique_ptr<test::CentralProcess>> m_processes;
    QHash<QString, QString> m_tokens;
};

void TestCallRouting::initTestCase()
{
    if (!test::TestDatabase::postgres())
        QSKIP("several central processes share one database only on PostgreSQL (the _postgresql variant runs this)");
}

void TestCallRouting::init()
{
    m_database = std::make_unique<test::TestDatabase>();
    m_processes.push_back(std::make_unique<test::CentralProcess>(QStringLiteral(PARASOL_CENTRAL_BINARY)));
    const QString failure
        = m_processes.back()->start(m_database->urlText(), { QStringLiteral("--seed"), QStringLiteral("demo") });
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_db = m_database->openMigrated();
    // A second agent of the general seat besides the demo's agent01.
    const User second { QStringLiteral("U902"), QStringLiteral("agent02"),
                        QStringLiteral("刘洋"), Role::Agent,
                        Seat::General,          {} };
    QVERIFY(UserStore(*m_db).create(second, kPassword, QDateTime::currentMSecsSinceEpoch()));
}

void TestCallRouting::cleanup()
{
    m_processes.clear();
    m_tokens.clear();
    m_db.reset();
    m_database.reset();
}

test::CentralProcess &TestCallRouting::startProcess()
{
    m_processes.push_back(std::make_unique<test::CentralProcess>(QStringLiteral(PARASOL_CENTRAL_BINARY)));
    const QString failure = m_processes.back()->start(m_database->urlText());
    if (!failure.isEmpty())
        qWarning("%s", qPrintable(failure));
    return *m_processes.back();
}

QString TestCallRouting::token(const QString &login)
{
    // Sessions live in the shared database: a token from one process is good on every one.
    if (!m_tokens.contains(login))
        m_tokens.insert(login, test::HttpTestClient(m_processes.front()->url()).login(login, kPassword));
    return m_tokens.value(login);
}

test::HttpTestClient::Reply TestCallRouting::postCall(test::CentralProcess &central, const QString &ani)
{
    return test::HttpTestClient(central.url())
        .post(QStringLiteral("/api/v1/calls"), QJsonObject { { QStringLiteral("ani"), ani } },
              token(QStringLiteral("feed01")));
}

std::unique_ptr<test::SeatConsole> TestCallRouting::connectSeat(test::CentralProcess &central, const QString &login)
{
    return test::SeatConsole::connect(central.url(), token(login));
}

test::HttpTestClient::Reply TestCallRouting::wrapUp(test::CentralProcess &central, const QString &login, qint64 mid,
                                                    const QString &callId)
{
    const QJsonObject data { { QStringLiteral("call_id"), callId },
                             { QStringLiteral("reason"), QStringLiteral("inquiry") },
                             { QStringLiteral("customer_id"), QJsonValue::Null } };
    const QJsonObject mutation { { QStringLiteral("mid"), mid },
                                 { QStringLiteral("type"), QStringLiteral("call.wrap_up") },
                                 { QStringLiteral("data"), data } };
    return test::HttpTestClient(central.url())
        .post(QStringLiteral("/api/v1/sync/push"),
              QJsonObject { { QStringLiteral("client_id"), QString(QStringLiteral("console-") + login) },
                            { QStringLiteral("mutations"), QJsonArray { mutation } } },
              token(login));
}

QString TestCallRouting::seatOf(const QString &callId)
{
    auto login = m_db->scalar(
        QStringLiteral("SELECT u.login FROM calls c JOIN users u ON u.id = c.seat_user_id WHERE c.id = ?"), { callId });
    return login ? login->toString() : QStringLiteral("(error: %1)").arg(login.error().message);
}

void TestCallRouting::aSeatOnAnotherProcessGetsTheCall()
{
    test::CentralProcess &a = *m_processes.front();
    test::CentralProcess &b = startProcess();
    auto seat = connectSeat(b, QStringLiteral("agent01"));
    QVERIFY(seat);

    const auto posted = postCall(a, QStringLiteral("+8613100002001"));
    QCOMPARE(posted.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(seat->callIds(), QStringList { callId(posted) }, kTimeoutMs);
    QCOMPARE(seat->calls.first().value(QLatin1String("ani")).toString(), u"+8613100002001"_qs);
    QCOMPARE(seatOf(callId(posted)), u"agent01"_qs);
}

void TestCallRouting::aWaitingCallGoesToASeatThatConnectsToAnotherProcess()
{
    test::CentralProcess &a = *m_processes.front();
    test::CentralProcess &b = startProcess();
    const auto posted = postCall(a, QStringLiteral("+8613100002002"));
    QCOMPARE(posted.status, 200);
    QVERIFY(posted.json.value(QLatin1String("call")).toObject().value(QLatin1String("agent")).isNull());
    QTest::qWait(300); // both processes have heard of it and found no seat
    QCOMPARE(seatOf(callId(posted)), QString());

    auto seat = connectSeat(b, QStringLiteral("agent01"));
    QVERIFY(seat);
    QTRY_COMPARE_WITH_TIMEOUT(seat->callIds(), QStringList { callId(posted) }, kTimeoutMs);
    QCOMPARE(seatOf(callId(posted)), u"agent01"_qs);
}

void TestCallRouting::aWaitingCallGoesToASeatThatWrapsUpThroughAnotherProcess()
{
    test::CentralProcess &a = *m_processes.front();
    test::CentralProcess &b = startProcess();
    auto seat = connectSeat(b, QStringLiteral("agent01"));
    QVERIFY(seat);
    const auto first = postCall(b, QStringLiteral("+8613100002003"));
    QTRY_COMPARE_WITH_TIMEOUT(seat->callIds(), QStringList { callId(first) }, kTimeoutMs);
    const auto second = postCall(a, QStringLiteral("+8613100002004"));
    QCOMPARE(second.status, 200);
    QTest::qWait(300);
    QCOMPARE(seat->calls.size(), 1); // busy until the wrap-up

    const auto done = wrapUp(a, QStringLiteral("agent01"), 1, callId(first));
    QCOMPARE(done.json.value(QLatin1String("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             u"applied"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(seat->callIds(), (QStringList { callId(first), callId(second) }), kTimeoutMs);
    QCOMPARE(seatOf(callId(second)), u"agent01"_qs);
}

void TestCallRouting::twoProcessesRacingForOneCallGiveItToOneSeat()
{
    // The call arrives at a process with no seats; its announcement reaches the processes of
    // both free seats at the same moment, and both try to give it to their own.
    test::CentralProcess &phones = *m_processes.front();
    test::CentralProcess &a = startProcess();
    test::CentralProcess &b = startProcess();
    auto seatA = connectSeat(a, QStringLiteral("agent01"));
    auto seatB = connectSeat(b, QStringLiteral("agent02"));
    QVERIFY(seatA && seatB);
    const auto received = [&] { return int(seatA->calls.size() + seatB->calls.size()); };

    const auto first = postCall(phones, QStringLiteral("+8613100002005"));
    QTRY_COMPARE_WITH_TIMEOUT(received(), 1, kTimeoutMs);
    QTest::qWait(300);
    QCOMPARE(received(), 1);
    test::SeatConsole &winner = seatA->calls.isEmpty() ? *seatB : *seatA;
    test::SeatConsole &loser = seatA->calls.isEmpty() ? *seatA : *seatB;
    const QString winnerLogin = &winner == seatA.get() ? u"agent01"_qs : u"agent02"_qs;
    QCOMPARE(winner.callIds(), QStringList { callId(first) });
    QCOMPARE(seatOf(callId(first)), winnerLogin);

    // The other seat did not keep a half-taken call: it is free for the next one.
    const auto second = postCall(phones, QStringLiteral("+8613100002006"));
    QTRY_COMPARE_WITH_TIMEOUT(loser.callIds(), QStringList { callId(second) }, kTimeoutMs);

    // Both busy: the third waits, for the seat that wraps up first.
    const auto third = postCall(phones, QStringLiteral("+8613100002007"));
    QTest::qWait(300);
    QCOMPARE(received(), 2);
    QCOMPARE(seatOf(callId(third)), QString());
    QCOMPARE(wrapUp(phones, winnerLogin, 1, callId(first)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(winner.callIds(), (QStringList { callId(first), callId(third) }), kTimeoutMs);
    QTest::qWait(300);
    QCOMPARE(loser.callIds(), QStringList { callId(second) });
}

void TestCallRouting::aSeatThatReconnectsToAnotherProcessGetsItsOpenCallAgain()
{
    test::CentralProcess &a = *m_processes.front();
    test::CentralProcess &b = startProcess();
    auto seat = connectSeat(a, QStringLiteral("agent01"));
    QVERIFY(seat);
    const auto posted = postCall(a, QStringLiteral("+8613100002008"));
    QTRY_COMPARE_WITH_TIMEOUT(seat->callIds(), QStringList { callId(posted) }, kTimeoutMs);

    // The agent may have answered before the console went away: the call stays theirs.
    QVERIFY(seat->disconnect());
    const auto meanwhile = postCall(a, QStringLiteral("+8613100002009"));
    QCOMPARE(meanwhile.status, 200);
    auto again = connectSeat(b, QStringLiteral("agent01"));
    QVERIFY(again);
    QTRY_COMPARE_WITH_TIMEOUT(again->callIds(), QStringList { callId(posted) }, kTimeoutMs);
    QTest::qWait(300);
    QCOMPARE(again->calls.size(), 1); // the next call waits for this one's wrap-up
    QCOMPARE(seatOf(callId(meanwhile)), QString());
}

QTEST_MAIN(TestCallRouting)
#include "tst_callrouting.moc"
