#include "centralfixture.h"
#include "seatconsole.h"

#include "store/userstore.h"

#include "core/businesscalendar.h"

#include <QJsonArray>
#include <QTest>

using namespace parasol;

namespace {

const QString kPassword = QStringLiteral("parasol-demo");

QJsonObject feedOrder(const QString &orderNo, const QString &phone, const QDate &birthDate)
{
    return QJsonObject {
        { QStringLiteral("order_no"), orderNo },
        { QStringLiteral("placed_at"), QStringLiteral("2026-11-18T20:15:00+08:00") },
        { QStringLiteral("signed_at"), QJsonValue::Null },
        { QStringLiteral("customer"), QJsonObject { { QStringLiteral("external_id"), QString(QStringLiteral("X") + orderNo) },
                                                     { QStringLiteral("name"), QStringLiteral("周丽") },
                                                     { QStringLiteral("phone"), phone },
                                                     { QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate) },
                                                     { QStringLiteral("gender"), QStringLiteral("f") },
                                                     { QStringLiteral("city"), QStringLiteral("南京") } } },
        { QStringLiteral("lines"),
          QJsonArray { QJsonObject { { QStringLiteral("line_id"), QStringLiteral("L1") },
                                     { QStringLiteral("sku"), QStringLiteral("100012") },
                                     { QStringLiteral("title"), QStringLiteral("美的 空调 1.5匹") },
                                     { QStringLiteral("brand"), QStringLiteral("美的") },
                                     { QStringLiteral("category"), QStringLiteral("air_conditioner") },
                                     { QStringLiteral("unit_price_fen"), 329900 },
                                     { QStringLiteral("qty"), 1 },
                                     { QStringLiteral("discount_fen"), 0 } } } },
    };
}

qint64 shanghaiTime(QDate day, int hour, int minute, int second)
{
    return BusinessCalendar::startOfDay(day) + ((hour * 60 + minute) * 60 + second) * 1000LL;
}

} // namespace

// POST /api/v1/calls and the call's way to one seat over /api/v1/events (RULES.md §3),
// through real HTTP and WebSocket connections, on SQLite and PostgreSQL.
class TestCalls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void elderFromThe57thBirthdayOn_data();
    void elderFromThe57thBirthdayOn();
    void unknownNumberGoesToTheGeneralQueue();
    void onlyFeedAndAdminPostCalls_data();
    void onlyFeedAndAdminPostCalls();
    void badAniIsRefused_data();
    void badAniIsRefused();
    void callReachesOnlyOneSeatOfItsQueue();
    void busySeatIsSkippedAndTheIdlestSeatGoesFirst();
    void waitingCallGoesToTheSeatThatFreesUp();
    void waitingCallGoesToTheFirstSeatThatConnects();

private:
    QString token(const QString &login);
    test::HttpTestClient::Reply postCall(const QString &ani, const QString &login = QStringLiteral("feed01"));
    QString addCustomer(const QString &orderNo, const QString &phone, QDate birthDate);
    std::unique_ptr<test::SeatConsole> connectSeat(const QString &login);
    test::HttpTestClient::Reply wrapUp(const QString &login, qint64 mid, const QJsonObject &data);

    std::unique_ptr<test::CentralFixture> m_central;
    QHash<QString, QString> m_tokens;
};

