#include "centralfixture.h"

#include "store/entityschema.h"
#include "store/metastore.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace parasol;

// parasol-central through HTTP, as a console or a feed would use it, on SQLite and (in
// the _postgresql variant) PostgreSQL, seeded with the demo data.
class TestCentralApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void healthNamesTheDatabase();
    void loginGivesATokenAndTheUser();
    void badLoginsAreRefused_data();
    void badLoginsAreRefused();
    void everyRouteButHealthAndSessionsNeedsAToken();
    void rolesAreEnforced_data();
    void rolesAreEnforced();
    void unknownPathsMethodsAndHugeBodies();

    void findsACustomerByPhoneInAnyForm_data();
    void findsACustomerByPhoneInAnyForm();
    void findsACustomerByOrderNumberAndText_data();
    void findsACustomerByOrderNumberAndText();
    void lookupRefusesAmbiguousQueries();
    void unifiedViewHasEveryOrderWithItsLines();
    void unifiedViewOfAnUnknownCustomerIs404();
    void timelineListsNodesInTimeOrder();

    void pullPagesSeeEveryRowExactlyOnce();
    void pullAfterBootstrapBringsNewChanges();
    void pullRefusesForeignAndBrokenCursors();

    void feedRejectsBadOrdersNamingTheField_data();
    void feedRejectsBadOrdersNamingTheField();
    void feedCannotMoveAnOrderToAnotherCustomer();
    void returnsCannotExceedWhatWasBought();

    void pushAppliesEachMutationOnce();

private:
    QString token(const QString &login);
    QJsonObject unifiedView(const QString &customerId);
    QString showcaseCustomerId();

    test::CentralFixture m_central;
    QHash<QString, QString> m_tokens;
};

namespace {
const QString kShowcasePhone = QStringLiteral("+8613800138000");

QJsonObject feedOrder(const QString &orderNo, const QString &externalId, const QString &phone)
{
    return QJsonObject {
        { QStringLiteral("order_no"), orderNo },
        { QStringLiteral("placed_at"), QStringLiteral("2026-11-18T20:15:00+08:00") },
        { QStringLiteral("signed_at"), QStringLiteral("2026-11-19T11:02:00+08:00") },
        { QStringLiteral("customer"), QJsonObject { { QStringLiteral("external_id"), externalId },
                                                     { QStringLiteral("name"), QStringLiteral("王芳") },
                                                     { QStringLiteral("phone"), phone },
                                                     { QStringLiteral("birth_date"), QStringLiteral("1960-03-02") },
                                                     { QStringLiteral("gender"), QStringLiteral("f") },
                                                     { QStringLiteral("city"), QStringLiteral("杭州") } } },
        { QStringLiteral("lines"),
          QJsonArray { QJsonObject { { QStringLiteral("line_id"), QStringLiteral("L1") },
                                     { QStringLiteral("sku"), QStringLiteral("100012") },
                                     { QStringLiteral("title"), QStringLiteral("美的 空调 1.5匹") },
                                     { QStringLiteral("brand"), QStringLiteral("美的") },
                                     { QStringLiteral("category"), QStringLiteral("air_conditioner") },
                                     { QStringLiteral("unit_price_fen"), 329900 },
                                     { QStringLiteral("qty"), 2 },
                                     { QStringLiteral("discount_fen"), 20000 } } } },
    };
}
} // namespace

void TestCentralApi::initTestCase()
{
    const QString problem = m_central.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QString TestCentralApi::token(const QString &login)
{
    if (!m_tokens.contains(login))
        m_tokens.insert(login, m_central.http->login(login));
    return m_tokens.value(login);
}

QJsonObject TestCentralApi::unifiedView(const QString &customerId)
{
    return m_central.http->get(QStringLiteral("/api/v1/customers/") + customerId, token(QStringLiteral("agent01"))).json;
}

QString TestCentralApi::showcaseCustomerId()
{
    const auto reply = m_central.http->get(QStringLiteral("/api/v1/customers?phone=%2B8613800138000"), token(QStringLiteral("agent01")));
    return reply.json.value(QLatin1String("customers")).toArray().first().toObject().value(QLatin1String("id")).toString();
}

void TestCentralApi::healthNamesTheDatabase()
{
    const auto reply = m_central.http->get(QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QLatin1String("status")).toString(), u"ok"_qs);
    QCOMPARE(reply.json.value(QLatin1String("db")).toString(), test::TestDatabase::postgres() ? u"postgresql"_qs : u"sqlite"_qs);
}

