// Price-protection claims end to end, on SQLite and (the _postgresql variant) PostgreSQL:
// the rows a feed would write go in through EntityStore, the claims through the API.
#include "support/httptestclient.h"
#include "support/testdatabase.h"

#include "central/auditcheck.h"
#include "central/centralprogram.h"
#include "central/centralservice.h"
#include "central/priceprotectservice.h"

#include "store/changefeed.h"
#include "store/entitystore.h"
#include "store/userstore.h"

#include "core/businesscalendar.h"

#include <QJsonArray>
#include <QTest>

#include <latch>
#include <vector>
#include <thread>

using namespace parasol;
using namespace parasol::test;

class TestPriceProtectClaims : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void paysOnceAndTheSameKeyReplays();
    void anotherKeyForThePaidDropGetsTheSameClaim();
    void furtherDropPaysTheDifference();
    void refusalIsAClaimThatSaysWhy();
    void keyOfAnotherLineIsAConflict();
    void unknownLineIsNotFound();
    void rolesThatMayNotClaim();
    void claimThroughPush();
    void claimsOfAnOrder();
    void priceFeedPaysAutomatically();
    void afterAClaimOnlyTheFurtherDropIsDue();
    void theFeedIsAnsweredBeforeEveryLineIsPaid();
    void aRunCutShortGoesOnAfterARestart();
    void scanDryRunThenReal();
    void scanInPagesPaysEachDropOnce();
    void aPageAskedAgainInARunReportsWhatTheRunPaid();
    void aPageCutShortReportsTheWholePage();
    void aPageAskedAgainAfterTheWindowClosedStillReportsItsPayout();
    void aBadRunIdIsRefused();
    void theScanFindsEveryLineTheRuleFindsDue();
    void unifiedViewListsEntitlements();
    void parallelIdenticalRequestsPayOnce();
    void parallelDifferentKeysPayOnce();
    void verifyAuditDetectsTampering_data();
    void verifyAuditDetectsTampering();

private:
    void put(const char *entity, const QJsonObject &row);
    void addDrop(const QString &id, qint64 priceFen, const char *effectiveAt);
    HttpTestClient::Reply claim(const QString &lineId, const QString &key, const QString &token = {});
    Result<qint64> scalar(const QString &sql);
    // Until no automatic price-protection run is left (they go on after the feed's answer).
    void waitForAutomaticRuns();
    int runParallel(const QStringList &keys);
    // One page of a real scan as lead01, in the run `runId`.
    HttpTestClient::Reply scanPage(const QString &runId, const QJsonValue &after, int limit);
    // Two more lines of the AC that dropped, L3 and L4, each due 200.00 like L1.
    void addTwoDueLines();

    std::unique_ptr<TestDatabase> m_database;
    ManualClock m_clock;
    std::unique_ptr<CentralService> m_service;
    std::unique_ptr<Database> m_db; // the test's own connection, for rows and checks
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<EntityStore> m_entities;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_agent;
};

namespace {

qint64 at(const char *iso)
{
    return *BusinessCalendar::parseIso(QString::fromLatin1(iso));
}

const QString kLine = u"JD1/L1"_qs; // self-sold AC, paid 3099.00, signed 3 Nov: window to 4 Dec 00:00
const QString kGiftLine = u"JD1/L2"_qs;
const QString kPassword = u"secret-pw"_qs;

QJsonObject lineRow(const QString &lineNo, const char *sku, const char *category, qint64 unitPrice, qint64 discount,
                    bool gift)
{
    return QJsonObject { { u"id"_qs, QString(u"JD1/"_qs + lineNo) }, { u"order_no"_qs, u"JD1"_qs }, { u"customer_id"_qs, u"C1"_qs },
                         { u"line_no"_qs, lineNo }, { u"sku"_qs, QString::fromLatin1(sku) }, { u"title"_qs, u"美的 空调"_qs },
                         { u"brand"_qs, u"美的"_qs }, { u"category"_qs, QString::fromLatin1(category) },
                         { u"seller"_qs, u"self"_qs }, { u"unit_price_fen"_qs, unitPrice }, { u"qty"_qs, 1 },
                         { u"discount_fen"_qs, discount }, { u"is_gift"_qs, gift }, { u"returned_qty"_qs, 0 },
                         { u"pending_return_qty"_qs, 0 } };
}

} // namespace

void TestPriceProtectClaims::put(const char *entity, const QJsonObject &row)
{
    Transaction tx = m_db->begin();
    QVERIFY(tx.started());
    auto written = m_entities->upsert(tx, EntitySchema::get(QString::fromLatin1(entity)), row);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QVERIFY(tx.commit().ok());
}

void TestPriceProtectClaims::addDrop(const QString &id, qint64 priceFen, const char *effectiveAt)
{
    put("price_event", QJsonObject { { u"id"_qs, id }, { u"sku"_qs, u"100012"_qs }, { u"seller"_qs, u"self"_qs },
                                     { u"price_fen"_qs, priceFen }, { u"effective_at"_qs, at(effectiveAt) },
                                     { u"source"_qs, u"normal"_qs }, { u"created_at"_qs, at(effectiveAt) } });
}

HttpTestClient::Reply TestPriceProtectClaims::claim(const QString &lineId, const QString &key, const QString &token)
{
    return m_http->post(u"/api/v1/price-protect/claims"_qs,
                        QJsonObject { { u"order_line_id"_qs, lineId }, { u"idempotency_key"_qs, key } },
                        token.isEmpty() ? m_agent : token);
}

