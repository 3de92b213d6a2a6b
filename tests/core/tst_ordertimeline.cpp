#include "core/businesscalendar.h"
#include "core/ordertimeline.h"

#include <QTest>

using namespace parasol;

// RULES.md §4: deadlines after the previous node, amber from 80%, red past it, and the
// nodes still to come of an open ticket.
class TestOrderTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deadlineStates_data();
    void deadlineStates();
    void allowances_data();
    void allowances();
    void buildsReachedAndUpcomingNodes();
    void storesARepeatedNodeOnce();
    void repairIsDueThirtyDaysAfterAcceptance();
    void customerSlotSetsTheOnSiteDeadline();
};

namespace {
constexpr qint64 kHour = 3600'000;
const qint64 kStart = *BusinessCalendar::parseIso(u"2026-11-20T09:00:00+08:00");

ServiceNode node(NodeKind kind, qint64 at, const QString &ticket = QStringLiteral("T1"))
{
    ServiceNode n;
    n.kind = kind;
    n.at = at;
    n.ticketId = ticket;
    n.orderNo = QStringLiteral("JD1");
    n.actor = QStringLiteral("美的服务网点 #031");
    return n;
}

Ticket openTicket(TicketKind kind = TicketKind::Repair)
{
    Ticket t;
    t.id = QStringLiteral("T1");
    t.kind = kind;
    t.status = TicketStatus::Open;
    t.openedAt = kStart;
    return t;
}
} // namespace

void TestOrderTimeline::deadlineStates_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<int>("state");
    // A 10-hour allowance: amber from 8 h, red after 10 h.
    QTest::addRow("7h59m") << 8 * kHour - 60'000 << int(DeadlineState::OnTime);
    QTest::addRow("exactly 80 percent") << 8 * kHour << int(DeadlineState::Approaching);
    QTest::addRow("at the deadline") << 10 * kHour << int(DeadlineState::Approaching);
    QTest::addRow("1 ms late") << 10 * kHour + 1 << int(DeadlineState::Overdue);
}

void TestOrderTimeline::deadlineStates()
{
    QFETCH(qint64, elapsed);
    QFETCH(int, state);
    QCOMPARE(int(deadlineState(kStart, kStart + 10 * kHour, kStart + elapsed)), state);
}

void TestOrderTimeline::allowances_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("tier");
    QTest::addColumn<bool>("elder");
    QTest::addColumn<qint64>("hours");
    QTest::addRow("reviewed") << int(NodeKind::Reviewed) << 1 << false << qint64(2);
    QTest::addRow("engineer booked, city") << int(NodeKind::EngineerBooked) << 2 << false << qint64(2);
    QTest::addRow("engineer booked, county") << int(NodeKind::EngineerBooked) << 3 << false << qint64(4);
    QTest::addRow("engineer booked, township") << int(NodeKind::EngineerBooked) << 4 << false << qint64(8);
    QTest::addRow("engineer booked, elder in a township") << int(NodeKind::EngineerBooked) << 4 << true << qint64(1);
    QTest::addRow("on site, county") << int(NodeKind::OnSite) << 3 << false << qint64(48);
    QTest::addRow("follow-up call") << int(NodeKind::FollowUp) << 1 << false << qint64(24);
}

void TestOrderTimeline::allowances()
{
    QFETCH(int, kind);
    QFETCH(int, tier);
    QFETCH(bool, elder);
    QFETCH(qint64, hours);
    QCOMPARE(ServiceLevelPolicy {}.allowanceMs(NodeKind(kind), tier, elder), std::optional<qint64>(hours * kHour));
}

