// The console's working set against a real central service in this process (SQLite and
// PostgreSQL): a customer the replica does not hold is fetched from central and subscribed,
// so later changes arrive with the pull; customers not used for a while are dropped unless
// the outbox still refers to them; a late change never brings back half a customer; and a
// cache miss while central is unreachable fails clearly. The oracle: each console's rows
// equal central's rows for the console's working set.
#include "consolerig.h"
#include "syncoracle.h"
#include "syncworld.h"

#include "support/faultproxy.h"
#include "support/httptestclient.h"

#include "central/centralservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace parasol;
using namespace Qt::StringLiterals;

class TestWorkingSetSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aBootstrapHoldsOnlyTheWorkingSet();
    void aCacheMissIsFetchedSubscribedAndKeptUpToDate();
    void droppingKeepsWhatTheOutboxRefersToAndForgetsTheIdle();
    void aLateChangeDoesNotBringBackADroppedCustomer();
    void aCacheMissOfflineFailsClearlyAndLeavesNothing();
    void anUnsubscribeThatFailedIsSentAgain();
    void aLookupRightAfterADropStaysSubscribed();

private:
    // A second customer, in nobody's working set. Returns their id.
    QString feedOtherCustomer();
    // A note on `customerId` written through another console (client "elsewhere").
    bool noteElsewhere(const QString &customerId, const QString &text);
    // (entity/id → row_version) of a customer's rows, at central and in a console.
    QMap<QString, qint64> serverRowsOf(const QString &customerId);
    QMap<QString, qint64> replicaRowsOf(test::ConsoleRig &console, const QString &customerId);
    bool fetch(test::ConsoleRig &console, const QString &customerId, Error *error = nullptr);
    // Starts agent's console talking to central through `proxy`, synced; an empty string or why not.
    QString startBehind(test::FaultProxy &proxy, test::ConsoleRig &console);
    // Whether central has `login` subscribed to the customer's changes.
    bool subscribed(const QString &login, const QString &customerId);

    test::LocalCentral m_local;
    CentralService *m_central = nullptr;
    QString m_customerId;
    int m_elsewhereMid = 0;
};

namespace {
const QString kPassword = test::SyncWorld::kPassword;
}

void TestWorkingSetSync::init()
{
    QCOMPARE(m_local.start(), QString());
    m_central = m_local.service.get();
    m_customerId = m_local.customerId;
    m_elsewhereMid = 0;
}

void TestWorkingSetSync::cleanup()
{
    m_local.stop();
}

QString TestWorkingSetSync::feedOtherCustomer()
{
    test::HttpTestClient http(m_local.url);
    const QJsonObject order = test::SyncWorld::order(u"JD2026110200002"_s, u"C2"_s, u"李娜"_s, u"+8613900139000"_s);
    const auto fed = http.post(u"/api/v1/feed/orders"_s, QJsonObject { { u"orders"_s, QJsonArray { order } } },
                               http.login(u"feed"_s, kPassword));
    if (fed.status != 200)
        return QString();
    const auto found = http.get(u"/api/v1/customers?phone=13900139000"_s, http.login(u"agent"_s, kPassword));
    return found.json.value("customers"_L1).toArray().first().toObject().value("id"_L1).toString();
}

bool TestWorkingSetSync::noteElsewhere(const QString &customerId, const QString &text)
{
    test::HttpTestClient http(m_local.url);
    const QJsonObject mutation { { u"mid"_s, ++m_elsewhereMid }, { u"type"_s, u"contact.note"_s },
                                 { u"data"_s, test::SyncWorld::note(customerId, text) } };
    const auto pushed = http.post(u"/api/v1/sync/push"_s,
                                  QJsonObject { { u"client_id"_s, u"elsewhere"_s }, { u"mutations"_s, QJsonArray { mutation } } },
                                  http.login(u"agent2"_s, kPassword));
    return pushed.status == 200;
}

QMap<QString, qint64> TestWorkingSetSync::serverRowsOf(const QString &customerId)
{
    return test::SyncOracle::serverRowsOf(m_central->database(), customerId);
}

QMap<QString, qint64> TestWorkingSetSync::replicaRowsOf(test::ConsoleRig &console, const QString &customerId)
{
    return test::SyncOracle::replicaRowsOf(*console.replica, customerId);
}

bool TestWorkingSetSync::fetch(test::ConsoleRig &console, const QString &customerId, Error *error)
{
    bool answered = false, ok = false;
    console.engine->fetchCustomer(customerId, [&](Status fetched) {
        answered = true;
        ok = bool(fetched);
        if (!fetched && error)
            *error = fetched.error();
    });
    QDeadlineTimer deadline(20000);
    while (!answered && !deadline.hasExpired())
        QTest::qWait(10);
    return ok;
}

