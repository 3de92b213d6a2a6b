#include "core/orderdiscount.h"
#include "core/priceprotection.h"

#include <QDateTime>
#include <QTest>

Q_DECLARE_METATYPE(parasol::PriceProtectionCase)

using namespace parasol;

class TestPriceProtection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_data();
    void decide();
    void reportsWindowAndUnitPrices();
    void sharesAnOddDiscountExactly();
};

namespace {

constexpr qint64 kSecond = 1000;

qint64 at(const char *iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(time.isValid());
    return time.toMSecsSinceEpoch();
}

// The platform's own air conditioner: 3299.00 less a 200.00 discount share, paid 3099.00;
// ordered on 3 October, signed for on 5 October (Shanghai), 30 days by its category.
// Its sign-basis window ends at 00:00 on 5 November, Shanghai time.
const qint64 kOrderAt = at("2026-10-03T20:15:00+08:00");
const qint64 kSignedAt = at("2026-10-05T11:02:00+08:00");
const qint64 kWindowEnd = at("2026-11-05T00:00:00+08:00");
const qint64 kDropAt = at("2026-10-20T10:00:00+08:00");
const qint64 kClaimAt = at("2026-10-25T15:00:00+08:00");

PriceEvent priceEvent(const char *id, qint64 priceFen, qint64 effectiveAt, PriceSource source = PriceSource::Normal,
                 const char *seller = "self", const char *sku = "100012")
{
    PriceEvent e;
    e.id = QString::fromLatin1(id);
    e.sku = QString::fromLatin1(sku);
    e.seller = QString::fromLatin1(seller);
    e.priceFen = priceFen;
    e.effectiveAt = effectiveAt;
    e.source = source;
    return e;
}

Claim claim(const char *priceEventId, qint64 amountFen, ClaimStatus status = ClaimStatus::Paid,
            const char *lineId = "JD1/L1")
{
    Claim c;
    c.id = u"CL-"_qs + QString::fromLatin1(priceEventId);
    c.orderLineId = QString::fromLatin1(lineId);
    c.priceEventId = QString::fromLatin1(priceEventId);
    c.status = status;
    c.amountFen = amountFen;
    return c;
}

PriceProtectionCase base()
{
    PriceProtectionCase c;
    c.line.id = u"JD1/L1"_qs;
    c.line.orderNo = u"JD1"_qs;
    c.line.sku = u"100012"_qs;
    c.line.category = Category::AirConditioner;
    c.line.unitPriceFen = 329900;
    c.line.qty = 1;
    c.line.discountFen = 20000;
    c.orderAt = kOrderAt;
    c.signedAt = kSignedAt;
    c.events = { priceEvent("P1", 289900, kDropAt) };
    c.now = kClaimAt;
    return c;
}

// A marketplace seller's line: its window runs 30 × 24 h from the order.
PriceProtectionCase marketplace()
{
    PriceProtectionCase c = base();
    c.line.seller = u"shop_88"_qs;
    c.events = { priceEvent("P1", 289900, kDropAt, PriceSource::Normal, "shop_88") };
    return c;
}

// 3 units at 1000.00 each, no discount; drop to 900.00.
PriceProtectionCase threeUnits(int returned, int pending)
{
    PriceProtectionCase c = base();
    c.line.unitPriceFen = 100000;
    c.line.qty = 3;
    c.line.discountFen = 0;
    c.line.returnedQty = returned;
    c.line.pendingReturnQty = pending;
    c.events = { priceEvent("P1", 90000, kDropAt) };
    return c;
}

// Three lines of one order share a 100.01 discount: 5556 + 2778 + 1667 fen.
PriceProtectionCase lineOfSharedOrder(int index, qint64 newPriceFen)
{
    QList<OrderLine> lines(3, base().line);
    const qint64 prices[] = { 100000, 50000, 30000 };
    for (int i = 0; i < 3; ++i) {
        lines[i].id = u"JD1/L%1"_qs.arg(i + 1);
        lines[i].sku = u"SKU%1"_qs.arg(i + 1);
        lines[i].unitPriceFen = prices[i];
    }
    shareOrderDiscount(lines, 10001);
    PriceProtectionCase c = base();
    c.line = lines[index];
    c.events = { priceEvent("P1", newPriceFen, kDropAt) };
    c.events[0].sku = c.line.sku;
    return c;
}

template<typename Change>
PriceProtectionCase with(PriceProtectionCase c, Change change)
{
    change(c);
    return c;
}

} // namespace

