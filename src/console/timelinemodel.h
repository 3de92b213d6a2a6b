#pragma once

#include "core/ebillline.h"
#include "core/engineer.h"
#include "core/ordertimeline.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace parasol {

class ReplicaStore;
struct OrderView;

// What the timeline widget shows of one order: the nodes core computed, with the engineers
// and e-bills they refer to, and the words people read for each. No service rule lives here.
class TimelineModel
{
    Q_DECLARE_TR_FUNCTIONS(TimelineModel)

public:
    // How a node's deadline state is drawn besides its colour.
    enum class Shape { OnTime, Approaching, Overdue, Upcoming, NoDeadline };

    TimelineModel() = default;
    TimelineModel(QString orderNo, QList<TimelineEntry> entries, QHash<QString, Engineer> engineers,
                  QHash<QString, QList<EbillLine>> ebills);
    // The order's timeline with the engineers and e-bill lines the replica holds for it.
    static Result<TimelineModel> load(const ReplicaStore &replica, const OrderView &order);

    const QString &orderNo() const { return m_orderNo; }
    int count() const { return int(m_entries.size()); }
    const TimelineEntry &entry(int index) const { return m_entries.at(index); }
    int currentIndex() const; // -1 when no node is current

    Shape shape(int index) const;
    QString shapeGlyph(int index) const; // ● ▲ ■ ○ ◆
    QString title(int index) const; // the node's name
    QString stateText(int index) const; // "on time", "due soon", "overdue", "to come"
    QString timeText(int index) const; // reached: when; to come: "due …"
    QString detailText(int index) const; // actor, or the engineer's verifications
    QString description(int index) const; // spoken-friendly sentences, also the tooltip

    std::optional<Engineer> engineer(int index) const;
    // The verifications the node's engineer lacks, by name; empty when all four are there.
    QStringList missingVerifications(int index) const;
    // The e-bill of its ticket on an installation or inspection node; empty for other nodes.
    QList<EbillLine> ebill(int index) const;

    static QString formatTime(qint64 utcMs);

private:
    void placeEbills();
    // The four verifications in the order they are shown: name and date (invalid when missing).
    static QList<std::pair<QString, QDate>> verifications(const Engineer &engineer);

    QString m_orderNo;
    QList<TimelineEntry> m_entries;
    QHash<QString, Engineer> m_engineers;
    QHash<QString, QList<EbillLine>> m_ebills; // by ticket id
    QHash<int, QString> m_ebillTicketAt; // node index -> the ticket whose e-bill opens there
};

} // namespace parasol
