#include "core/entitlements.h"

#include <QDateTime>
#include <QTest>

Q_DECLARE_METATYPE(parasol::EntitlementCase)

using namespace parasol;

class TestEntitlements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applying_data();
    void applying();
    void lawMinimumWhenThePlatformDoesNotExtend();
    void fullyReturnedLineHasNothing();
    void repairHistoryFromTickets();
};

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kDay = 24 * 3600 * kSecond;
constexpr qint64 kNone = -1;

qint64 at(const char *iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(time.isValid());
    return time.toMSecsSinceEpoch();
}

// The platform's own air conditioner, ordered and paid on 3 October, signed for on
// 5 October 2026 (Shanghai). Periods end at Shanghai midnight.
EntitlementCase base(qint64 now)
{
    EntitlementCase c;
    c.line.id = u"JD1/L1"_qs;
    c.line.sku = u"100012"_qs;
    c.line.category = Category::AirConditioner;
    c.line.unitPriceFen = 329900;
    c.orderAt = at("2026-10-03T20:15:00+08:00");
    c.paidAt = at("2026-10-03T20:16:00+08:00");
    c.signedAt = at("2026-10-05T11:02:00+08:00");
    c.now = now;
    return c;
}

template<typename Change>
EntitlementCase with(EntitlementCase c, Change change)
{
    change(c);
    return c;
}

RepairRecord repair(qint64 startedAt, std::optional<qint64> endedAt, bool failed)
{
    return RepairRecord { u"T%1"_qs.arg(startedAt), startedAt, endedAt, failed };
}

QString keyOf(const EntitlementRule &rule)
{
    return rule.part.isEmpty() ? rule.id : rule.id + u'/' + rule.part;
}

} // namespace