void TestPriceProtection::decide_data()
{
    QTest::addColumn<PriceProtectionCase>("input");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("amount");
    const QString paid;

    QTest::addRow("normal drop inside the window") << base() << paid << qint64(20000);

    // Sign basis: until 00:00 Shanghai of (sign date + 1 + 30 days) = 2026-11-04 11:00 in New York.
    QTest::addRow("sign basis: 1 s before Shanghai midnight") << with(base(), [](auto &c) { c.now = kWindowEnd - kSecond; })
                                                            << paid << qint64(20000);
    QTest::addRow("sign basis: Shanghai midnight") << with(base(), [](auto &c) { c.now = kWindowEnd; })
                                                   << u"outside_window"_qs << qint64(0);
    QTest::addRow("sign basis: 1 s after Shanghai midnight") << with(base(), [](auto &c) { c.now = kWindowEnd + kSecond; })
                                                             << u"outside_window"_qs << qint64(0);
    // Signed at 00:30 on 6 October in Shanghai, which is still 5 October in New York and in UTC.
    const auto signedAfterShanghaiMidnight = [](auto &c) { c.signedAt = at("2026-10-06T00:30:00+08:00"); };
    QTest::addRow("sign date is Shanghai's: 1 s before its window ends")
        << with(base(), [&](auto &c) { signedAfterShanghaiMidnight(c); c.now = at("2026-11-06T00:00:00+08:00") - kSecond; })
        << paid << qint64(20000);
    QTest::addRow("sign date is Shanghai's: 1 s after its window ends")
        << with(base(), [&](auto &c) { signedAfterShanghaiMidnight(c); c.now = at("2026-11-06T00:00:00+08:00") + kSecond; })
        << u"outside_window"_qs << qint64(0);
    QTest::addRow("signed 1 s before Shanghai midnight: a day less")
        << with(base(), [](auto &c) { c.signedAt = at("2026-10-05T23:59:59+08:00"); c.now = kWindowEnd; })
        << u"outside_window"_qs << qint64(0);
    QTest::addRow("signed at Shanghai midnight: a day more")
        << with(base(), [](auto &c) { c.signedAt = at("2026-10-06T00:00:00+08:00"); c.now = kWindowEnd; })
        << paid << qint64(20000);
    QTest::addRow("unsigned line is inside")
        << with(base(), [](auto &c) { c.signedAt.reset(); c.now = at("2027-03-01T12:00:00+08:00"); })
        << paid << qint64(20000);

    // Window length: the item's own label first, then its category.
    QTest::addRow("7-day label: 1 s before")
        << with(base(), [](auto &c) { c.line.priceProtectDays = 7; c.events[0].effectiveAt = at("2026-10-10T10:00:00+08:00");
                                      c.now = at("2026-10-13T00:00:00+08:00") - kSecond; })
        << paid << qint64(20000);
    QTest::addRow("7-day label: at its end")
        << with(base(), [](auto &c) { c.line.priceProtectDays = 7; c.now = at("2026-10-13T00:00:00+08:00"); })
        << u"outside_window"_qs << qint64(0);
    QTest::addRow("small appliance, 15 days: 1 s before")
        << with(base(), [](auto &c) { c.line.category = Category::SmallKitchen; c.now = at("2026-10-21T00:00:00+08:00") - kSecond; })
        << paid << qint64(20000);
    QTest::addRow("small appliance, 15 days: 1 s after")
        << with(base(), [](auto &c) { c.line.category = Category::SmallKitchen; c.now = at("2026-10-21T00:00:00+08:00") + kSecond; })
        << u"outside_window"_qs << qint64(0);
    QTest::addRow("90-day label beats the small appliance's 15")
        << with(base(), [](auto &c) { c.line.category = Category::PersonalCare; c.line.priceProtectDays = 90;
                                      c.now = at("2026-12-20T12:00:00+08:00"); })
        << paid << qint64(20000);

    // Order basis: order_at ≤ t < order_at + 30 × 24 h (2026-11-02 20:15 Shanghai).
    const qint64 orderWindowEnd = at("2026-11-02T20:15:00+08:00");
    QTest::addRow("order basis: 1 s before") << with(marketplace(), [&](auto &c) { c.now = orderWindowEnd - kSecond; })
                                             << paid << qint64(20000);
    QTest::addRow("order basis: at the end") << with(marketplace(), [&](auto &c) { c.now = orderWindowEnd; })
                                             << u"outside_window"_qs << qint64(0);
    QTest::addRow("order basis: 1 s after") << with(marketplace(), [&](auto &c) { c.now = orderWindowEnd + kSecond; })
                                            << u"outside_window"_qs << qint64(0);
    QTest::addRow("order basis ignores an unsigned delivery")
        << with(marketplace(), [&](auto &c) { c.signedAt.reset(); c.now = orderWindowEnd + kSecond; })
        << u"outside_window"_qs << qint64(0);

    // When the price changed.
    QTest::addRow("no price event") << with(base(), [](auto &c) { c.events.clear(); }) << u"not_a_drop"_qs << qint64(0);
    QTest::addRow("price set 1 s before the order") << with(base(), [](auto &c) { c.events[0].effectiveAt = kOrderAt - kSecond; })
                                                    << u"not_a_drop"_qs << qint64(0);
    QTest::addRow("price set 1 s after the order") << with(base(), [](auto &c) { c.events[0].effectiveAt = kOrderAt + kSecond; })
                                                   << paid << qint64(20000);
    QTest::addRow("drop takes effect 1 s from now") << with(base(), [](auto &c) { c.now = kDropAt - kSecond; })
                                                    << u"not_a_drop"_qs << qint64(0);
    QTest::addRow("drop took effect this instant") << with(base(), [](auto &c) { c.now = kDropAt; }) << paid << qint64(20000);
    QTest::addRow("dropped and rose again before the claim")
        << with(base(), [](auto &c) { c.events.append(priceEvent("P2", 329900, kDropAt + 3600 * kSecond)); })
        << u"not_a_drop"_qs << qint64(0);
    QTest::addRow("dropped twice: the latest price counts")
        << with(base(), [](auto &c) { c.events.append(priceEvent("P2", 279900, kDropAt + 3600 * kSecond)); })
        << paid << qint64(30000);
    QTest::addRow("two prices for the same instant: the later announced counts")
        << with(base(), [](auto &c) { c.events[0].createdAt = kDropAt;
                                      c.events.prepend(priceEvent("P0", 259900, kDropAt, PriceSource::Flash));
                                      c.events.first().createdAt = kDropAt - kSecond; })
        << paid << qint64(20000);
    QTest::addRow("two prices for the same instant: a later flash announcement counts")
        << with(base(), [](auto &c) { c.events[0].createdAt = kDropAt;
                                      c.events.append(priceEvent("P0", 259900, kDropAt, PriceSource::Flash));
                                      c.events.last().createdAt = kDropAt + kSecond; })
        << u"excluded_price_source"_qs << qint64(0);
    QTest::addRow("new price equals the price paid") << with(base(), [](auto &c) { c.events[0].priceFen = 309900; })
                                                     << u"not_a_drop"_qs << qint64(0);
    QTest::addRow("same SKU cheaper from another seller")
        << with(base(), [](auto &c) { c.events = { priceEvent("P9", 199900, kDropAt, PriceSource::Normal, "shop_88") }; })
        << u"not_a_drop"_qs << qint64(0);
    QTest::addRow("another SKU from the same seller")
        << with(base(), [](auto &c) { c.events = { priceEvent("P9", 199900, kDropAt, PriceSource::Normal, "self", "100013") }; })
        << u"not_a_drop"_qs << qint64(0);

    // Price sources.
    QTest::addRow("flash-only drop") << with(base(), [](auto &c) { c.events[0].source = PriceSource::Flash; })
                                     << u"excluded_price_source"_qs << qint64(0);
    QTest::addRow("subsidy price") << with(base(), [](auto &c) { c.events[0].source = PriceSource::Subsidy; })
                                   << u"excluded_price_source"_qs << qint64(0);
    QTest::addRow("member price") << with(base(), [](auto &c) { c.events[0].source = PriceSource::Member; })
                                  << u"excluded_price_source"_qs << qint64(0);
    QTest::addRow("coupon price") << with(base(), [](auto &c) { c.events[0].source = PriceSource::Coupon; })
                                  << u"excluded_price_source"_qs << qint64(0);
    QTest::addRow("normal drop, now a flash sale on top")
        << with(base(), [](auto &c) { c.events.append(priceEvent("P2", 259900, kDropAt + kSecond, PriceSource::Flash)); })
        << u"excluded_price_source"_qs << qint64(0);
    QTest::addRow("flash sale over, normal drop remains")
        << with(base(), [](auto &c) { c.events.prepend(priceEvent("P0", 259900, kDropAt - kSecond, PriceSource::Flash)); })
        << paid << qint64(20000);

    // What the customer still has.
    QTest::addRow("gift line") << with(base(), [](auto &c) { c.line.isGift = true; c.line.unitPriceFen = 0; c.line.discountFen = 0; })
                               << u"gift"_qs << qint64(0);
    QTest::addRow("qty 3, none returned") << threeUnits(0, 0) << paid << qint64(30000);
    QTest::addRow("qty 3, 1 returned, 1 pending return") << threeUnits(1, 1) << paid << qint64(10000);
    QTest::addRow("qty 3, all returned") << threeUnits(3, 0) << u"nothing_left"_qs << qint64(0);
    QTest::addRow("qty 2, 1 returned, 1 pending return") << with(threeUnits(1, 1), [](auto &c) { c.line.qty = 2; })
                                                         << u"nothing_left"_qs << qint64(0);

    // Discounts: the paid price, kept exact.
    QTest::addRow("discount makes the paid price lower than the new price")
        << with(base(), [](auto &c) { c.line.discountFen = 50000; }) << u"not_a_drop"_qs << qint64(0);
    QTest::addRow("pays against the price paid, not the list price")
        << with(base(), [](auto &c) { c.events[0].priceFen = 299900; }) << paid << qint64(10000);
    // 29999 fen for 3 units: 9999.67 each; to 90.00 with 2 kept: floor(2999 × 2 / 3) = 1999.
    QTest::addRow("unit price not whole fen, 2 of 3 kept")
        << with(threeUnits(1, 0), [](auto &c) { c.line.unitPriceFen = 10000; c.line.discountFen = 1; c.events[0].priceFen = 9000; })
        << paid << qint64(1999);
    QTest::addRow("drop of less than 1 fen in all")
        << with(threeUnits(2, 0), [](auto &c) { c.line.unitPriceFen = 10000; c.line.discountFen = 1; c.events[0].priceFen = 9999; })
        << u"not_a_drop"_qs << qint64(0);
    QTest::addRow("three lines share an odd discount: first") << lineOfSharedOrder(0, 94000) << paid << qint64(444);
    QTest::addRow("three lines share an odd discount: second") << lineOfSharedOrder(1, 47000) << paid << qint64(222);
    QTest::addRow("three lines share an odd discount: third gets the extra fen") << lineOfSharedOrder(2, 28000) << paid
                                                                                 << qint64(333);

    // Earlier claims.
    QTest::addRow("same drop already paid") << with(base(), [](auto &c) { c.claims = { claim("P1", 20000) }; })
                                            << u"already_compensated"_qs << qint64(0);
    QTest::addRow("second drop after a paid claim pays the further difference")
        << with(base(), [](auto &c) { c.claims = { claim("P1", 20000) };
                                      c.events.append(priceEvent("P2", 279900, kDropAt + 3600 * kSecond)); })
        << paid << qint64(10000);
    QTest::addRow("after a paid claim the price rose, still below what was paid")
        << with(base(), [](auto &c) { c.claims = { claim("P1", 20000) };
                                      c.events.append(priceEvent("P2", 299900, kDropAt + 3600 * kSecond)); })
        << u"not_a_drop"_qs << qint64(0);
    QTest::addRow("a rejected claim compensated nothing")
        << with(base(), [](auto &c) { c.claims = { claim("P1", 0, ClaimStatus::Rejected) }; }) << paid << qint64(20000);
    QTest::addRow("another line's claim does not count")
        << with(base(), [](auto &c) { c.claims = { claim("P1", 20000, ClaimStatus::Paid, "JD1/L2") }; }) << paid
        << qint64(20000);
    QTest::addRow("second drop after a paid claim, 1 of 3 kept")
        << with(threeUnits(1, 1), [](auto &c) { c.claims = { claim("P1", 10000) };
                                                c.events.append(priceEvent("P2", 85000, kDropAt + 3600 * kSecond)); })
        << paid << qint64(5000);
}