void TestCalls::init()
{
    m_tokens.clear();
    m_central = std::make_unique<test::CentralFixture>();
    const QString failure = m_central->start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestCalls::cleanup()
{
    m_central.reset();
}

QString TestCalls::token(const QString &login)
{
    if (!m_tokens.contains(login))
        m_tokens.insert(login, m_central->http->login(login, kPassword));
    return m_tokens.value(login);
}

test::HttpTestClient::Reply TestCalls::postCall(const QString &ani, const QString &login)
{
    return m_central->http->post(QStringLiteral("/api/v1/calls"), QJsonObject { { QStringLiteral("ani"), ani } }, token(login));
}

QString TestCalls::addCustomer(const QString &orderNo, const QString &phone, QDate birthDate)
{
    const auto fed = m_central->http->post(QStringLiteral("/api/v1/feed/orders"),
                                           QJsonObject { { QStringLiteral("orders"), QJsonArray { feedOrder(orderNo, phone, birthDate) } } },
                                           token(QStringLiteral("feed01")));
    if (fed.status != 200)
        return QString();
    const auto found = m_central->http->get(QStringLiteral("/api/v1/customers?phone=") + QString::fromLatin1(QUrl::toPercentEncoding(phone)), token(QStringLiteral("admin")));
    return found.json.value(QLatin1String("customers")).toArray().first().toObject().value(QLatin1String("id")).toString();
}

std::unique_ptr<test::SeatConsole> TestCalls::connectSeat(const QString &login)
{
    return test::SeatConsole::connect(m_central->baseUrl, token(login));
}

test::HttpTestClient::Reply TestCalls::wrapUp(const QString &login, qint64 mid, const QJsonObject &data)
{
    const QJsonObject mutation { { QStringLiteral("mid"), mid }, { QStringLiteral("type"), QStringLiteral("call.wrap_up") }, { QStringLiteral("data"), data } };
    return m_central->http->post(QStringLiteral("/api/v1/sync/push"),
                                 QJsonObject { { QStringLiteral("client_id"), QString(QStringLiteral("console-") + login) },
                                               { QStringLiteral("mutations"), QJsonArray { mutation } } },
                                 token(login));
}

void TestCalls::elderFromThe57thBirthdayOn_data()
{
    QTest::addColumn<qint64>("callAt");
    QTest::addColumn<QString>("queue");
    const QDate birthday57 = test::CentralFixture::kAnchor;
    QTest::addRow("57th birthday, 00:00 Shanghai") << shanghaiTime(birthday57, 0, 0, 0) << u"elder"_qs;
    QTest::addRow("57th birthday, evening") << shanghaiTime(birthday57, 21, 0, 0) << u"elder"_qs;
    QTest::addRow("the day before, 23:59:59 Shanghai") << shanghaiTime(birthday57.addDays(-1), 23, 59, 59) << u"general"_qs;
}

void TestCalls::elderFromThe57thBirthdayOn()
{
    QFETCH(qint64, callAt);
    QFETCH(QString, queue);
    const QDate birthDate = test::CentralFixture::kAnchor.addYears(-57);
    const QString customerId = addCustomer(QStringLiteral("JD2026111900057"), QStringLiteral("+8613700057057"), birthDate);
    QVERIFY(!customerId.isEmpty());

    m_central->clock.setNowMs(callAt);
    const auto reply = postCall(QStringLiteral("137 0005 7057"));
    QCOMPARE(reply.status, 200);
    const QJsonObject call = reply.json.value(QLatin1String("call")).toObject();
    QCOMPARE(call.value(QLatin1String("queue")).toString(), queue);
    QCOMPARE(call.value(QLatin1String("customer_id")).toString(), customerId);
    QVERIFY(!call.value(QLatin1String("id")).toString().isEmpty());
}

void TestCalls::unknownNumberGoesToTheGeneralQueue()
{
    const QString ani = QStringLiteral("+8613100001111");
    const auto lookup = m_central->http->get(QStringLiteral("/api/v1/customers?phone=") + QString::fromLatin1(QUrl::toPercentEncoding(ani)), token(QStringLiteral("admin")));
    QVERIFY(lookup.json.value(QLatin1String("customers")).toArray().isEmpty());

    const auto reply = postCall(ani);
    QCOMPARE(reply.status, 200);
    const QJsonObject call = reply.json.value(QLatin1String("call")).toObject();
    QCOMPARE(call.value(QLatin1String("queue")).toString(), u"general"_qs);
    QVERIFY(call.contains(QLatin1String("customer_id")));
    QVERIFY(call.value(QLatin1String("customer_id")).isNull());
}

void TestCalls::onlyFeedAndAdminPostCalls_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("status");
    QTest::addRow("feed") << u"feed01"_qs << 200;
    QTest::addRow("admin") << u"admin"_qs << 200;
    QTest::addRow("agent") << u"agent01"_qs << 403;
    QTest::addRow("lead") << u"lead01"_qs << 403;
    QTest::addRow("brand") << u"midea01"_qs << 403;
}

void TestCalls::onlyFeedAndAdminPostCalls()
{
    QFETCH(QString, login);
    QFETCH(int, status);
    const auto reply = postCall(QStringLiteral("+8613800138000"), login);
    QCOMPARE(reply.status, status);
    if (status == 403)
        QCOMPARE(reply.errorCode(), u"forbidden"_qs);
}

void TestCalls::badAniIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("missing") << QByteArray("{}");
    QTest::addRow("null") << QByteArray(R"({"ani":null})");
    QTest::addRow("a number, not a string") << QByteArray(R"({"ani":13800138000})");
    QTest::addRow("too short") << QByteArray(R"({"ani":"12345"})");
    QTest::addRow("words") << QByteArray(R"({"ani":"call me"})");
    QTest::addRow("not JSON") << QByteArray("ani=+8613800138000");
}