void TestCentralApi::loginGivesATokenAndTheUser()
{
    const auto reply = m_central.http->post(QStringLiteral("/api/v1/sessions"),
                                            QJsonObject { { QStringLiteral("login"), QStringLiteral("elder01") },
                                                          { QStringLiteral("password"), QStringLiteral("parasol-demo") } });
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.value(QLatin1String("token")).toString().size() >= 32);
    const QJsonObject user = reply.json.value(QLatin1String("user")).toObject();
    QCOMPARE(user.value(QLatin1String("login")).toString(), u"elder01"_qs);
    QCOMPARE(user.value(QLatin1String("role")).toString(), u"agent"_qs);
    QCOMPARE(user.value(QLatin1String("seat")).toString(), u"elder"_qs);
    QVERIFY(!user.value(QLatin1String("id")).toString().isEmpty());
}

void TestCentralApi::badLoginsAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("wrong password") << QByteArray(R"({"login":"agent01","password":"nope"})") << 401 << u"unauthorized"_qs;
    QTest::addRow("unknown user") << QByteArray(R"({"login":"ghost","password":"parasol-demo"})") << 401 << u"unauthorized"_qs;
    QTest::addRow("malformed JSON") << QByteArray("{") << 400 << u"malformed_json"_qs;
    QTest::addRow("not an object") << QByteArray("[1,2]") << 400 << u"expected_object"_qs;
    QTest::addRow("missing password") << QByteArray(R"({"login":"agent01"})") << 400 << u"invalid_field"_qs;
    QTest::addRow("login of the wrong type") << QByteArray(R"({"login":5,"password":"x"})") << 400 << u"invalid_field"_qs;
    QTest::addRow("empty body") << QByteArray() << 400 << u"malformed_json"_qs;
}

void TestCentralApi::badLoginsAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto reply = m_central.http->send("POST", QStringLiteral("/api/v1/sessions"), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
}

void TestCentralApi::everyRouteButHealthAndSessionsNeedsAToken()
{
    for (const auto &[method, path] : { std::pair { "GET", "/api/v1/customers?q=zhang" }, std::pair { "GET", "/api/v1/customers/C00000001" },
                                        std::pair { "GET", "/api/v1/sync/pull" }, std::pair { "POST", "/api/v1/sync/push" },
                                        std::pair { "POST", "/api/v1/feed/orders" }, std::pair { "PUT", "/api/v1/feed/prices/100012" } }) {
        const auto none = m_central.http->send(method, QString::fromLatin1(path), "{}");
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), u"unauthorized"_qs);
        const auto forged = m_central.http->send(method, QString::fromLatin1(path), "{}", QStringLiteral("forged-token"));
        QCOMPARE(forged.status, 401);
    }
}

void TestCentralApi::rolesAreEnforced_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addRow("feed may not read customers") << u"feed01"_qs << QByteArray("GET") << u"/api/v1/customers?q=zhang"_qs << 403;
    QTest::addRow("brand may not pull") << u"midea01"_qs << QByteArray("GET") << u"/api/v1/sync/pull"_qs << 403;
    QTest::addRow("agent may not feed orders") << u"agent01"_qs << QByteArray("POST") << u"/api/v1/feed/orders"_qs << 403;
    QTest::addRow("agent may not feed prices") << u"agent01"_qs << QByteArray("PUT") << u"/api/v1/feed/prices/100012"_qs << 403;
    QTest::addRow("lead may read customers") << u"lead01"_qs << QByteArray("GET") << u"/api/v1/customers?q=zhang"_qs << 200;
    QTest::addRow("admin may pull") << u"admin"_qs << QByteArray("GET") << u"/api/v1/sync/pull?limit=1"_qs << 200;
}