HttpTestClient::Reply TestPriceProtectClaims::scanPage(const QString &runId, const QJsonValue &after, int limit)
{
    const QString lead = m_http->login(u"lead01"_qs, kPassword);
    return m_http->post(u"/api/v1/price-protect/scan"_qs,
                        QJsonObject { { u"dry_run"_qs, false }, { u"after"_qs, after }, { u"limit"_qs, limit },
                                      { u"run_id"_qs, runId } },
                        lead);
}

void TestPriceProtectClaims::addTwoDueLines()
{
    put("order_line", lineRow(u"L3"_qs, "100012", "air_conditioner", 329900, 20000, false));
    put("order_line", lineRow(u"L4"_qs, "100012", "air_conditioner", 329900, 20000, false));
}

Result<qint64> TestPriceProtectClaims::scalar(const QString &sql)
{
    auto value = m_db->scalar(sql);
    if (!value)
        return value.error();
    return value->toLongLong();
}

void TestPriceProtectClaims::waitForAutomaticRuns()
{
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM price_protect_runs"_qs).value(), 0, 60'000);
}

void TestPriceProtectClaims::init()
{
    m_database = std::make_unique<TestDatabase>();
    m_clock.setNowMs(at("2026-11-20T12:00:00+08:00"));
    auto opened = CentralService::open(m_database->url(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_service = std::move(*opened);
    auto db = Database::open(m_database->url());
    QVERIFY(db.ok());
    m_db = std::move(*db);
    m_feed = ChangeFeed::create(*m_db);
    m_entities = std::make_unique<EntityStore>(*m_db, *m_feed);

    UserStore users(*m_db);
    const struct
    {
        const char *login;
        Role role;
    } accounts[] = { { "agent01", Role::Agent }, { "lead01", Role::Lead }, { "feed01", Role::Feed }, { "midea01", Role::Brand } };
    for (const auto &account : accounts) {
        const QString login = QString::fromLatin1(account.login);
        const User user { u"U-"_qs + login, login, login, account.role,
                          account.role == Role::Agent ? std::optional<Seat>(Seat::General) : std::nullopt,
                          account.role == Role::Brand ? u"美的"_qs : QString() };
        QVERIFY(users.create(user, kPassword, m_clock.nowMs()).ok());
    }

    put("customer", QJsonObject { { u"id"_qs, u"C1"_qs }, { u"name"_qs, u"张伟"_qs }, { u"phone"_qs, u"+8613812345678"_qs },
                                  { u"city_tier"_qs, 1 }, { u"tags"_qs, QJsonArray() }, { u"elder_declared"_qs, false },
                                  { u"created_at"_qs, at("2026-01-01T00:00:00+08:00") },
                                  { u"updated_at"_qs, at("2026-01-01T00:00:00+08:00") } });
    put("order", QJsonObject { { u"order_no"_qs, u"JD1"_qs }, { u"customer_id"_qs, u"C1"_qs },
                               { u"placed_at"_qs, at("2026-11-01T10:00:00+08:00") },
                               { u"paid_at"_qs, at("2026-11-01T10:01:00+08:00") },
                               { u"signed_at"_qs, at("2026-11-03T10:00:00+08:00") }, { u"channel"_qs, u"app"_qs } });
    put("order_line", lineRow(u"L1"_qs, "100012", "air_conditioner", 329900, 20000, false));
    put("order_line", lineRow(u"L2"_qs, "200001", "small_kitchen", 0, 0, true));
    addDrop(u"P1"_qs, 289900, "2026-11-10T10:00:00+08:00");

    auto port = m_service->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port.ok());
    m_http = std::make_unique<HttpTestClient>(QUrl(u"http://127.0.0.1:%1"_qs.arg(*port)));
    m_agent = m_http->login(u"agent01"_qs, kPassword);
    QVERIFY(!m_agent.isEmpty());
}

void TestPriceProtectClaims::cleanup()
{
    m_http.reset();
    m_service.reset();
    m_entities.reset();
    m_feed.reset();
    m_db.reset();
    m_database.reset();
}

void TestPriceProtectClaims::paysOnceAndTheSameKeyReplays()
{
    const auto first = claim(kLine, u"k-1"_qs);
    QCOMPARE(first.status, 201);
    const QJsonObject paid = first.json.value(u"claim"_qs).toObject();
    QCOMPARE(paid.value(u"status"_qs).toString(), u"paid"_qs);
    QCOMPARE(paid.value(u"amount_fen"_qs).toInteger(), 20000); // 3099.00 paid, now 2899.00
    QVERIFY(paid.value(u"reason"_qs).isNull());
    QCOMPARE(paid.value(u"price_event_id"_qs).toString(), u"P1"_qs);

    const auto again = claim(kLine, u"k-1"_qs);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"claim"_qs).toObject().value(u"id"_qs), paid.value(u"id"_qs));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 1);
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), 20000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_qs).value(), 1);
}

void TestPriceProtectClaims::anotherKeyForThePaidDropGetsTheSameClaim()
{
    const auto first = claim(kLine, u"k-1"_qs);
    QCOMPARE(first.status, 201);
    const auto second = claim(kLine, u"k-2"_qs);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json.value(u"claim"_qs).toObject().value(u"id"_qs),
             first.json.value(u"claim"_qs).toObject().value(u"id"_qs));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 1);
}

void TestPriceProtectClaims::furtherDropPaysTheDifference()
{
    QCOMPARE(claim(kLine, u"k-1"_qs).status, 201);
    addDrop(u"P2"_qs, 279900, "2026-11-15T10:00:00+08:00");
    const auto further = claim(kLine, u"k-2"_qs);
    QCOMPARE(further.status, 201);
    const QJsonObject paid = further.json.value(u"claim"_qs).toObject();
    QCOMPARE(paid.value(u"amount_fen"_qs).toInteger(), 10000);
    QCOMPARE(paid.value(u"price_event_id"_qs).toString(), u"P2"_qs);
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), 30000);
}