QString TestWorkingSetSync::startBehind(test::FaultProxy &proxy, test::ConsoleRig &console)
{
    if (QString failed = console.start(QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())), u"agent"_s, kPassword);
        !failed.isEmpty())
        return failed;
    return console.syncAndWait() ? QString() : u"the first sync did not finish"_s;
}

bool TestWorkingSetSync::subscribed(const QString &login, const QString &customerId)
{
    return m_central->database()
               .scalar(u"SELECT COUNT(*) FROM subscriptions s JOIN users u ON u.id = s.user_id WHERE u.login = ? "
                       "AND s.customer_id = ?"_s,
                       { login, customerId })
               .value()
               .toInt()
        > 0;
}

void TestWorkingSetSync::aBootstrapHoldsOnlyTheWorkingSet()
{
    const QString other = feedOtherCustomer();
    QVERIFY(!other.isEmpty());
    test::ConsoleRig console;
    QCOMPARE(console.start(m_local.url, u"agent"_s, kPassword), QString());
    QVERIFY(console.syncAndWait());

    QVERIFY(*console.replica->holdsCustomer(m_customerId));
    QCOMPARE(replicaRowsOf(console, m_customerId), serverRowsOf(m_customerId));
    QVERIFY(!*console.replica->holdsCustomer(other));
    QCOMPARE(replicaRowsOf(console, other), (QMap<QString, qint64>()));
    QCOMPARE(*console.replica->count(u"customer"_s), 1);
}

void TestWorkingSetSync::aCacheMissIsFetchedSubscribedAndKeptUpToDate()
{
    const QString other = feedOtherCustomer();
    test::ConsoleRig console;
    QCOMPARE(console.start(m_local.url, u"agent"_s, kPassword), QString());
    QVERIFY(console.syncAndWait());
    QVERIFY(!*console.replica->holdsCustomer(other));

    QVERIFY(fetch(console, other));
    QVERIFY(*console.replica->holdsCustomer(other));
    QVERIFY(!serverRowsOf(other).isEmpty());
    QCOMPARE(replicaRowsOf(console, other), serverRowsOf(other));
    // Found by the local search from now on.
    auto found = console.replica->searchCustomers(u"13900139000"_s, 10);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);

    // A change made elsewhere comes with the next pull.
    QVERIFY(noteElsewhere(other, u"changed elsewhere"_s));
    QVERIFY(console.syncAndWait());
    QCOMPARE(replicaRowsOf(console, other), serverRowsOf(other));
    auto contacts = console.replica->rowsOf(u"contact"_s, other);
    QVERIFY(contacts);
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(contacts->first().data.value("text"_L1).toString(), u"changed elsewhere"_s);
    // The first customer is still as central has them.
    QCOMPARE(replicaRowsOf(console, m_customerId), serverRowsOf(m_customerId));

    // An unknown id is refused and leaves nothing behind.
    Error error;
    QVERIFY(!fetch(console, u"no-such-customer"_s, &error));
    QCOMPARE(error.code, u"not_found"_s);
    QVERIFY(!*console.replica->holdsCustomer(u"no-such-customer"_s));
}