void TestCentralApi::rolesAreEnforced()
{
    QFETCH(QString, login);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const auto reply = m_central.http->send(method, path, "{}", token(login));
    QCOMPARE(reply.status, status);
    if (status == 403)
        QCOMPARE(reply.errorCode(), u"forbidden"_qs);
}

void TestCentralApi::unknownPathsMethodsAndHugeBodies()
{
    const QString agent = token(QStringLiteral("agent01"));
    QCOMPARE(m_central.http->get(QStringLiteral("/api/v1/nothing"), agent).status, 404);
    const auto wrongMethod = m_central.http->send("DELETE", QStringLiteral("/api/v1/health"), {});
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.errorCode(), u"method_not_allowed"_qs);
    const QByteArray huge(5 * 1024 * 1024, 'x');
    const auto tooBig = m_central.http->send("POST", QStringLiteral("/api/v1/sync/push"), huge, agent);
    QCOMPARE(tooBig.status, 413);
    QCOMPARE(tooBig.errorCode(), u"payload_too_large"_qs);
}

void TestCentralApi::findsACustomerByPhoneInAnyForm_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addRow("bare") << u"13800138000"_qs;
    QTest::addRow("spaced") << u"+86 138 0013 8000"_qs;
    QTest::addRow("E.164") << u"+8613800138000"_qs;
}

void TestCentralApi::findsACustomerByPhoneInAnyForm()
{
    QFETCH(QString, phone);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("phone"), QString(phone).replace(u'+', QStringLiteral("%2B")));
    const auto reply = m_central.http->get(QStringLiteral("/api/v1/customers?") + query.toString(QUrl::FullyEncoded),
                                           token(QStringLiteral("agent01")));
    QCOMPARE(reply.status, 200);
    const QJsonArray customers = reply.json.value(QLatin1String("customers")).toArray();
    QCOMPARE(customers.size(), 1);
    const QJsonObject customer = customers.first().toObject();
    QCOMPARE(customer.value(QLatin1String("name_masked")).toString(), u"张*"_qs);
    QCOMPARE(customer.value(QLatin1String("phone_masked")).toString(), u"138****8000"_qs);
    QVERIFY(customer.value(QLatin1String("age")).toInt() > 56);
    QVERIFY(customer.value(QLatin1String("elder")).toBool());
    QVERIFY(!reply.raw.contains("13800138000")); // personal data leaves masked
}

void TestCentralApi::findsACustomerByOrderNumberAndText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("name") << u"q=张伟"_qs;
    QTest::addRow("full pinyin") << u"q=zhangwei"_qs;
    QTest::addRow("pinyin prefix") << u"q=zhangw"_qs;
    QTest::addRow("initials") << u"q=zw"_qs;
    QTest::addRow("phone tail") << u"q=8000"_qs;
    QTest::addRow("order number") << u"order_no="_qs;
}

void TestCentralApi::findsACustomerByOrderNumberAndText()
{
    QFETCH(QString, query);
    const QString id = showcaseCustomerId();
    QVERIFY(!id.isEmpty());
    if (query == u"order_no=")
        query += unifiedView(id).value(QLatin1String("orders")).toArray().first().toObject().value(QLatin1String("order_no")).toString();
    const auto reply = m_central.http->get(QStringLiteral("/api/v1/customers?") + query, token(QStringLiteral("agent01")));
    QCOMPARE(reply.status, 200);
    QStringList ids;
    for (const QJsonValue &customer : reply.json.value(QLatin1String("customers")).toArray())
        ids.append(customer.toObject().value(QLatin1String("id")).toString());
    QVERIFY2(ids.contains(id), qPrintable(ids.join(u',')));
}