void TestPriceProtectClaims::refusalIsAClaimThatSaysWhy()
{
    const auto gift = claim(kGiftLine, u"k-gift"_qs);
    QCOMPARE(gift.status, 201);
    QCOMPARE(gift.json.value(u"claim"_qs).toObject().value(u"status"_qs).toString(), u"rejected"_qs);
    QCOMPARE(gift.json.value(u"claim"_qs).toObject().value(u"reason"_qs).toString(), u"gift"_qs);

    m_clock.setNowMs(at("2026-12-04T00:00:00+08:00")); // the window's end, Shanghai midnight
    m_agent = m_http->login(u"agent01"_qs, kPassword); // the earlier session has expired
    const auto late = claim(kLine, u"k-late"_qs);
    QCOMPARE(late.status, 201);
    QCOMPARE(late.json.value(u"claim"_qs).toObject().value(u"reason"_qs).toString(), u"outside_window"_qs);
    QCOMPARE(late.json.value(u"claim"_qs).toObject().value(u"amount_fen"_qs).toInteger(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_qs).value(), 2);
}

void TestPriceProtectClaims::keyOfAnotherLineIsAConflict()
{
    QCOMPARE(claim(kLine, u"k-1"_qs).status, 201);
    const auto reused = claim(kGiftLine, u"k-1"_qs);
    QCOMPARE(reused.status, 409);
    QCOMPARE(reused.errorCode(), u"conflict"_qs);
}

void TestPriceProtectClaims::unknownLineIsNotFound()
{
    const auto unknown = claim(u"JD9/L1"_qs, u"k-1"_qs);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(claim(kLine, QString()).status, 400);
}

void TestPriceProtectClaims::rolesThatMayNotClaim()
{
    for (const QString &login : { u"feed01"_qs, u"midea01"_qs }) {
        const QString token = m_http->login(login, kPassword);
        QVERIFY(!token.isEmpty());
        QCOMPARE(claim(kLine, u"k-"_qs + login, token).status, 403);
    }
    QCOMPARE(claim(kLine, u"k-lead"_qs, m_http->login(u"lead01"_qs, kPassword)).status, 201);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 1);
}

void TestPriceProtectClaims::claimThroughPush()
{
    const QJsonObject mutation { { u"mid"_qs, 1 }, { u"type"_qs, u"price_protect.claim"_qs },
                                 { u"data"_qs, QJsonObject { { u"order_line_id"_qs, kLine }, { u"idempotency_key"_qs, u"m-1"_qs } } } };
    const auto pushed = m_http->post(u"/api/v1/sync/push"_qs,
                                     QJsonObject { { u"client_id"_qs, u"console-1"_qs }, { u"mutations"_qs, QJsonArray { mutation } } },
                                     m_agent);
    QCOMPARE(pushed.status, 200);
    const QJsonObject result = pushed.json.value(u"results"_qs).toArray().first().toObject();
    QCOMPARE(result.value(u"status"_qs).toString(), u"applied"_qs);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 1);
    // The same drop clicked again in the HTTP way: the claim the push made, nothing more paid.
    const auto clicked = claim(kLine, u"k-other"_qs);
    QCOMPARE(clicked.status, 200);
    QCOMPARE(clicked.json.value(u"claim"_qs).toObject().value(u"amount_fen"_qs).toInteger(), 20000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 1);
}

void TestPriceProtectClaims::claimsOfAnOrder()
{
    QCOMPARE(claim(kLine, u"k-1"_qs).status, 201);
    QCOMPARE(claim(kGiftLine, u"k-2"_qs).status, 201);
    const auto listed = m_http->get(u"/api/v1/price-protect/claims?order_no=JD1"_qs, m_agent);
    QCOMPARE(listed.status, 200);
    const QJsonArray claims = listed.json.value(u"claims"_qs).toArray();
    QCOMPARE(claims.size(), 2);
    QCOMPARE(claims[0].toObject().value(u"order_line_id"_qs).toString(), kLine);
    QCOMPARE(claims[0].toObject().value(u"origin"_qs).toString(), u"manual"_qs);
    QCOMPARE(claims[1].toObject().value(u"reason"_qs).toString(), u"gift"_qs);
}

void TestPriceProtectClaims::priceFeedPaysAutomatically()
{
    const QString feed = m_http->login(u"feed01"_qs, kPassword);
    const auto price = [&](qint64 fen, const char *source, const char *effectiveAt) {
        return m_http->put(u"/api/v1/feed/prices/100012"_qs,
                           QJsonObject { { u"price_fen"_qs, fen }, { u"effective_at"_qs, QString::fromLatin1(effectiveAt) },
                                         { u"source"_qs, QString::fromLatin1(source) } },
                           feed);
    };
    const auto flash = price(199900, "flash", "2026-11-20T10:00:00+08:00");
    QCOMPARE(flash.status, 200);
    QVERIFY(!flash.json.value(u"price_event_id"_qs).toString().isEmpty());
    waitForAutomaticRuns();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 0); // a flash price is not protected

    const auto drop = price(279900, "normal", "2026-11-20T11:00:00+08:00");
    QCOMPARE(drop.status, 200);
    waitForAutomaticRuns();
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), 30000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM claims WHERE origin = 'auto' AND status = 'paid'"_qs).value(), 1);

    // The agent's click for the same drop finds the automatic claim.
    const auto clicked = claim(kLine, u"k-1"_qs);
    QCOMPARE(clicked.status, 200);
    QCOMPARE(clicked.json.value(u"claim"_qs).toObject().value(u"origin"_qs).toString(), u"auto"_qs);
    QCOMPARE(clicked.json.value(u"claim"_qs).toObject().value(u"price_event_id"_qs).toString(),
             drop.json.value(u"price_event_id"_qs).toString());
    // The same price announced again is no further drop.
    QCOMPARE(price(279900, "normal", "2026-11-20T11:30:00+08:00").status, 200);
    waitForAutomaticRuns();
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), 30000);
    QCOMPARE(m_http->put(u"/api/v1/feed/prices/100012"_qs, QJsonObject { { u"price_fen"_qs, 1 } }, m_agent).status, 403);
}