void TestOrderTimeline::buildsReachedAndUpcomingNodes()
{
    TimelineInput input;
    input.tickets = { openTicket() };
    input.nodes = { node(NodeKind::Reviewed, kStart + 1 * kHour), node(NodeKind::Accepted, kStart),
                    node(NodeKind::Placed, kStart - 240 * kHour, QString()) };
    input.nowMs = kStart + kHour + 110 * 60'000; // 1 h 50 min after review: dispatch is due at 2 h, so amber
    const QList<TimelineEntry> entries = buildOrderTimeline(input);

    QCOMPARE(entries.size(), 3 + 8); // placed, accepted, reviewed; then dispatched … closed
    QCOMPARE(entries[0].kind, NodeKind::Placed);
    QCOMPARE(entries[1].kind, NodeKind::Accepted);
    QCOMPARE(entries[2].kind, NodeKind::Reviewed);
    QCOMPARE(entries[2].dueAt, std::optional<qint64>(kStart + 2 * kHour));
    QCOMPARE(entries[2].deadline, DeadlineState::OnTime);
    QVERIFY(entries[2].current);
    QVERIFY(!entries[1].current);

    const TimelineEntry &next = entries[3];
    QCOMPARE(next.kind, NodeKind::Dispatched);
    QVERIFY(!next.reached());
    QCOMPARE(next.dueAt, std::optional<qint64>(kStart + 3 * kHour));
    QCOMPARE(next.deadline, DeadlineState::Approaching);
    // Later nodes are chained from the one before and not judged yet.
    QCOMPARE(entries[4].kind, NodeKind::EngineerBooked);
    QCOMPARE(entries[4].dueAt, std::optional<qint64>(kStart + 5 * kHour));
    QCOMPARE(entries[4].deadline, DeadlineState::NoDeadline);
    QCOMPARE(entries.last().kind, NodeKind::Closed);
}

void TestOrderTimeline::storesARepeatedNodeOnce()
{
    TimelineInput input;
    input.tickets = { openTicket() };
    input.nodes = { node(NodeKind::Accepted, kStart), node(NodeKind::Accepted, kStart), node(NodeKind::Reviewed, kStart + 3 * kHour) };
    input.nowMs = kStart + 4 * kHour;
    const QList<TimelineEntry> entries = buildOrderTimeline(input);
    QCOMPARE(std::count_if(entries.cbegin(), entries.cend(), [](const TimelineEntry &e) { return e.kind == NodeKind::Accepted; }), 1);
    // Reviewed 3 h after acceptance: past its 2 h.
    QVERIFY(entries[1].overdue());
}

void TestOrderTimeline::repairIsDueThirtyDaysAfterAcceptance()
{
    TimelineInput input;
    input.tickets = { openTicket(TicketKind::Repair) };
    input.nodes = { node(NodeKind::Accepted, kStart), node(NodeKind::Inspected, kStart + 48 * kHour) };
    input.nowMs = kStart + 49 * kHour;
    const QList<TimelineEntry> entries = buildOrderTimeline(input);
    const auto done = std::find_if(entries.cbegin(), entries.cend(), [](const TimelineEntry &e) { return e.kind == NodeKind::Done; });
    QVERIFY(done != entries.cend());
    QCOMPARE(done->dueAt, std::optional<qint64>(kStart + 30 * BusinessCalendar::kDayMs));
}

void TestOrderTimeline::customerSlotSetsTheOnSiteDeadline()
{
    TimelineInput input;
    input.tickets = { openTicket() };
    ServiceNode onSite = node(NodeKind::OnSite, kStart + 30 * kHour);
    onSite.detail.insert(QStringLiteral("slot_end"), QStringLiteral("2026-11-21T18:00:00+08:00"));
    input.nodes = { node(NodeKind::Accepted, kStart), node(NodeKind::EngineerBooked, kStart + 1 * kHour), onSite };
    input.nowMs = kStart + 31 * kHour;
    const QList<TimelineEntry> entries = buildOrderTimeline(input);
    // 24 h after booking would make 30 h late; the customer's slot ran to 18:00 next day, 33 h after start.
    QCOMPARE(entries[2].dueAt, BusinessCalendar::parseIso(u"2026-11-21T18:00:00+08:00"));
    QVERIFY(!entries[2].overdue());
}

QTEST_GUILESS_MAIN(TestOrderTimeline)
#include "tst_ordertimeline.moc"