void TestCentralApi::lookupRefusesAmbiguousQueries()
{
    const QString agent = token(QStringLiteral("agent01"));
    QCOMPARE(m_central.http->get(QStringLiteral("/api/v1/customers"), agent).status, 400);
    QCOMPARE(m_central.http->get(QStringLiteral("/api/v1/customers?q=a&phone=13800138000"), agent).status, 400);
    const auto badPhone = m_central.http->get(QStringLiteral("/api/v1/customers?phone=12"), agent);
    QCOMPARE(badPhone.status, 400);
    QVERIFY(badPhone.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().contains(u"phone"));
}

void TestCentralApi::unifiedViewHasEveryOrderWithItsLines()
{
    const QString id = showcaseCustomerId();
    const QJsonObject view = unifiedView(id);
    for (const char *section : { "customer", "orders", "tickets", "contacts", "claims", "complaints", "entitlements" })
        QVERIFY2(view.contains(QLatin1String(section)), section);
    QCOMPARE(view.value(QLatin1String("customer")).toObject().value(QLatin1String("name_masked")).toString(), u"张*"_qs);

    // Every order of the customer in the database, each with its lines.
    auto expected = m_central.service->database().scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_id = ?"), { id });
    const QJsonArray orders = view.value(QLatin1String("orders")).toArray();
    QCOMPARE(qint64(orders.size()), expected->toLongLong());
    QVERIFY(orders.size() >= 2);
    for (const QJsonValue &order : orders) {
        const QJsonArray lines = order.toObject().value(QLatin1String("lines")).toArray();
        QVERIFY(!lines.isEmpty());
        for (const QJsonValue &line : lines)
            QCOMPARE(line.toObject().value(QLatin1String("order_no")), order.toObject().value(QLatin1String("order_no")));
    }
    // Newest first.
    QVERIFY(orders.first().toObject().value(QLatin1String("placed_at")).toString()
            >= orders.last().toObject().value(QLatin1String("placed_at")).toString());
    QVERIFY(!view.value(QLatin1String("tickets")).toArray().isEmpty()); // the showcase has an open repair
}

void TestCentralApi::unifiedViewOfAnUnknownCustomerIs404()
{
    const auto reply = m_central.http->get(QStringLiteral("/api/v1/customers/C99999999"), token(QStringLiteral("agent01")));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), u"not_found"_qs);
}

void TestCentralApi::timelineListsNodesInTimeOrder()
{
    const QJsonObject view = unifiedView(showcaseCustomerId());
    const QString orderNo = view.value(QLatin1String("tickets")).toArray().first().toObject().value(QLatin1String("order_no")).toString();
    const auto reply = m_central.http->get(QStringLiteral("/api/v1/orders/%1/timeline").arg(orderNo), token(QStringLiteral("agent01")));
    QCOMPARE(reply.status, 200);
    const QJsonArray nodes = reply.json.value(QLatin1String("nodes")).toArray();
    QVERIFY(nodes.size() >= 3);
    QString previous;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        for (const char *key : { "kind", "at", "actor", "due_at", "overdue", "detail" })
            QVERIFY2(node.contains(QLatin1String(key)), key);
        const QString at = node.value(QLatin1String("at")).toString();
        QVERIFY2(previous <= at, qPrintable(previous + u" > " + at));
        previous = at;
    }
    QCOMPARE(nodes.first().toObject().value(QLatin1String("kind")).toString(), u"placed"_qs);
    QCOMPARE(m_central.http->get(QStringLiteral("/api/v1/orders/NOPE/timeline"), token(QStringLiteral("agent01"))).status, 404);
}