void TestPriceProtectClaims::afterAClaimOnlyTheFurtherDropIsDue()
{
    // The drop the agent claimed by hand is no longer the price in effect when the price
    // drops further: the scan and the automatic run must still know what was compensated.
    const auto clicked = claim(kLine, u"k-1"_qs);
    QCOMPARE(clicked.status, 201);
    const qint64 first = clicked.json.value(u"claim"_qs).toObject().value(u"amount_fen"_qs).toInteger();
    addDrop(u"P2"_qs, 279900, "2026-11-20T11:00:00+08:00");
    const QString lead = m_http->login(u"lead01"_qs, kPassword);
    const auto dry = m_http->post(u"/api/v1/price-protect/scan"_qs, QJsonObject { { u"dry_run"_qs, true } }, lead);
    QCOMPARE(dry.status, 200);
    QCOMPARE(dry.json.value(u"eligible"_qs).toInt(), 1);
    QCOMPARE(dry.json.value(u"eligible_total_fen"_qs).toInteger(), 10000); // 289900 → 279900, not from the paid price

    const QString feed = m_http->login(u"feed01"_qs, kPassword);
    QCOMPARE(m_http->put(u"/api/v1/feed/prices/100012"_qs,
                         QJsonObject { { u"price_fen"_qs, 269900 }, { u"effective_at"_qs, u"2026-11-20T11:30:00+08:00"_qs } },
                         feed)
                 .status,
             200);
    waitForAutomaticRuns();
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), first + 20000); // down to 269900 in all
}

void TestPriceProtectClaims::theFeedIsAnsweredBeforeEveryLineIsPaid()
{
    // Six hundred lines of one SKU: the feed's answer does not wait for their payouts.
    constexpr int kLines = 600;
    {
        Transaction tx = m_db->begin();
        QVERIFY(tx.started());
        for (int i = 0; i < kLines; ++i) {
            QJsonObject row = lineRow(u"M%1"_qs.arg(i, 3, 10, QLatin1Char('0')), "300001", "air_conditioner", 100000, 0, false);
            QVERIFY(m_entities->upsert(tx, EntitySchema::get(u"order_line"_qs), row).ok());
        }
        QVERIFY(tx.commit().ok());
    }
    const QString feed = m_http->login(u"feed01"_qs, kPassword);
    const auto drop = m_http->put(u"/api/v1/feed/prices/300001"_qs,
                                  QJsonObject { { u"price_fen"_qs, 90000 }, { u"effective_at"_qs, u"2026-11-20T11:00:00+08:00"_qs } },
                                  feed);
    QCOMPARE(drop.status, 200);
    const qint64 paidWhenAnswered = scalar(u"SELECT COUNT(*) FROM ledger"_qs).value();
    QVERIFY2(paidWhenAnswered < kLines, qPrintable(QString::number(paidWhenAnswered)));
    // Other requests are served while the run goes on.
    QCOMPARE(m_http->get(u"/api/v1/health"_qs).status, 200);

    waitForAutomaticRuns();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), kLines);
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), kLines * 10000LL);
}

void TestPriceProtectClaims::aRunCutShortGoesOnAfterARestart()
{
    // The feed was answered, then central stopped before the run paid anything.
    addDrop(u"P2"_qs, 279900, "2026-11-20T11:00:00+08:00");
    QVERIFY(m_db->exec(u"INSERT INTO price_protect_runs (price_event_id, sku, actor, created_at) VALUES (?, ?, ?, ?)"_qs,
                       { u"P2"_qs, u"100012"_qs, u"feed01"_qs, m_clock.nowMs() })
                .ok());
    m_http.reset();
    m_service.reset();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 0);

    auto opened = CentralService::open(m_database->url(), m_clock);
    QVERIFY(opened.ok());
    m_service = std::move(*opened);
    waitForAutomaticRuns();
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), 30000);
}