void TestEntitlements::applying_data()
{
    QTest::addColumn<EntitlementCase>("input");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("applies");
    QTest::addColumn<qint64>("until"); // kNone: no end yet
    QTest::addColumn<qint64>("from"); // kNone: already running

    const qint64 signOff30 = at("2026-11-05T00:00:00+08:00"); // 30 days from the day after 5 October
    const auto row = [](const char *name, EntitlementCase input, const char *rule, bool applies, qint64 until,
                        qint64 from = kNone) {
        QTest::addRow("%s", name) << input << QString::fromLatin1(rule) << applies << until << from;
    };

    // E1, platform's 30 days (⚙) from the day after sign-off.
    row("E1: 1 s before the end", base(signOff30 - kSecond), "E1", true, signOff30);
    row("E1: at the end", base(signOff30), "E1", false, kNone);
    row("E1: unsigned line, runs from sign-off", with(base(at("2027-01-01T00:00:00+08:00")), [](auto &c) { c.signedAt.reset(); }),
        "E1", true, kNone);
    // Signed at 00:30 Shanghai on 6 October, still 5 October in New York: the Shanghai date counts.
    row("E1: Shanghai sign date, 1 s before",
        with(base(at("2026-11-06T00:00:00+08:00") - kSecond), [](auto &c) { c.signedAt = at("2026-10-06T00:30:00+08:00"); }),
        "E1", true, at("2026-11-06T00:00:00+08:00"));
    // E2 quality return 30 days, E3 exchange 180 days.
    row("E2: 1 s before", base(signOff30 - kSecond), "E2", true, signOff30);
    row("E2: 1 s after", base(signOff30 + kSecond), "E2", false, kNone);
    row("E3: 1 s before", base(at("2027-04-04T00:00:00+08:00") - kSecond), "E3", true, at("2027-04-04T00:00:00+08:00"));
    row("E3: at the end", base(at("2027-04-04T00:00:00+08:00")), "E3", false, kNone);
    // E4: a small appliance is replaced for a year; a large one is not covered.
    const auto small = [](auto &c) { c.line.category = Category::SmallKitchen; };
    row("E4: small appliance, 1 s before", with(base(at("2027-10-06T00:00:00+08:00") - kSecond), small), "E4", true,
        at("2027-10-06T00:00:00+08:00"));
    row("E4: small appliance, 1 s after", with(base(at("2027-10-06T00:00:00+08:00") + kSecond), small), "E4", false, kNone);
    row("E4: not for a large appliance", base(signOff30), "E4", false, kNone);
    // E5 days 1–7 and E6 days 8–15 from the sale (paid 3 October).
    const qint64 day8 = at("2026-10-11T00:00:00+08:00"), day16 = at("2026-10-19T00:00:00+08:00");
    row("E5: 1 s before day 8", base(day8 - kSecond), "E5", true, day8);
    row("E5: day 8", base(day8), "E5", false, kNone);
    row("E6: 1 s before day 8, starts then", base(day8 - kSecond), "E6", true, day16, day8);
    row("E6: day 8", base(day8), "E6", true, day16);
    row("E6: 1 s before day 16", base(day16 - kSecond), "E6", true, day16);
    row("E6: day 16", base(day16), "E6", false, kNone);
    row("E5: paid 1 s before Shanghai midnight",
        with(base(day8 - kSecond), [](auto &c) { c.paidAt = at("2026-10-03T23:59:59+08:00"); }), "E5", true, day8);
    row("E5: paid at Shanghai midnight, a day more",
        with(base(day8), [](auto &c) { c.paidAt = at("2026-10-04T00:00:00+08:00"); }), "E5", true,
        at("2026-10-12T00:00:00+08:00"));
    row("E5: unpaid order runs from its placing", with(base(day8 - kSecond), [](auto &c) { c.paidAt.reset(); }), "E5", true,
        day8);
    // E7: whole unit 1 year, main parts 3 years (TV, fridge, washer, AC), repair time not counted.
    const qint64 year1 = at("2027-10-04T00:00:00+08:00"), year3 = at("2029-10-04T00:00:00+08:00");
    row("E7 whole unit: 1 s before", base(year1 - kSecond), "E7/whole_unit", true, year1);
    row("E7 whole unit: 1 s after", base(year1 + kSecond), "E7/whole_unit", false, kNone);
    row("E7 main parts: 1 s before", base(year3 - kSecond), "E7/main_parts", true, year3);
    row("E7 main parts: at the end", base(year3), "E7/main_parts", false, kNone);
    row("E7 main parts: not for a water heater",
        with(base(year1 - kSecond), [](auto &c) { c.line.category = Category::WaterHeater; }), "E7/main_parts", false, kNone);
    row("E7 whole unit: water heater", with(base(year1 - kSecond), [](auto &c) { c.line.category = Category::WaterHeater; }),
        "E7/whole_unit", true, year1);
    row("E7 whole unit: small appliance is replaced instead", with(base(year1 - kSecond), small), "E7/whole_unit", false,
        kNone);
    const auto tenDayRepair = [](auto &c) {
        c.repairs = { repair(at("2027-03-01T09:00:00+08:00"), at("2027-03-11T09:00:00+08:00"), false) };
    };
    row("E7: a 10-day repair extends the warranty, 1 s before", with(base(year1 + 10 * kDay - kSecond), tenDayRepair),
        "E7/whole_unit", true, year1 + 10 * kDay);
    row("E7: a 10-day repair extends the warranty, at the end", with(base(year1 + 10 * kDay), tenDayRepair), "E7/whole_unit",
        false, kNone);
    // E8: two failed repairs within warranty, or a repair over 30 days.
    const qint64 march = at("2027-03-01T09:00:00+08:00");
    row("E8: two failed repairs", with(base(march + 60 * kDay), [&](auto &c) {
            c.repairs = { repair(march, march + kDay, true), repair(march + 10 * kDay, march + 11 * kDay, true),
                          repair(march + 20 * kDay, std::nullopt, false) };
        }), "E8", true, kNone);
    row("E8: one failed repair", with(base(march + 60 * kDay), [&](auto &c) {
            c.repairs = { repair(march, march + kDay, true), repair(march + 10 * kDay, march + 11 * kDay, false) };
        }), "E8", false, kNone);
    row("E8: repair of 30 days and 1 s", with(base(march + 60 * kDay), [&](auto &c) {
            c.repairs = { repair(march, march + 30 * kDay + kSecond, false) };
        }), "E8", true, kNone);
    row("E8: repair of exactly 30 days", with(base(march + 60 * kDay), [&](auto &c) {
            c.repairs = { repair(march, march + 30 * kDay, false) };
        }), "E8", false, kNone);
    row("E8: repair still going on after 30 days and 1 s",
        with(base(march + 30 * kDay + kSecond), [&](auto &c) { c.repairs = { repair(march, std::nullopt, false) }; }), "E8",
        true, kNone);
    row("E8: failed repairs after the warranty do not count", with(base(at("2029-01-10T00:00:00+08:00")), [&](auto &c) {
            const qint64 late = at("2028-01-01T09:00:00+08:00");
            c.repairs = { repair(late, late + kDay, true), repair(late + 5 * kDay, late + 6 * kDay, true) };
        }), "E8", false, kNone);
    // E9: the line's price-protection window.
    row("E9: 1 s before the window ends", base(signOff30 - kSecond), "E9", true, signOff30);
    row("E9: at the window's end", base(signOff30), "E9", false, kNone);
    row("E9: not for a gift", with(base(signOff30 - kSecond), [](auto &c) { c.line.isGift = true; }), "E9", false, kNone);
    row("E9: marketplace seller, 30 × 24 h from the order",
        with(base(at("2026-11-02T20:15:00+08:00") - kSecond), [](auto &c) { c.line.seller = u"shop_88"_qs; }), "E9", true,
        at("2026-11-02T20:15:00+08:00"));
    row("E9: unsigned line is open", with(base(at("2027-01-01T00:00:00+08:00")), [](auto &c) { c.signedAt.reset(); }), "E9",
        true, kNone);
    row("gift keeps its warranty", with(base(year1 - kSecond), [](auto &c) { c.line.isGift = true; }), "E7/whole_unit", true,
        year1);
}