void TestCentralApi::pullPagesSeeEveryRowExactlyOnce()
{
    QSet<QString> seen;
    QString cursor;
    bool duplicate = false;
    for (int page = 0; page < 10000; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), cursor);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("97"));
        const auto reply = m_central.http->get(QStringLiteral("/api/v1/sync/pull?") + query.toString(QUrl::FullyEncoded),
                                               token(QStringLiteral("admin")));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(QLatin1String("changes")).toArray().size() <= 97);
        for (const QJsonValue &value : reply.json.value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            const QString key = change.value(QLatin1String("entity")).toString() + u'/' + change.value(QLatin1String("id")).toString();
            duplicate = duplicate || seen.contains(key);
            seen.insert(key);
        }
        cursor = reply.json.value(QLatin1String("cursor")).toString();
        if (!reply.json.value(QLatin1String("has_more")).toBool())
            break;
    }
    QVERIFY2(!duplicate, "a row came twice although nothing changed during the pull");
    qint64 rows = 0;
    for (const EntityDescriptor &entity : EntitySchema::all())
        rows += m_central.service->database().scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(entity.table))->toLongLong();
    QCOMPARE(qint64(seen.size()), rows);
    QVERIFY(rows > 5000); // the demo data: 240 customers and all they own
}

void TestCentralApi::pullAfterBootstrapBringsNewChanges()
{
    const QString admin = token(QStringLiteral("admin"));
    QString cursor;
    for (bool more = true; more;) {
        const auto reply = m_central.http->get(QStringLiteral("/api/v1/sync/pull?limit=5000&cursor=") + cursor, admin);
        QCOMPARE(reply.status, 200);
        cursor = reply.json.value(QLatin1String("cursor")).toString();
        more = reply.json.value(QLatin1String("has_more")).toBool();
    }
    const auto fed = m_central.http->post(QStringLiteral("/api/v1/feed/orders"),
                                          QJsonObject { { QStringLiteral("orders"), QJsonArray { feedOrder(QStringLiteral("JD2026112000001"),
                                                                                                           QStringLiteral("X1"), QStringLiteral("13700137000")) } } },
                                          token(QStringLiteral("feed01")));
    QCOMPARE(fed.status, 200);
    const auto reply = m_central.http->get(QStringLiteral("/api/v1/sync/pull?cursor=") + cursor, admin);
    QCOMPARE(reply.status, 200);
    QSet<QString> entities;
    for (const QJsonValue &value : reply.json.value(QLatin1String("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        entities.insert(change.value(QLatin1String("entity")).toString());
        if (change.value(QLatin1String("entity")).toString() == u"customer")
            QCOMPARE(change.value(QLatin1String("data")).toObject().value(QLatin1String("phone")).toString(), u"+8613700137000"_qs);
    }
    QVERIFY(entities.contains(u"customer"_qs));
    QVERIFY(entities.contains(u"order"_qs));
    QVERIFY(entities.contains(u"order_line"_qs));
    QVERIFY(entities.contains(u"service_node"_qs));
}

void TestCentralApi::pullRefusesForeignAndBrokenCursors()
{
    const QString admin = token(QStringLiteral("admin"));
    const auto garbage = m_central.http->get(QStringLiteral("/api/v1/sync/pull?cursor=not-a-cursor"), admin);
    QCOMPARE(garbage.status, 400);
    QCOMPARE(garbage.errorCode(), u"bad_cursor"_qs);
    QCOMPARE(m_central.http->get(QStringLiteral("/api/v1/sync/pull?limit=0"), admin).status, 400);

    const auto first = m_central.http->get(QStringLiteral("/api/v1/sync/pull?limit=10"), admin);
    const QString cursor = first.json.value(QLatin1String("cursor")).toString();
    QVERIFY(MetaStore::renewGeneration(m_central.service->database())); // as after a restore from backup
    const auto stale = m_central.http->get(QStringLiteral("/api/v1/sync/pull?cursor=") + cursor, admin);
    QCOMPARE(stale.status, 410);
    QCOMPARE(stale.errorCode(), u"gone"_qs);
}

void TestCentralApi::feedRejectsBadOrdersNamingTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("named");
    QTest::addRow("bad phone") << u"customer.phone"_qs << QJsonValue(u"12"_qs) << u"orders[0].customer.phone"_qs;
    QTest::addRow("qty zero") << u"lines.qty"_qs << QJsonValue(0) << u"orders[0].lines[0].qty"_qs;
    QTest::addRow("price as text") << u"lines.unit_price_fen"_qs << QJsonValue(u"3299"_qs) << u"orders[0].lines[0].unit_price_fen"_qs;
    QTest::addRow("unknown category") << u"lines.category"_qs << QJsonValue(u"spaceship"_qs) << u"orders[0].lines[0].category"_qs;
    QTest::addRow("time without offset") << u"placed_at"_qs << QJsonValue(u"2026-11-18T20:15:00"_qs) << u"orders[0].placed_at"_qs;
    QTest::addRow("discount above amount") << u"lines.discount_fen"_qs << QJsonValue(10'000'000) << u"orders[0].lines[0].discount_fen"_qs;
}

void TestCentralApi::feedRejectsBadOrdersNamingTheField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, named);
    QJsonObject order = feedOrder(QStringLiteral("JD2026112000002"), QStringLiteral("X2"), QStringLiteral("13700137001"));
    const QStringList path = field.split(u'.');
    if (path.size() == 1) {
        order.insert(path[0], value);
    } else if (path[0] == u"customer") {
        QJsonObject customer = order.value(QLatin1String("customer")).toObject();
        customer.insert(path[1], value);
        order.insert(QStringLiteral("customer"), customer);
    } else {
        QJsonArray lines = order.value(QLatin1String("lines")).toArray();
        QJsonObject line = lines[0].toObject();
        line.insert(path[1], value);
        lines[0] = line;
        order.insert(QStringLiteral("lines"), lines);
    }
    const auto reply = m_central.http->post(QStringLiteral("/api/v1/feed/orders"),
                                            QJsonObject { { QStringLiteral("orders"), QJsonArray { order } } },
                                            token(QStringLiteral("feed01")));
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().startsWith(named),
             reply.raw.constData());
    // Nothing of the refused request was written.
    QCOMPARE(m_central.service->database().scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE order_no = 'JD2026112000002'"))->toInt(), 0);
}