void TestPriceProtectClaims::scanDryRunThenReal()
{
    const QString lead = m_http->login(u"lead01"_qs, kPassword);
    QCOMPARE(m_http->post(u"/api/v1/price-protect/scan"_qs, QJsonObject { { u"dry_run"_qs, true } }, m_agent).status, 403);

    const auto dry = m_http->post(u"/api/v1/price-protect/scan"_qs, QJsonObject { { u"dry_run"_qs, true } }, lead);
    QCOMPARE(dry.status, 200);
    QCOMPARE(dry.json.value(u"scanned"_qs).toInt(), 2);
    QCOMPARE(dry.json.value(u"eligible"_qs).toInt(), 1); // the gift line is not
    QCOMPARE(dry.json.value(u"eligible_total_fen"_qs).toInteger(), 20000); // what it would pay
    QCOMPARE(dry.json.value(u"claims_paid"_qs).toInt(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM claims"_qs).value(), 0);

    const auto real = m_http->post(u"/api/v1/price-protect/scan"_qs, QJsonObject { { u"dry_run"_qs, false } }, lead);
    QCOMPARE(real.json.value(u"claims_paid"_qs).toInt(), 1);
    QCOMPARE(real.json.value(u"paid_total_fen"_qs).toInteger(), 20000);
    const auto again = m_http->post(u"/api/v1/price-protect/scan"_qs, QJsonObject { { u"dry_run"_qs, false } }, lead);
    QCOMPARE(again.json.value(u"eligible"_qs).toInt(), 0);
    QCOMPARE(again.json.value(u"claims_paid"_qs).toInt(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 1);
}

void TestPriceProtectClaims::scanInPagesPaysEachDropOnce()
{
    addTwoDueLines();
    const QString lead = m_http->login(u"lead01"_qs, kPassword);
    const auto page = [&](bool dryRun, const QJsonValue &after, int limit) {
        return m_http->post(u"/api/v1/price-protect/scan"_qs,
                            QJsonObject { { u"dry_run"_qs, dryRun }, { u"after"_qs, after }, { u"limit"_qs, limit } }, lead);
    };
    QCOMPARE(m_http->post(u"/api/v1/price-protect/scan"_qs, QJsonObject { { u"dry_run"_qs, true }, { u"limit"_qs, 1 } },
                          m_agent).status, 403);
    QCOMPARE(page(true, QJsonValue::Null, 0).status, 400);
    QCOMPARE(page(true, 7, 10).status, 400);

    // A dry run in pages of 3 adds up to the plain dry run.
    const auto plain = m_http->post(u"/api/v1/price-protect/scan"_qs, QJsonObject { { u"dry_run"_qs, true } }, lead);
    QCOMPARE(plain.json.value(u"eligible"_qs).toInt(), 3); // L1, L3, L4; not the gift
    const auto first = page(true, QJsonValue::Null, 3);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"scanned"_qs).toInt(), 3);
    QCOMPARE(first.json.value(u"total"_qs).toInt(), 4);
    QCOMPARE(first.json.value(u"next"_qs).toString(), u"JD1/L3"_qs);
    const auto last = page(true, first.json.value(u"next"_qs), 3);
    QCOMPARE(last.json.value(u"scanned"_qs).toInt(), 1);
    QVERIFY(last.json.value(u"next"_qs).isNull());
    QCOMPARE(first.json.value(u"eligible"_qs).toInt() + last.json.value(u"eligible"_qs).toInt(),
             plain.json.value(u"eligible"_qs).toInt());
    QCOMPARE(first.json.value(u"eligible_total_fen"_qs).toInteger() + last.json.value(u"eligible_total_fen"_qs).toInteger(),
             60000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM claims"_qs).value(), 0);

    // A real run in pages of 2, its first page sent twice (a lost reply retried): each drop paid once.
    int paid = 0;
    qint64 paidFen = 0;
    QJsonValue after = QJsonValue::Null;
    for (int pages = 0; pages < 10; ++pages) {
        const auto answer = page(false, after, 2);
        QCOMPARE(answer.status, 200);
        paid += answer.json.value(u"claims_paid"_qs).toInt();
        paidFen += answer.json.value(u"paid_total_fen"_qs).toInteger();
        if (pages == 0) {
            const auto retried = page(false, after, 2);
            QCOMPARE(retried.json.value(u"claims_paid"_qs).toInt(), 0);
            QCOMPARE(retried.json.value(u"next"_qs), answer.json.value(u"next"_qs));
        }
        after = answer.json.value(u"next"_qs);
        if (after.isNull())
            break;
    }
    QVERIFY(after.isNull());
    QCOMPARE(paid, 3);
    QCOMPARE(paidFen, 60000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 3);
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), 60000);

    // Run again, paged or not: nothing more to pay.
    const auto again = page(false, QJsonValue::Null, 10);
    QCOMPARE(again.json.value(u"eligible"_qs).toInt(), 0);
    QCOMPARE(again.json.value(u"claims_paid"_qs).toInt(), 0);
    QCOMPARE(m_http->post(u"/api/v1/price-protect/scan"_qs, QJsonObject { { u"dry_run"_qs, false } }, lead)
                 .json.value(u"claims_paid"_qs).toInt(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 3);
}

void TestPriceProtectClaims::aPageAskedAgainInARunReportsWhatTheRunPaid()
{
    // A real run in pages of 2 (L1 + the gift L2, then L3 + L4). Each page is asked twice with
    // the run's id, as the console does when an answer is lost after central paid the page:
    // the second answer, the one the console adds up, tells what the run paid there.
    addTwoDueLines();
    const QString run = u"run-0123456789abcdef"_qs;
    const QStringList figures { u"scanned"_qs, u"eligible"_qs, u"eligible_total_fen"_qs, u"claims_paid"_qs,
                                u"paid_total_fen"_qs, u"next"_qs, u"total"_qs };
    int pages = 0;
    int paidInLostAnswers = 0;
    int paid = 0;
    qint64 paidFen = 0;
    QJsonValue after = QJsonValue::Null;
    do {
        const auto lost = scanPage(run, after, 2);
        QCOMPARE(lost.status, 200);
        paidInLostAnswers += lost.json.value(u"claims_paid"_qs).toInt();
        const auto answer = scanPage(run, after, 2);
        QCOMPARE(answer.status, 200);
        for (const QString &figure : figures)
            QVERIFY2(answer.json.value(figure) == lost.json.value(figure), qPrintable(figure));
        paid += answer.json.value(u"claims_paid"_qs).toInt();
        paidFen += answer.json.value(u"paid_total_fen"_qs).toInteger();
        after = answer.json.value(u"next"_qs);
    } while (!after.isNull() && ++pages < 10);
    QVERIFY(after.isNull());
    QCOMPARE(paidInLostAnswers, 3); // the first request of each page paid it; the second, nothing more
    QCOMPARE(paid, 3);
    QCOMPARE(paidFen, 60000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 3);
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), paidFen);

    // Another run finds the drops paid, by the first run, not by itself.
    const auto other = scanPage(u"run-fedcba9876543210"_qs, QJsonValue::Null, 10);
    QCOMPARE(other.json.value(u"eligible"_qs).toInt(), 0);
    QCOMPARE(other.json.value(u"claims_paid"_qs).toInt(), 0);
    QCOMPARE(other.json.value(u"paid_total_fen"_qs).toInteger(), 0);
    // A manual claim for a drop the run paid gets the run's claim.
    const auto clicked = claim(kLine, u"k-1"_qs);
    QCOMPARE(clicked.status, 200);
    QCOMPARE(clicked.json.value(u"claim"_qs).toObject().value(u"origin"_qs).toString(), u"auto"_qs);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 3);
}