void TestPriceProtection::decide()
{
    QFETCH(PriceProtectionCase, input);
    QFETCH(QString, reason);
    QFETCH(qint64, amount);
    const PriceProtectionDecision decision = PriceProtection().decide(input);
    QCOMPARE(decision.reason(), reason);
    QCOMPARE(decision.amountFen, amount);
    QCOMPARE(decision.eligible(), reason.isEmpty());
}

void TestPriceProtection::reportsWindowAndUnitPrices()
{
    PriceProtectionCase input = threeUnits(1, 1);
    input.line.discountFen = 1; // 299999 for 3: 99999.67 each
    const PriceProtectionDecision decision = PriceProtection().decide(input);
    QCOMPARE(decision.window.basis, WindowBasis::Sign);
    QCOMPARE(decision.window.days, 30);
    QCOMPARE(decision.window.endsAt, std::optional<qint64>(kWindowEnd));
    QCOMPARE(decision.unitPaidFen, 99999);
    QCOMPARE(decision.baselineFen, 99999);
    QCOMPARE(decision.priceNowFen, std::optional<qint64>(90000));
    QCOMPARE(decision.priceEventId, u"P1"_qs);
    QCOMPARE(decision.eligibleQty, 1);
    QCOMPARE(decision.amountFen, 9999);

    input.signedAt.reset();
    QVERIFY(!PriceProtection().decide(input).window.endsAt.has_value());
    input.line.seller = u"shop_88"_qs;
    const PriceProtectionWindow window = PriceProtection().decide(input).window;
    QCOMPARE(window.basis, WindowBasis::Order);
    QCOMPARE(window.endsAt, std::optional<qint64>(at("2026-11-02T20:15:00+08:00")));
}

void TestPriceProtection::sharesAnOddDiscountExactly()
{
    QList<OrderLine> lines(3);
    lines[0].unitPriceFen = 100000;
    lines[1].unitPriceFen = 25000;
    lines[1].qty = 2;
    lines[2].unitPriceFen = 30000;
    shareOrderDiscount(lines, 10001);
    QCOMPARE(lines[0].discountFen, 5556);
    QCOMPARE(lines[1].discountFen, 2778);
    QCOMPARE(lines[2].discountFen, 1667);
    QCOMPARE(lines[0].paidFen() + lines[1].paidFen() + lines[2].paidFen(), 180000 - 10001);
}

QTEST_APPLESS_MAIN(TestPriceProtection)
#include "tst_priceprotection.moc"