void TestCentralApi::feedCannotMoveAnOrderToAnotherCustomer()
{
    const QString feed = token(QStringLiteral("feed01"));
    const auto first = m_central.http->post(QStringLiteral("/api/v1/feed/orders"),
                                            QJsonObject { { QStringLiteral("orders"), QJsonArray { feedOrder(QStringLiteral("JD2026112000003"),
                                                                                                             QStringLiteral("X3"), QStringLiteral("13700137003")) } } },
                                            feed);
    QCOMPARE(first.status, 200);
    const auto moved = m_central.http->post(QStringLiteral("/api/v1/feed/orders"),
                                            QJsonObject { { QStringLiteral("orders"), QJsonArray { feedOrder(QStringLiteral("JD2026112000003"),
                                                                                                             QStringLiteral("X4"), QStringLiteral("13700137004")) } } },
                                            feed);
    QCOMPARE(moved.status, 409);
    QCOMPARE(moved.errorCode(), u"conflict"_qs);
}

void TestCentralApi::returnsCannotExceedWhatWasBought()
{
    const QString feed = token(QStringLiteral("feed01"));
    QCOMPARE(m_central.http->post(QStringLiteral("/api/v1/feed/orders"),
                                  QJsonObject { { QStringLiteral("orders"), QJsonArray { feedOrder(QStringLiteral("JD2026112000005"),
                                                                                                   QStringLiteral("X5"), QStringLiteral("13700137005")) } } },
                                  feed)
                 .status,
             200);
    const auto returnOf = [&](int qty, const char *status) {
        return m_central.http->post(QStringLiteral("/api/v1/feed/returns"),
                                    QJsonObject { { QStringLiteral("order_no"), QStringLiteral("JD2026112000005") },
                                                  { QStringLiteral("line_id"), QStringLiteral("L1") },
                                                  { QStringLiteral("qty"), qty },
                                                  { QStringLiteral("status"), QString::fromLatin1(status) } },
                                    feed);
    };
    const auto pending = returnOf(1, "pending");
    QCOMPARE(pending.status, 200);
    QCOMPARE(pending.json.value(QLatin1String("line")).toObject().value(QLatin1String("pending_return_qty")).toInt(), 1);
    const auto tooMany = returnOf(2, "pending"); // 2 bought, 1 already pending
    QCOMPARE(tooMany.status, 422);
    QCOMPARE(tooMany.errorCode(), u"rule_refused"_qs);
    const auto done = returnOf(1, "done");
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json.value(QLatin1String("line")).toObject().value(QLatin1String("returned_qty")).toInt(), 1);
    QCOMPARE(done.json.value(QLatin1String("line")).toObject().value(QLatin1String("pending_return_qty")).toInt(), 0);
    const auto unknown = m_central.http->post(QStringLiteral("/api/v1/feed/returns"),
                                              QJsonObject { { QStringLiteral("order_no"), QStringLiteral("JD0") },
                                                            { QStringLiteral("line_id"), QStringLiteral("L1") },
                                                            { QStringLiteral("qty"), 1 },
                                                            { QStringLiteral("status"), QStringLiteral("done") } },
                                              feed);
    QCOMPARE(unknown.status, 404);
}