void TestPriceProtectClaims::aPageCutShortReportsTheWholePage()
{
    // Central stopped half-way through the run's first page: lines go in id order, each paid
    // in its own transaction, so what it left is what a shorter page of the same run pays
    // (L1 paid, the gift L2 looked at). The page asked again reports every line of it.
    addTwoDueLines();
    const QString run = u"RUN_0123456789ABCDEF"_qs;
    QCOMPARE(scanPage(run, QJsonValue::Null, 2).json.value(u"claims_paid"_qs).toInt(), 1);
    const auto whole = scanPage(run, QJsonValue::Null, 10);
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.json.value(u"scanned"_qs).toInt(), 4);
    QCOMPARE(whole.json.value(u"eligible"_qs).toInt(), 3);
    QCOMPARE(whole.json.value(u"eligible_total_fen"_qs).toInteger(), 60000);
    QCOMPARE(whole.json.value(u"claims_paid"_qs).toInt(), 3);
    QCOMPARE(whole.json.value(u"paid_total_fen"_qs).toInteger(), 60000);
    QVERIFY(whole.json.value(u"next"_qs).isNull());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 3);
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), 60000);
}

void TestPriceProtectClaims::aPageAskedAgainAfterTheWindowClosedStillReportsItsPayout()
{
    // The run paid L1; its answer was lost, and when the page is asked again L1's window
    // (to 4 December, Shanghai midnight) has long closed: the line is no longer one the
    // scan would look into, but what the run paid on it is still in the page's answer.
    const QString run = u"run-window-0123456789"_qs;
    QCOMPARE(scanPage(run, QJsonValue::Null, 10).json.value(u"claims_paid"_qs).toInt(), 1);
    m_clock.setNowMs(at("2026-12-05T00:00:00+08:00"));
    const auto again = scanPage(run, QJsonValue::Null, 10);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"scanned"_qs).toInt(), 2);
    QCOMPARE(again.json.value(u"claims_paid"_qs).toInt(), 1);
    QCOMPARE(again.json.value(u"paid_total_fen"_qs).toInteger(), 20000);
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), 20000);
}

void TestPriceProtectClaims::aBadRunIdIsRefused()
{
    const QString lead = m_http->login(u"lead01"_qs, kPassword);
    const QJsonValue bad[] = { u""_qs, u"short-id"_qs, u"has:a-colon-0123456789"_qs, u"with space 0123456789"_qs,
                               u"价保价保价保价保价保价保价保价保"_qs, QString(65, u'a'), qint64(12345678901234567), true };
    for (const QJsonValue &runId : bad) {
        for (const bool paged : { true, false }) {
            QJsonObject body { { u"dry_run"_qs, false }, { u"run_id"_qs, runId } };
            if (paged)
                body.insert(u"limit"_qs, 10);
            const auto refused = m_http->post(u"/api/v1/price-protect/scan"_qs, body, lead);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.json.value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"invalid_field"_qs);
            QVERIFY(refused.json.value(u"error"_qs).toObject().value(u"message"_qs).toString().startsWith(u"run_id"_qs));
        }
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM claims"_qs).value(), 0);
    // A dry run may carry one (it pays nothing, so it has nothing to tell apart).
    const auto dry = m_http->post(u"/api/v1/price-protect/scan"_qs,
                                  QJsonObject { { u"dry_run"_qs, true }, { u"run_id"_qs, QString(64, u'a') } }, lead);
    QCOMPARE(dry.status, 200);
    QCOMPARE(dry.json.value(u"eligible"_qs).toInt(), 1);
}