void TestCalls::badAniIsRefused()
{
    QFETCH(QByteArray, body);
    const auto reply = m_central->http->send("POST", QStringLiteral("/api/v1/calls"), body, token(QStringLiteral("feed01")));
    QCOMPARE(reply.status, 400);
    QVERIFY2(!reply.errorCode().isEmpty(), reply.raw.constData());
    QVERIFY(!reply.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
}

void TestCalls::callReachesOnlyOneSeatOfItsQueue()
{
    const QString youngId = addCustomer(QStringLiteral("JD2026111900030"), QStringLiteral("+8613700030030"), QDate(1990, 4, 1));
    QVERIFY(!youngId.isEmpty());
    auto general = connectSeat(QStringLiteral("agent01"));
    auto elder = connectSeat(QStringLiteral("elder01"));
    auto lead = connectSeat(QStringLiteral("lead01"));
    QVERIFY(general && elder && lead);

    const auto generalCall = postCall(QStringLiteral("13700030030"));
    QCOMPARE(generalCall.status, 200);
    QCOMPARE(generalCall.json.value(QLatin1String("call")).toObject().value(QLatin1String("agent")).toString(), u"agent01"_qs);
    QTRY_COMPARE(general->calls.size(), 1);
    const QJsonObject call = general->calls.first();
    QCOMPARE(call.value(QLatin1String("id")), generalCall.json.value(QLatin1String("call")).toObject().value(QLatin1String("id")));
    QCOMPARE(call.value(QLatin1String("queue")).toString(), u"general"_qs);
    QCOMPARE(call.value(QLatin1String("customer_id")).toString(), youngId);
    QCOMPARE(call.value(QLatin1String("ani")).toString(), u"+8613700030030"_qs);
    const QJsonObject customer = call.value(QLatin1String("customer")).toObject();
    QCOMPARE(customer.value(QLatin1String("name_masked")).toString(), u"周*"_qs);
    QCOMPARE(customer.value(QLatin1String("phone_masked")).toString(), u"137****0030"_qs);
    QCOMPARE(customer.value(QLatin1String("age")).toInt(), 36);
    QCOMPARE(customer.value(QLatin1String("elder")).toBool(), false);

    // 张伟 (born 1962) is an elder caller: the elder seat gets him, the busy general seat nothing more.
    const auto elderCall = postCall(QStringLiteral("+86 138 0013 8000"));
    QCOMPARE(elderCall.json.value(QLatin1String("call")).toObject().value(QLatin1String("queue")).toString(), u"elder"_qs);
    QTRY_COMPARE(elder->calls.size(), 1);
    QCOMPARE(elder->calls.first().value(QLatin1String("customer")).toObject().value(QLatin1String("name_masked")).toString(), u"张*"_qs);
    QVERIFY(elder->calls.first().value(QLatin1String("customer")).toObject().value(QLatin1String("elder")).toBool());
    QTest::qWait(200);
    QCOMPARE(general->calls.size(), 1);
    QVERIFY(lead->calls.isEmpty());
}

void TestCalls::busySeatIsSkippedAndTheIdlestSeatGoesFirst()
{
    User second { QStringLiteral("U901"), QStringLiteral("agent02"), QStringLiteral("刘洋"), Role::Agent, Seat::General, {} };
    QVERIFY(UserStore(m_central->service->database()).create(second, kPassword, m_central->clock.nowMs()));
    // agent02 has been waiting longer than agent01.
    auto waitingLonger = connectSeat(QStringLiteral("agent02"));
    m_central->clock.advanceMs(60 * 1000);
    auto waitingLess = connectSeat(QStringLiteral("agent01"));
    QVERIFY(waitingLonger && waitingLess);

    const auto first = postCall(QStringLiteral("+8613100000001"));
    QCOMPARE(first.json.value(QLatin1String("call")).toObject().value(QLatin1String("agent")).toString(), u"agent02"_qs);
    const auto second2 = postCall(QStringLiteral("+8613100000002"));
    QCOMPARE(second2.json.value(QLatin1String("call")).toObject().value(QLatin1String("agent")).toString(), u"agent01"_qs);
    const auto third = postCall(QStringLiteral("+8613100000003"));
    QCOMPARE(third.status, 200);
    QVERIFY(third.json.value(QLatin1String("call")).toObject().value(QLatin1String("agent")).isNull());

    QTRY_COMPARE(waitingLonger->callIds(), QStringList { first.json.value(QLatin1String("call")).toObject().value(QLatin1String("id")).toString() });
    QTRY_COMPARE(waitingLess->callIds(), QStringList { second2.json.value(QLatin1String("call")).toObject().value(QLatin1String("id")).toString() });
}

void TestCalls::waitingCallGoesToTheSeatThatFreesUp()
{
    auto seat = connectSeat(QStringLiteral("agent01"));
    auto otherSeat = connectSeat(QStringLiteral("elder01"));
    QVERIFY(seat && otherSeat);
    const QString youngId = addCustomer(QStringLiteral("JD2026111900031"), QStringLiteral("+8613700030031"), QDate(1988, 2, 3));
    const auto taken = postCall(QStringLiteral("+8613700030031")).json.value(QLatin1String("call")).toObject();
    const auto waiting = postCall(QStringLiteral("+8613100000009")).json.value(QLatin1String("call")).toObject();
    QCOMPARE(taken.value(QLatin1String("agent")).toString(), u"agent01"_qs);
    QVERIFY(waiting.value(QLatin1String("agent")).isNull());
    QTRY_COMPARE(seat->calls.size(), 1);

    // Another seat may not wrap up this seat's call.
    const auto foreign = wrapUp(QStringLiteral("elder01"), 1,
                                { { QStringLiteral("call_id"), taken.value(QLatin1String("id")) },
                                  { QStringLiteral("reason"), QStringLiteral("inquiry") },
                                  { QStringLiteral("customer_id"), QJsonValue::Null } });
    QCOMPARE(foreign.status, 200);
    const QJsonObject refused = foreign.json.value(QLatin1String("results")).toArray().first().toObject();
    QCOMPARE(refused.value(QLatin1String("status")).toString(), u"rejected"_qs);
    QCOMPARE(refused.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(), u"forbidden"_qs);
    QTest::qWait(100);
    QCOMPARE(seat->calls.size(), 1);

    const auto done = wrapUp(QStringLiteral("agent01"), 1,
                             { { QStringLiteral("call_id"), taken.value(QLatin1String("id")) },
                               { QStringLiteral("reason"), QStringLiteral("delivery") },
                               { QStringLiteral("text"), QStringLiteral("问送货时间，已告知明天上午") },
                               { QStringLiteral("customer_id"), QJsonValue::Null } });
    const QJsonObject result = done.json.value(QLatin1String("results")).toArray().first().toObject();
    QCOMPARE(result.value(QLatin1String("status")).toString(), u"applied"_qs);
    QTRY_COMPARE(seat->calls.size(), 2);
    QCOMPARE(seat->calls.last().value(QLatin1String("id")), waiting.value(QLatin1String("id")));
    QVERIFY(seat->calls.last().value(QLatin1String("customer")).isNull());

    // The wrap-up is a contact of kind "call" in the customer's view.
    const auto view = m_central->http->get(QStringLiteral("/api/v1/customers/") + youngId, token(QStringLiteral("agent01")));
    const QJsonArray contacts = view.json.value(QLatin1String("contacts")).toArray();
    const auto call = std::find_if(contacts.begin(), contacts.end(), [](const QJsonValue &c) {
        return c.toObject().value(QLatin1String("kind")).toString() == u"call";
    });
    QVERIFY(call != contacts.end());
    QCOMPARE(call->toObject().value(QLatin1String("reason")).toString(), u"delivery"_qs);
    QCOMPARE(call->toObject().value(QLatin1String("text")).toString(), u"问送货时间，已告知明天上午"_qs);
    QCOMPARE(call->toObject().value(QLatin1String("agent")).toString(), u"agent01"_qs);

    // A second wrap-up of the same call is refused.
    const auto again = wrapUp(QStringLiteral("agent01"), 2,
                              { { QStringLiteral("call_id"), taken.value(QLatin1String("id")) }, { QStringLiteral("reason"), QStringLiteral("other") } });
    QCOMPARE(again.json.value(QLatin1String("results")).toArray().first().toObject().value(QLatin1String("status")).toString(),
             u"rejected"_qs);
}

void TestCalls::waitingCallGoesToTheFirstSeatThatConnects()
{
    const auto older = postCall(QStringLiteral("+8613800138000")).json.value(QLatin1String("call")).toObject();
    m_central->clock.advanceMs(1000);
    QCOMPARE(postCall(QStringLiteral("+8613800138000")).status, 200);
    QCOMPARE(older.value(QLatin1String("queue")).toString(), u"elder"_qs);
    QVERIFY(older.value(QLatin1String("agent")).isNull());

    auto seat = connectSeat(QStringLiteral("elder01"));
    QVERIFY(seat);
    QTRY_COMPARE(seat->callIds(), QStringList { older.value(QLatin1String("id")).toString() });
    QTest::qWait(100);
    QCOMPARE(seat->calls.size(), 1); // the newer call waits for this seat's wrap-up
}

QTEST_MAIN(TestCalls)
#include "tst_calls.moc"