void TestCentralApi::pushAppliesEachMutationOnce()
{
    const QString agent = token(QStringLiteral("agent01"));
    const QString customerId = showcaseCustomerId();
    const auto note = [&](qint64 mid, const QString &customer) {
        return QJsonObject { { QStringLiteral("mid"), mid },
                             { QStringLiteral("type"), QStringLiteral("contact.note") },
                             { QStringLiteral("data"), QJsonObject { { QStringLiteral("customer_id"), customer },
                                                                     { QStringLiteral("reason"), QStringLiteral("inquiry") },
                                                                     { QStringLiteral("text"), QStringLiteral("问安装时间") } } } };
    };
    const auto push = [&](const QJsonArray &mutations) {
        return m_central.http->post(QStringLiteral("/api/v1/sync/push"),
                                    QJsonObject { { QStringLiteral("client_id"), QStringLiteral("console-test-1") },
                                                  { QStringLiteral("mutations"), mutations } },
                                    agent);
    };
    const auto countNotes = [&] {
        return m_central.service->database()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE customer_id = ? AND text = ?"), { customerId, QStringLiteral("问安装时间") })
            ->toInt();
    };

    const auto first = push({ note(1, customerId), note(2, QStringLiteral("C99999999")) });
    QCOMPARE(first.status, 200);
    const QJsonArray results = first.json.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].toObject().value(QLatin1String("status")).toString(), u"applied"_qs);
    QCOMPARE(results[1].toObject().value(QLatin1String("status")).toString(), u"rejected"_qs);
    QCOMPARE(results[1].toObject().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(), u"not_found"_qs);
    QCOMPARE(countNotes(), 1);

    const auto repeat = push({ note(1, customerId), note(2, QStringLiteral("C99999999")) }); // a retry after a lost reply
    QCOMPARE(repeat.status, 200);
    QCOMPARE(repeat.json.value(QLatin1String("results")).toArray()[0].toObject().value(QLatin1String("status")).toString(), u"duplicate"_qs);
    QCOMPARE(countNotes(), 1);

    const auto gap = push({ note(5, customerId) });
    QCOMPARE(gap.status, 409);
    QCOMPARE(gap.json.value(QLatin1String("expected_mid")).toInt(), 3);
    QCOMPARE(countNotes(), 1);

    const auto next = push({ note(3, customerId) });
    QCOMPARE(next.json.value(QLatin1String("results")).toArray()[0].toObject().value(QLatin1String("status")).toString(), u"applied"_qs);
    QCOMPARE(countNotes(), 2);
}

QTEST_GUILESS_MAIN(TestCentralApi)
#include "tst_centralapi.moc"