void TestWorkingSetSync::droppingKeepsWhatTheOutboxRefersToAndForgetsTheIdle()
{
    const QString other = feedOtherCustomer();
    test::ConsoleRig console;
    QCOMPARE(console.start(m_local.url, u"agent"_s, kPassword), QString());
    QVERIFY(console.syncAndWait());
    QVERIFY(fetch(console, other));

    // Work about the first customer waits in the outbox (not pushed yet).
    QVERIFY(console.outbox->enqueue(u"contact.note"_s, test::SyncWorld::note(m_customerId, u"unsent"_s), m_customerId,
                                    QDateTime::currentMSecsSinceEpoch()));
    // Both unused since a moment from now: idle.
    auto dropped = console.engine->dropUnusedSince(QDateTime::currentMSecsSinceEpoch() + 1000);
    QVERIFY(dropped);
    QCOMPARE(*dropped, QStringList { other });
    QVERIFY(*console.replica->holdsCustomer(m_customerId));
    QCOMPARE(replicaRowsOf(console, m_customerId), serverRowsOf(m_customerId));
    QVERIFY(!*console.replica->holdsCustomer(other));
    QCOMPARE(replicaRowsOf(console, other), (QMap<QString, qint64>()));
    QVERIFY(console.replica->searchCustomers(u"13900139000"_s, 10)->isEmpty());
    // Central forgets the subscription: later changes stay there.
    QTRY_VERIFY_WITH_TIMEOUT(!subscribed(u"agent"_s, other), 20000);

    // A customer used recently is not idle.
    QVERIFY(fetch(console, other));
    QVERIFY(subscribed(u"agent"_s, other));
    auto none = console.engine->dropUnusedSince(QDateTime::currentMSecsSinceEpoch() - 60'000);
    QVERIFY(none);
    QCOMPARE(*none, QStringList());
    QVERIFY(*console.replica->holdsCustomer(other));
}

void TestWorkingSetSync::aLateChangeDoesNotBringBackADroppedCustomer()
{
    test::ConsoleRig console;
    QCOMPARE(console.start(m_local.url, u"agent"_s, kPassword), QString());
    QVERIFY(console.syncAndWait());
    // Dropped here while central still has the subscription (the unsubscription lost).
    QVERIFY(console.replica->dropCustomer(m_customerId));
    QVERIFY(noteElsewhere(m_customerId, u"late change"_s));
    QVERIFY(console.syncAndWait());
    QCOMPARE(replicaRowsOf(console, m_customerId), (QMap<QString, qint64>()));
    QVERIFY(!*console.replica->holdsCustomer(m_customerId));
}

void TestWorkingSetSync::aCacheMissOfflineFailsClearlyAndLeavesNothing()
{
    const QString other = feedOtherCustomer();
    test::FaultProxy proxy(m_local.port);
    test::ConsoleRig console;
    QCOMPARE(startBehind(proxy, console), QString());

    proxy.setMode(test::FaultProxy::Mode::Refuse);
    Error error;
    QVERIFY(!fetch(console, other, &error));
    QCOMPARE(error.code, u"offline"_s);
    QVERIFY(!console.engine->isOnline());
    QVERIFY(!*console.replica->holdsCustomer(other));
    QCOMPARE(replicaRowsOf(console, other), (QMap<QString, qint64>()));

    // Back online, the same lookup works.
    proxy.setMode(test::FaultProxy::Mode::Pass);
    QVERIFY(fetch(console, other));
    QCOMPARE(replicaRowsOf(console, other), serverRowsOf(other));
}

void TestWorkingSetSync::anUnsubscribeThatFailedIsSentAgain()
{
    const QString other = feedOtherCustomer();
    test::FaultProxy proxy(m_local.port);
    test::ConsoleRig console;
    QCOMPARE(startBehind(proxy, console), QString());
    QVERIFY(fetch(console, other));

    // Dropped while central cannot be reached: the unsubscription cannot go.
    proxy.setMode(test::FaultProxy::Mode::Refuse);
    QVERIFY(console.engine->dropUnusedSince(QDateTime::currentMSecsSinceEpoch() + 1000));
    QVERIFY(!*console.replica->holdsCustomer(other));
    QTest::qWait(200);
    QVERIFY(subscribed(u"agent"_s, other));

    // Back online, the next sync sends it again.
    proxy.setMode(test::FaultProxy::Mode::Pass);
    QVERIFY(console.syncAndWait());
    QTRY_VERIFY_WITH_TIMEOUT(!subscribed(u"agent"_s, other), 20000);
}

void TestWorkingSetSync::aLookupRightAfterADropStaysSubscribed()
{
    const QString other = feedOtherCustomer();
    test::FaultProxy proxy(m_local.port);
    test::ConsoleRig console;
    QCOMPARE(startBehind(proxy, console), QString());
    QVERIFY(fetch(console, other));

    // The unsubscription is slow on its way; the agent looks the customer up again
    // meanwhile, and that lookup must not overtake it.
    proxy.setLatencyMs(500);
    QVERIFY(console.engine->dropUnusedSince(QDateTime::currentMSecsSinceEpoch() + 1000));
    QTest::qWait(100); // the proxy has it, held back for 500 ms
    proxy.setLatencyMs(0);
    QVERIFY(fetch(console, other));
    QTest::qWait(1000); // the slow request has long arrived
    QVERIFY(subscribed(u"agent"_s, other));

    // And so a change made elsewhere still reaches the console.
    QVERIFY(noteElsewhere(other, u"after the lookup"_s));
    QVERIFY(console.syncAndWait());
    QCOMPARE(replicaRowsOf(console, other), serverRowsOf(other));
}

QTEST_MAIN(TestWorkingSetSync)
#include "tst_workingsetsync.moc"
