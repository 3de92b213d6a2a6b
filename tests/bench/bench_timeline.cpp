// One paint of a 200-node order timeline, rendered to an image: QBENCHMARK reports the
// median time per paint over 9 runs unless -median says otherwise. A frame at 60 Hz is 16 ms.
#include "console/timelinewidget.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace parasol;

class BenchTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintTwoHundredNodes()
    {
        constexpr qint64 kHour = 3'600'000;
        constexpr qint64 kStart = 1'780'000'000'000;
        QList<TimelineEntry> entries;
        for (int i = 0; i < 200; ++i) {
            TimelineEntry entry;
            entry.kind = NodeKind(int(NodeKind::Accepted) + i % 12);
            if (i < 150)
                entry.at = kStart + i * kHour;
            entry.startAt = kStart + (i - 1) * kHour;
            entry.dueAt = kStart + (i + 1) * kHour;
            entry.deadline = DeadlineState(1 + i % 3);
            entry.actor = QStringLiteral("海尔服务网点 #%1").arg(i);
            entries.append(entry);
        }
        entries[149].current = true;
        TimelineWidget widget;
        widget.resize(700, 900);
        widget.setModel(TimelineModel(QStringLiteral("JD200"), entries, {}, {}));
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QImage image(widget.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QBENCHMARK {
            widget.viewport()->render(&image);
        }
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList arguments = QApplication::arguments();
    if (!arguments.contains(QStringLiteral("-median")))
        arguments << QStringLiteral("-median") << QStringLiteral("9");
    BenchTimeline bench;
    return QTest::qExec(&bench, arguments);
}
#include "bench_timeline.moc"