void TestPriceProtectClaims::theScanFindsEveryLineTheRuleFindsDue()
{
    // The scan reads only the lines an SQL pre-selection keeps; lines at the edges of what
    // the rule pays must all be kept. The unified view judges each line on its own.
    const auto order = [&](const char *orderNo, const char *placedAt, const char *signedAt) {
        put("order", QJsonObject { { u"order_no"_qs, QString::fromLatin1(orderNo) }, { u"customer_id"_qs, u"C1"_qs },
                                   { u"placed_at"_qs, at(placedAt) }, { u"paid_at"_qs, at(placedAt) },
                                   { u"signed_at"_qs, signedAt ? QJsonValue(at(signedAt)) : QJsonValue() },
                                   { u"channel"_qs, u"app"_qs } });
    };
    const auto line = [&](const char *orderNo, const char *lineNo, const QJsonObject &changes) {
        QJsonObject row = lineRow(QString::fromLatin1(lineNo), "100012", "air_conditioner", 329900, 20000, false);
        row.insert(u"id"_qs, QString(QString::fromLatin1(orderNo) + u'/' + QString::fromLatin1(lineNo)));
        row.insert(u"order_no"_qs, QString::fromLatin1(orderNo));
        for (auto change = changes.begin(); change != changes.end(); ++change)
            row.insert(change.key(), change.value());
        put("order_line", row);
    };
    // Its own 120-day label, longer than any category's window.
    order("JD2", "2026-08-01T10:00:00+08:00", "2026-08-03T10:00:00+08:00");
    line("JD2", "L1", { { u"price_protect_days"_qs, 120 } });
    line("JD2", "L2", {});
    // Signed at a Shanghai midnight: the window ends at midnight tonight.
    order("JD3", "2026-10-19T09:00:00+08:00", "2026-10-21T00:00:00+08:00");
    line("JD3", "L1", {});
    line("JD3", "L2", { { u"category"_qs, u"small_kitchen"_qs } });
    // A marketplace seller: the window runs from the order, a second of it left.
    order("JD4", "2026-10-21T12:00:01+08:00", "2026-10-23T10:00:00+08:00");
    line("JD4", "L1", { { u"seller"_qs, u"shopA"_qs } });
    line("JD4", "L2", { { u"seller"_qs, u"shopA"_qs }, { u"qty"_qs, 3 }, { u"discount_fen"_qs, 60000 },
                        { u"returned_qty"_qs, 1 }, { u"pending_return_qty"_qs, 1 } });
    line("JD4", "L3", { { u"seller"_qs, u"shopB"_qs } });
    const auto sellersDrop = [&](const QString &id, const QString &seller, qint64 priceFen, const QString &source) {
        const qint64 effectiveAt = at("2026-11-15T10:00:00+08:00");
        put("price_event", QJsonObject { { u"id"_qs, id }, { u"sku"_qs, u"100012"_qs }, { u"seller"_qs, seller },
                                         { u"price_fen"_qs, priceFen }, { u"effective_at"_qs, effectiveAt },
                                         { u"source"_qs, source }, { u"created_at"_qs, effectiveAt } });
    };
    sellersDrop(u"PA"_qs, u"shopA"_qs, 250000, u"normal"_qs);
    sellersDrop(u"PB"_qs, u"shopB"_qs, 100000, u"flash"_qs); // a flash price: not one price protection counts

    const auto view = m_http->get(u"/api/v1/customers/C1"_qs, m_agent);
    QCOMPARE(view.status, 200);
    int lines = 0;
    QStringList due;
    qint64 dueFen = 0;
    for (const QJsonValue &orderValue : view.json.value(u"orders"_qs).toArray())
        for (const QJsonValue &lineValue : orderValue.toObject().value(u"lines"_qs).toArray()) {
            ++lines;
            const QJsonObject verdict = lineValue.toObject().value(u"price_protect"_qs).toObject();
            if (verdict.value(u"eligible"_qs).toBool()) {
                due.append(lineValue.toObject().value(u"id"_qs).toString());
                dueFen += verdict.value(u"amount_fen"_qs).toInteger();
            }
        }
    due.sort();
    QCOMPARE(due, QStringList({ u"JD1/L1"_qs, u"JD2/L1"_qs, u"JD3/L1"_qs, u"JD4/L1"_qs, u"JD4/L2"_qs }));

    const QString lead = m_http->login(u"lead01"_qs, kPassword);
    const auto dry = m_http->post(u"/api/v1/price-protect/scan"_qs, QJsonObject { { u"dry_run"_qs, true } }, lead);
    QCOMPARE(dry.json.value(u"scanned"_qs).toInt(), lines);
    QCOMPARE(dry.json.value(u"eligible"_qs).toInt(), due.size());
    QCOMPARE(dry.json.value(u"eligible_total_fen"_qs).toInteger(), dueFen);
    const auto real = m_http->post(u"/api/v1/price-protect/scan"_qs, QJsonObject { { u"dry_run"_qs, false } }, lead);
    QCOMPARE(real.json.value(u"claims_paid"_qs).toInt(), due.size());
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), dueFen);
}

void TestPriceProtectClaims::unifiedViewListsEntitlements()
{
    const auto view = m_http->get(u"/api/v1/customers/C1"_qs, m_agent);
    QCOMPARE(view.status, 200);
    QStringList rules;
    for (const QJsonValue &value : view.json.value(u"entitlements"_qs).toArray()) {
        const QJsonObject entitlement = value.toObject();
        if (entitlement.value(u"order_line_id"_qs).toString() != kLine)
            continue;
        rules.append(entitlement.value(u"rule"_qs).toString() + u'/' + entitlement.value(u"until"_qs).toString());
    }
    // On 20 November: no-reason return and quality return to 4 Dec (30 days from 3 Nov), exchange
    // 180 days, the warranty from 1 Nov, price protection to 4 Dec; days 1–15 are over.
    QVERIFY2(rules.contains(u"E1/2026-12-04T00:00:00+08:00"_qs), qPrintable(rules.join(u' ')));
    QVERIFY(rules.contains(u"E3/2027-05-03T00:00:00+08:00"_qs));
    QVERIFY(rules.contains(u"E7/2027-11-02T00:00:00+08:00"_qs));
    QVERIFY(rules.contains(u"E9/2026-12-04T00:00:00+08:00"_qs));
    QVERIFY(!rules.join(u' ').contains(u"E5/"_qs));

    const QJsonObject line = view.json.value(u"orders"_qs).toArray().first().toObject().value(u"lines"_qs).toArray().first().toObject();
    const QJsonObject state = line.value(u"price_protect"_qs).toObject();
    QCOMPARE(line.value(u"id"_qs).toString(), kLine);
    QCOMPARE(state.value(u"eligible"_qs).toBool(), true);
    QCOMPARE(state.value(u"amount_fen"_qs).toInteger(), 20000);
    QCOMPARE(state.value(u"window_ends_at"_qs).toString(), u"2026-12-04T00:00:00+08:00"_qs);

    QCOMPARE(claim(kLine, u"k-1"_qs).status, 201);
    const auto after = m_http->get(u"/api/v1/customers/C1"_qs, m_agent);
    const QJsonObject paidState = after.json.value(u"orders"_qs).toArray().first().toObject().value(u"lines"_qs).toArray()
                                      .first().toObject().value(u"price_protect"_qs).toObject();
    QCOMPARE(paidState.value(u"eligible"_qs).toBool(), false);
    QCOMPARE(paidState.value(u"reason"_qs).toString(), u"already_compensated"_qs);
}