void TestEntitlements::applying()
{
    QFETCH(EntitlementCase, input);
    QFETCH(QString, rule);
    QFETCH(bool, applies);
    QFETCH(qint64, until);
    QFETCH(qint64, from);

    const QList<Entitlement> all = Entitlements().applying(input);
    const auto found = std::find_if(all.cbegin(), all.cend(), [&](const Entitlement &e) { return keyOf(e.rule) == rule; });
    QCOMPARE(found != all.cend(), applies);
    if (!applies)
        return;
    QCOMPARE(found->until.value_or(kNone), until);
    QCOMPARE(found->from.value_or(kNone), from);
}

void TestEntitlements::lawMinimumWhenThePlatformDoesNotExtend()
{
    EntitlementPolicy law;
    law.noReasonReturnDays = 7;
    const qint64 end = at("2026-10-13T00:00:00+08:00"); // 7 days from the day after 5 October
    const auto has = [&](qint64 now) {
        const QList<Entitlement> all = Entitlements(law).applying(base(now));
        return std::any_of(all.cbegin(), all.cend(), [&](const Entitlement &e) {
            return e.rule.remedy == Remedy::NoReasonReturn && e.until == end;
        });
    };
    QVERIFY(has(end - kSecond));
    QVERIFY(!has(end));
}

void TestEntitlements::fullyReturnedLineHasNothing()
{
    EntitlementCase input = base(at("2026-10-08T00:00:00+08:00"));
    QVERIFY(!Entitlements().applying(input).isEmpty());
    input.line.returnedQty = 1;
    QVERIFY(Entitlements().applying(input).isEmpty());
    input.line.returnedQty = 0;
    input.line.pendingReturnQty = 1;
    QVERIFY(Entitlements().applying(input).isEmpty());
}

void TestEntitlements::repairHistoryFromTickets()
{
    const auto ticket = [](const char *id, const char *line, TicketKind kind, qint64 openedAt,
                           std::optional<Decision> decision = std::nullopt) {
        Ticket t;
        t.id = QString::fromLatin1(id);
        t.orderLineId = QString::fromLatin1(line);
        t.kind = kind;
        t.openedAt = openedAt;
        t.decision = decision;
        return t;
    };
    const auto node = [](const char *ticketId, NodeKind kind, qint64 when) {
        ServiceNode n;
        n.ticketId = QString::fromLatin1(ticketId);
        n.kind = kind;
        n.at = when;
        return n;
    };
    const qint64 t0 = at("2027-03-01T09:00:00+08:00");
    const QList<Ticket> tickets {
        ticket("T2", "JD1/L1", TicketKind::Installation, t0 + 20 * kDay, Decision::Repair), // decided as a repair
        ticket("T1", "JD1/L1", TicketKind::Repair, t0),
        ticket("T3", "JD1/L1", TicketKind::Installation, t0 + 30 * kDay), // not a repair
        ticket("T9", "JD1/L2", TicketKind::Repair, t0 + 40 * kDay), // another line
    };
    const QList<ServiceNode> nodes { node("T1", NodeKind::Inspected, t0 + kDay), node("T1", NodeKind::Done, t0 + 3 * kDay),
                                     node("T9", NodeKind::Done, t0 + 41 * kDay) };
    const QList<RepairRecord> repairs = repairHistory(u"JD1/L1"_qs, tickets, nodes);
    QCOMPARE(repairs.size(), 2);
    QCOMPARE(repairs[0].ticketId, u"T1"_qs);
    QCOMPARE(repairs[0].endedAt, std::optional<qint64>(t0 + 3 * kDay));
    QVERIFY(repairs[0].failed); // the fault came back: T2 was another repair
    QCOMPARE(repairs[1].ticketId, u"T2"_qs);
    QVERIFY(!repairs[1].endedAt);
    QVERIFY(!repairs[1].failed);
    QCOMPARE(repairs[1].durationMs(t0 + 25 * kDay), 5 * kDay);
}

QTEST_APPLESS_MAIN(TestEntitlements)
#include "tst_entitlements.moc"
