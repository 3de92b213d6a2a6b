// The order timeline as an agent reads it: the nodes core computed, in order, each state
// told by colour, shape and word; the engineer's verifications; the e-bill with the
// overcharged part flagged; the keyboard moving the selection; 200 nodes painted.
#include "console/ebillpanel.h"
#include "console/timelinewidget.h"

#include "core/money.h"

#include <QAccessible>
#include <QImage>
#include <QPainter>
#include <QTableWidget>
#include <QTest>

using namespace parasol;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kStart = 1'780'000'000'000; // accepted; the other times count from here

ServiceNode node(NodeKind kind, qint64 at, const QString &engineerId = {})
{
    ServiceNode n;
    n.id = QStringLiteral("n%1").arg(int(kind));
    n.orderNo = QStringLiteral("JD1");
    n.ticketId = QStringLiteral("T1");
    n.kind = kind;
    n.at = at;
    n.actor = QStringLiteral("海尔服务网点");
    n.engineerId = engineerId;
    return n;
}

// A repair in a tier-1 city: reviewed in 1 h of 2 (on time), dispatched in 1 h 40 of 2
// (amber), the engineer booked after 3 h of 2 (overdue), on site now.
TimelineInput repairInput()
{
    Ticket ticket;
    ticket.id = QStringLiteral("T1");
    ticket.orderNo = QStringLiteral("JD1");
    ticket.kind = TicketKind::Repair;
    ticket.status = TicketStatus::Open;
    ticket.openedAt = kStart;
    ticket.decision = Decision::Repair;
    TimelineInput input;
    input.tickets = { ticket };
    input.nodes = { node(NodeKind::Accepted, kStart), node(NodeKind::Reviewed, kStart + kHour),
                    node(NodeKind::Dispatched, kStart + 2 * kHour + 40 * 60'000),
                    node(NodeKind::EngineerBooked, kStart + 5 * kHour + 40 * 60'000, QStringLiteral("e1")),
                    node(NodeKind::OnSite, kStart + 20 * kHour, QStringLiteral("e1")),
                    node(NodeKind::Inspected, kStart + 21 * kHour, QStringLiteral("e1")) };
    input.cityTier = 1;
    input.nowMs = kStart + 22 * kHour;
    return input;
}

Engineer engineerWithoutSkill()
{
    Engineer e;
    e.id = QStringLiteral("e1");
    e.name = QStringLiteral("王师傅");
    e.realNameVerified = QDate(2024, 3, 1);
    e.safetyVerified = QDate(2024, 3, 2);
    e.healthVerified = QDate(2024, 3, 3);
    return e;
}

EbillLine ebillLine(const QString &part, qint64 unitFen, int qty, qint64 standardFen)
{
    EbillLine line;
    line.ticketId = QStringLiteral("T1");
    line.part = part;
    line.unitPriceFen = unitFen;
    line.qty = qty;
    line.standardPriceFen = standardFen;
    return line;
}

TimelineModel repairModel()
{
    const QList<EbillLine> bill { ebillLine(QStringLiteral("铜管 (m)"), 4500, 3, 4000),
                                  ebillLine(QStringLiteral("空调支架"), 12000, 1, 12000) };
    return TimelineModel(QStringLiteral("JD1"), buildOrderTimeline(repairInput()),
                         { { QStringLiteral("e1"), engineerWithoutSkill() } }, { { QStringLiteral("T1"), bill } });
}

int indexOf(const TimelineModel &model, NodeKind kind)
{
    for (int i = 0; i < model.count(); ++i)
        if (model.entry(i).kind == kind)
            return i;
    return -1;
}

// A long order: one ticket after another, 200 nodes in all.
TimelineModel longModel(int nodes)
{
    QList<TimelineEntry> entries;
    for (int i = 0; i < nodes; ++i) {
        TimelineEntry entry;
        entry.kind = NodeKind(int(NodeKind::Accepted) + i % 12);
        entry.at = kStart + i * kHour;
        entry.startAt = kStart + (i - 1) * kHour;
        entry.dueAt = kStart + (i + 1) * kHour;
        entry.deadline = DeadlineState(1 + i % 3);
        entry.actor = QStringLiteral("agent%1").arg(i);
        entries.append(entry);
    }
    entries.last().current = true;
    return TimelineModel(QStringLiteral("JD200"), entries, {}, {});
}

bool showTimeline(TimelineWidget &widget, QSize size, const TimelineModel &model)
{
    widget.resize(size);
    widget.setModel(model);
    widget.show();
    return QTest::qWaitForWindowExposed(&widget);
}

} // namespace

class TestTimelineWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodesInOrderWithTheirStates()
    {
        const TimelineModel model = repairModel();
        QList<NodeKind> kinds;
        for (int i = 0; i < model.count(); ++i)
            kinds.append(model.entry(i).kind);
        const QList<NodeKind> reached { NodeKind::Accepted,       NodeKind::Reviewed, NodeKind::Dispatched,
                                        NodeKind::EngineerBooked, NodeKind::OnSite,   NodeKind::Inspected };
        QCOMPARE(kinds.mid(0, reached.size()), reached);
        QVERIFY(kinds.contains(NodeKind::Closed)); // what is still to come follows

        const int reviewed = indexOf(model, NodeKind::Reviewed);
        const int dispatched = indexOf(model, NodeKind::Dispatched);
        const int booked = indexOf(model, NodeKind::EngineerBooked);
        const int closed = indexOf(model, NodeKind::Closed);
        QCOMPARE(model.shape(reviewed), TimelineModel::Shape::OnTime);
        QCOMPARE(model.shape(dispatched), TimelineModel::Shape::Approaching);
        QCOMPARE(model.shape(booked), TimelineModel::Shape::Overdue);
        QCOMPARE(model.shape(closed), TimelineModel::Shape::Upcoming);
        QCOMPARE(model.currentIndex(), indexOf(model, NodeKind::Inspected));
        QVERIFY(model.entry(model.currentIndex()).current);
        QVERIFY(!model.entry(closed).reached());
    }

    void eachStateHasItsColourShapeAndWord()
    {
        const TimelineModel model = repairModel();
        const QList<std::pair<NodeKind, QString>> glyphs { { NodeKind::Reviewed, QStringLiteral("●") },
                                                           { NodeKind::Dispatched, QStringLiteral("▲") },
                                                           { NodeKind::EngineerBooked, QStringLiteral("■") },
                                                           { NodeKind::Closed, QStringLiteral("○") } };
        QStringList words;
        QSet<QRgb> colours;
        for (const auto &[kind, glyph] : glyphs) {
            const int index = indexOf(model, kind);
            QCOMPARE(model.shapeGlyph(index), glyph);
            words.append(model.stateText(index));
            colours.insert(TimelineWidget::stateColor(model.shape(index)).rgb());
            QVERIFY(model.description(index).contains(model.stateText(index)));
        }
        QCOMPARE(words, QStringList({ QStringLiteral("on time"), QStringLiteral("near the deadline"),
                                      QStringLiteral("overdue"), QStringLiteral("to come") }));
        QCOMPARE(colours.size(), 4);
        QCOMPARE(TimelineWidget::stateColor(TimelineModel::Shape::OnTime).green() > 100, true);
        QCOMPARE(TimelineWidget::stateColor(TimelineModel::Shape::Overdue).red() > 150, true);

        // Nodes to come show their due time.
        QVERIFY(model.timeText(indexOf(model, NodeKind::Done)).startsWith(QStringLiteral("due ")));
    }

    void theOverdueRowIsPaintedRedWithASquare()
    {
        TimelineWidget widget;
        QVERIFY(showTimeline(widget, QSize(700, 600), repairModel()));
        const int booked = indexOf(widget.model(), NodeKind::EngineerBooked);
        const QImage image = widget.viewport()->grab().toImage();
        const QRect row = widget.rowRect(booked);
        // The square's corner is filled (a circle's would not be) in the overdue red.
        const QColor corner = image.pixelColor(24 - 6, row.top() + 18 - 6);
        QCOMPARE(corner.rgb(), TimelineWidget::stateColor(TimelineModel::Shape::Overdue).rgb());
        const int reviewed = indexOf(widget.model(), NodeKind::Reviewed);
        const QColor circleCorner = image.pixelColor(24 - 6, widget.rowRect(reviewed).top() + 18 - 6);
        QVERIFY(circleCorner.rgb() != TimelineWidget::stateColor(TimelineModel::Shape::OnTime).rgb());
    }

    void theEngineerNodeWarnsOfAMissingVerification()
    {
        const TimelineModel model = repairModel();
        const int booked = indexOf(model, NodeKind::EngineerBooked);
        QCOMPARE(model.missingVerifications(booked), QStringList { QStringLiteral("skill") });
        const QString detail = model.detailText(booked);
        QVERIFY2(detail.contains(QStringLiteral("real name ✓ 2024-03-01")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("health ✓ 2024-03-03")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("skill ✗ missing")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("⚠ not verified: skill")), qPrintable(detail));
        QVERIFY(model.missingVerifications(indexOf(model, NodeKind::Reviewed)).isEmpty());
    }

    void theInspectionOpensTheEbillWithTheOverchargeFlagged()
    {
        const TimelineModel model = repairModel();
        const int inspected = indexOf(model, NodeKind::Inspected);
        QCOMPARE(model.ebill(inspected).size(), 2);
        QVERIFY(model.ebill(indexOf(model, NodeKind::Reviewed)).isEmpty());

        EbillPanel panel;
        panel.setLines(model.ebill(inspected));
        QTableWidget *table = panel.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, EbillPanel::PartColumn)->text(), QStringLiteral("铜管 (m)"));
        QCOMPARE(table->item(0, EbillPanel::UnitPriceColumn)->text(), QStringLiteral("¥45.00"));
        QCOMPARE(table->item(0, EbillPanel::QtyColumn)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(0, EbillPanel::StandardPriceColumn)->text(), QStringLiteral("¥40.00"));
        QCOMPARE(table->item(0, EbillPanel::FlagColumn)->text(), QStringLiteral("▲ +¥5.00 a unit, +¥15.00 in all"));
        QCOMPARE(table->item(1, EbillPanel::FlagColumn)->text(), QStringLiteral("✓ standard"));
        QVERIFY(table->item(0, EbillPanel::PartColumn)->foreground().color()
                != table->item(1, EbillPanel::PartColumn)->foreground().color());
        QCOMPARE(panel.totalText(), QStringLiteral("Total ¥255.00 — ▲ ¥15.00 above the standard prices"));
    }

    // The selection moves with the keys, and the selected accessible item with it (focused
    // while the widget has the focus), so a screen reader follows the node being read.
    void theKeyboardMovesTheSelection()
    {
        TimelineWidget widget;
        QVERIFY(showTimeline(widget, QSize(600, 300), repairModel()));
        widget.setFocus();
        QTRY_VERIFY(widget.hasFocus());
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(&widget);
        const int current = widget.model().currentIndex();
        QCOMPARE(widget.selectedIndex(), current); // it opens where the order stands
        QVERIFY(list->child(current)->state().selected);
        QVERIFY(list->child(current)->state().focused);
        QCOMPARE(list->focusChild(), list->child(current));

        QTest::keyClick(&widget, Qt::Key_Up);
        QCOMPARE(widget.selectedIndex(), current - 1);
        QVERIFY(list->child(current - 1)->state().selected);
        QVERIFY(list->child(current - 1)->state().focused);
        QVERIFY(!list->child(current)->state().selected);
        QVERIFY(!list->child(current)->state().focused);
        QCOMPARE(list->focusChild(), list->child(current - 1));

        QTest::keyClick(&widget, Qt::Key_Home);
        QCOMPARE(widget.selectedIndex(), 0);
        QTest::keyClick(&widget, Qt::Key_Up);
        QCOMPARE(widget.selectedIndex(), 0);
        QVERIFY(list->child(0)->state().focused);
        QTest::keyClick(&widget, Qt::Key_End);
        const int last = widget.model().count() - 1;
        QCOMPARE(widget.selectedIndex(), last);
        // The last row is scrolled into view.
        QVERIFY(widget.viewport()->rect().contains(widget.rowRect(last)));
        QVERIFY(list->child(last)->state().focused);
        QVERIFY(!list->child(last)->state().offscreen);
        QVERIFY(list->child(last)->text(QAccessible::Description).startsWith(QStringLiteral("Step %1 of %1: ").arg(last + 1)));

        // Without the focus the selection stays, the focus goes.
        widget.clearFocus();
        QVERIFY(list->child(last)->state().selected);
        QVERIFY(!list->child(last)->state().focused);
        QVERIFY(list->focusChild() != list->child(last));
    }

    void eachNodeIsAnAccessibleItem()
    {
        TimelineWidget widget;
        QVERIFY(showTimeline(widget, QSize(700, 300), repairModel()));
        const TimelineModel &model = widget.model();
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(&widget);
        QVERIFY(list);
        QCOMPARE(list->role(), QAccessible::List);
        QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Service timeline of order JD1"));
        QCOMPARE(list->childCount(), model.count());
        for (int i = 0; i < model.count(); ++i) {
            QAccessibleInterface *item = list->child(i);
            QVERIFY(item && item->isValid());
            QCOMPARE(item->role(), QAccessible::ListItem);
            QCOMPARE(item->text(QAccessible::Name), model.title(i));
            QCOMPARE(item->text(QAccessible::Description), model.description(i));
            QCOMPARE(list->indexOfChild(item), i);
            QCOMPARE(item->parent(), list);
        }
        QVERIFY(!list->child(model.count()));

        // What a screen reader says of an overdue node, an engineer's, and one still to come.
        const int booked = indexOf(model, NodeKind::EngineerBooked);
        const QString overdue = list->child(booked)->text(QAccessible::Description);
        QVERIFY2(overdue.contains(QStringLiteral(": Engineer booked, overdue, ")), qPrintable(overdue));
        QVERIFY2(overdue.contains(QStringLiteral("By 海尔服务网点.")), qPrintable(overdue));
        QVERIFY2(overdue.contains(QStringLiteral("Engineer 王师傅. Not verified: skill. Verified: real name on 2024-03-01, ")),
                 qPrintable(overdue));
        QVERIFY2(overdue.contains(QStringLiteral("health on 2024-03-03.")), qPrintable(overdue));
        QVERIFY2(!overdue.contains(QStringLiteral("✗")), qPrintable(overdue)); // words, not glyphs
        const int done = indexOf(model, NodeKind::Done);
        const QString toCome = list->child(done)->text(QAccessible::Description);
        QVERIFY2(toCome.contains(QStringLiteral(", to come, due %1.").arg(TimelineModel::formatTime(*model.entry(done).dueAt))),
                 qPrintable(toCome));
        QVERIFY2(list->child(model.currentIndex())
                     ->text(QAccessible::Description)
                     .contains(QStringLiteral("This is where the order stands now.")),
                 qPrintable(list->child(model.currentIndex())->text(QAccessible::Description)));

        // Each item covers its painted row, and the row's centre finds it.
        const int reviewed = indexOf(model, NodeKind::Reviewed);
        const QRect row = widget.rowRect(reviewed);
        const QPoint centre = widget.viewport()->mapToGlobal(row.center());
        QCOMPARE(list->child(reviewed)->rect(), QRect(widget.viewport()->mapToGlobal(row.topLeft()), row.size()));
        QCOMPARE(list->childAt(centre.x(), centre.y()), list->child(reviewed));
        QVERIFY(!list->child(reviewed)->state().offscreen);
        QVERIFY(list->child(model.count() - 1)->state().offscreen); // below the 300 px view
    }

    void twoHundredNodesPaint()
    {
        TimelineWidget widget;
        QVERIFY(showTimeline(widget, QSize(600, 800), longModel(200)));
        QCOMPARE(widget.model().count(), 200);
        QCOMPARE(widget.selectedIndex(), 199);
        QImage image(widget.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        widget.viewport()->render(&image);
        // The current node, at the bottom, is highlighted.
        const QRect last = widget.rowRect(199);
        QVERIFY(widget.viewport()->rect().contains(last));
        QCOMPARE(image.pixelColor(1, last.center().y()).rgb(), QColor(0xe0, 0x9b, 0x00).rgb());
    }
};

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