// Claims from `keys.size()` requests at once, over several connections of their own, so
// the database sees them race. Returns how many answers said they created the claim.
int TestPriceProtectClaims::runParallel(const QStringList &keys)
{
    constexpr int kConnections = 10;
    std::latch ready(kConnections);
    std::atomic<int> created = 0, failed = 0;
    std::vector<std::thread> threads;
    QStringList paidIds[kConnections];
    for (int t = 0; t < kConnections; ++t) {
        threads.emplace_back([&, t] {
            auto db = Database::open(m_database->url());
            ready.arrive_and_wait();
            if (!db) {
                ++failed;
                return;
            }
            {
                auto feed = ChangeFeed::create(**db);
                EntityStore entities(**db, *feed);
                PriceProtectService service(**db, entities, m_clock);
                for (int i = t; i < keys.size(); i += kConnections) {
                    auto answer = service.claim(u"agent01"_qs, kLine, keys[i]);
                    if (!answer || answer->claim.status != ClaimStatus::Paid) {
                        ++failed;
                        continue;
                    }
                    created += answer->created ? 1 : 0;
                    paidIds[t].append(answer->claim.id);
                }
            }
            db->reset();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QSet<QString> distinct;
    for (const QStringList &ids : paidIds)
        for (const QString &id : ids)
            distinct.insert(id);
    if (failed != 0 || distinct.size() != 1)
        return -1;
    return created;
}

void TestPriceProtectClaims::parallelIdenticalRequestsPayOnce()
{
    const int created = runParallel(QStringList(50, u"same-key"_qs));
    QCOMPARE(created, 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 1);
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), 20000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM claims"_qs).value(), 1);
}

void TestPriceProtectClaims::parallelDifferentKeysPayOnce()
{
    QStringList keys;
    for (int i = 0; i < 50; ++i)
        keys.append(u"key-%1"_qs.arg(i));
    const int created = runParallel(keys);
    QCOMPARE(created, 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger"_qs).value(), 1);
    QCOMPARE(scalar(u"SELECT SUM(amount_fen) FROM ledger"_qs).value(), 20000);
}

void TestPriceProtectClaims::verifyAuditDetectsTampering_data()
{
    QTest::addColumn<QStringList>("tamper");
    QTest::addColumn<QString>("named");
    QTest::addRow("intact") << QStringList() << QString();
    QTest::addRow("payload altered")
        << QStringList { u"UPDATE audit_log SET payload = REPLACE(payload, '20000', '90000') WHERE seq = 1"_qs }
        << u"audit entry 1:"_qs;
    QTest::addRow("actor altered") << QStringList { u"UPDATE audit_log SET actor = 'lead01' WHERE seq = 2"_qs }
                                   << u"audit entry 2:"_qs;
    QTest::addRow("entry removed") << QStringList { u"DELETE FROM audit_log WHERE seq = 2"_qs } << u"audit entry 3:"_qs;
    QTest::addRow("newest entry removed") << QStringList { u"DELETE FROM audit_log WHERE seq = 3"_qs }
                                          << u"has no audit entry"_qs;
    QTest::addRow("entries reordered") << QStringList { u"UPDATE audit_log SET seq = -1 WHERE seq = 1"_qs,
                                                        u"UPDATE audit_log SET seq = 1 WHERE seq = 2"_qs,
                                                        u"UPDATE audit_log SET seq = 2 WHERE seq = -1"_qs }
                                       << u"audit entry 1:"_qs;
}

void TestPriceProtectClaims::verifyAuditDetectsTampering()
{
    QFETCH(QStringList, tamper);
    QFETCH(QString, named);
    QCOMPARE(claim(kLine, u"k-1"_qs).status, 201);
    QCOMPARE(claim(kGiftLine, u"k-2"_qs).status, 201);
    addDrop(u"P2"_qs, 279900, "2026-11-15T10:00:00+08:00");
    QCOMPARE(claim(kLine, u"k-3"_qs).status, 201);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_qs).value(), 3);

    for (const QString &sql : tamper)
        QVERIFY(m_db->exec(sql).ok());
    auto problem = AuditCheck(*m_db).run();
    QVERIFY(problem.ok());
    QCOMPARE(problem->has_value(), !named.isEmpty());
    if (*problem)
        QVERIFY2((*problem)->contains(named), qPrintable(**problem));

    // The command's exit code: 0 intact, 1 tampered.
    const int exitCode = CentralProgram::run({ u"parasol-central"_qs, u"verify-audit"_qs, u"--db"_qs, m_database->urlText() });
    QCOMPARE(exitCode, named.isEmpty() ? 0 : 1);
}

QTEST_GUILESS_MAIN(TestPriceProtectClaims)
#include "tst_priceprotectclaims.moc"
