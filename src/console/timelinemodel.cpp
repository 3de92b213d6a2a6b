#include "timelinemodel.h"

#include "displaynames.h"

#include "cache/customerview.h"
#include "cache/replicastore.h"
#include "core/businesscalendar.h"
#include "protocol/entitycodec.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace parasol {

TimelineModel::TimelineModel(QString orderNo, QList<TimelineEntry> entries, QHash<QString, Engineer> engineers,
                             QHash<QString, QList<EbillLine>> ebills)
    : m_orderNo(std::move(orderNo))
    , m_entries(std::move(entries))
    , m_engineers(std::move(engineers))
    , m_ebills(std::move(ebills))
{
    placeEbills();
}

Result<TimelineModel> TimelineModel::load(const ReplicaStore &replica, const OrderView &order)
{
    QHash<QString, Engineer> engineers;
    for (const TimelineEntry &entry : order.timeline) {
        if (entry.engineerId.isEmpty() || engineers.contains(entry.engineerId))
            continue;
        auto row = replica.row(QStringLiteral("engineer"), entry.engineerId);
        if (!row)
            return row.error();
        if (*row)
            engineers.insert(entry.engineerId, EntityCodec::engineerFromJson((*row)->data));
    }
    QHash<QString, QList<EbillLine>> ebills;
    for (const Ticket &ticket : order.tickets) {
        auto rows = replica.rowsUnder(QStringLiteral("ebill_line"), ticket.id);
        if (!rows)
            return rows.error();
        for (const CachedRow &row : *rows)
            ebills[ticket.id].append(EntityCodec::ebillLineFromJson(row.data));
    }
    return TimelineModel(order.order.orderNo, order.timeline, engineers, ebills);
}

int TimelineModel::currentIndex() const
{
    for (int i = 0; i < count(); ++i)
        if (m_entries.at(i).current)
            return i;
    return -1;
}

TimelineModel::Shape TimelineModel::shape(int index) const
{
    const TimelineEntry &e = entry(index);
    switch (e.deadline) {
    case DeadlineState::Overdue:
        return Shape::Overdue;
    case DeadlineState::Approaching:
        return Shape::Approaching;
    case DeadlineState::OnTime:
        return e.reached() ? Shape::OnTime : Shape::Upcoming;
    case DeadlineState::NoDeadline:
        break;
    }
    return e.reached() ? Shape::NoDeadline : Shape::Upcoming;
}

QString TimelineModel::shapeGlyph(int index) const
{
    switch (shape(index)) {
    case Shape::OnTime:
        return QStringLiteral("●");
    case Shape::Approaching:
        return QStringLiteral("▲");
    case Shape::Overdue:
        return QStringLiteral("■");
    case Shape::Upcoming:
        return QStringLiteral("○");
    case Shape::NoDeadline:
        break;
    }
    return QStringLiteral("◆");
}

QString TimelineModel::title(int index) const
{
    return DisplayNames::node(entry(index).kind);
}

QString TimelineModel::stateText(int index) const
{
    switch (shape(index)) {
    case Shape::OnTime:
        return tr("on time");
    case Shape::Approaching:
        return tr("near the deadline");
    case Shape::Overdue:
        return tr("overdue");
    case Shape::Upcoming:
        return tr("to come");
    case Shape::NoDeadline:
        break;
    }
    return tr("reached");
}

QString TimelineModel::formatTime(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(BusinessCalendar::kOffsetSeconds)),
                              QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TimelineModel::timeText(int index) const
{
    const TimelineEntry &e = entry(index);
    if (e.reached()) {
        if (e.dueAt)
            return tr("%1 (due %2)").arg(formatTime(*e.at), formatTime(*e.dueAt));
        return formatTime(*e.at);
    }
    return e.dueAt ? tr("due %1").arg(formatTime(*e.dueAt)) : tr("not scheduled yet");
}

std::optional<Engineer> TimelineModel::engineer(int index) const
{
    const auto found = m_engineers.constFind(entry(index).engineerId);
    return found == m_engineers.cend() ? std::nullopt : std::optional<Engineer>(*found);
}

QList<std::pair<QString, QDate>> TimelineModel::verifications(const Engineer &engineer)
{
    return { { tr("real name"), engineer.realNameVerified },
             { tr("safety"), engineer.safetyVerified },
             { tr("health"), engineer.healthVerified },
             { tr("skill"), engineer.skillVerified } };
}

QStringList TimelineModel::missingVerifications(int index) const
{
    const std::optional<Engineer> who = engineer(index);
    if (!who)
        return {};
    QStringList missing;
    for (const auto &[name, date] : verifications(*who))
        if (!date.isValid())
            missing.append(name);
    return missing;
}

QString TimelineModel::detailText(int index) const
{
    const TimelineEntry &e = entry(index);
    const std::optional<Engineer> who = engineer(index);
    if (!who)
        return e.actor;
    QStringList checks;
    for (const auto &[name, date] : verifications(*who))
        checks.append(date.isValid() ? tr("%1 ✓ %2").arg(name, date.toString(Qt::ISODate))
                                     : tr("%1 ✗ missing").arg(name));
    QString text
        = tr("Engineer %1: %2, %3, %4, %5").arg(who->name, checks.at(0), checks.at(1), checks.at(2), checks.at(3));
    // The warning first, so a narrow row never elides it.
    const QStringList missing = missingVerifications(index);
    if (!missing.isEmpty())
        text = tr("⚠ not verified: %1").arg(QLocale().createSeparatedList(missing)) + QLatin1Char(' ') + text;
    return text;
}

QList<EbillLine> TimelineModel::ebill(int index) const
{
    return m_ebills.value(m_ebillTicketAt.value(index));
}

// A ticket's e-bill opens from its inspection, or, for an installation that has none, from
// the visit where the work was done.
void TimelineModel::placeEbills()
{
    for (auto bill = m_ebills.cbegin(); bill != m_ebills.cend(); ++bill) {
        int place = -1;
        for (int i = 0; i < count(); ++i) {
            const TimelineEntry &e = m_entries.at(i);
            if (e.ticketId != bill.key())
                continue;
            if (e.kind == NodeKind::Inspected || e.kind == NodeKind::Installed) {
                place = i;
                break;
            }
            if (e.kind == NodeKind::OnSite && e.reached())
                place = i;
        }
        if (place >= 0)
            m_ebillTicketAt.insert(place, bill.key());
    }
}

// Read aloud by screen readers and shown as the tooltip: words where the row has glyphs.
QString TimelineModel::description(int index) const
{
    const TimelineEntry &e = entry(index);
    QStringList sentences { tr("Step %1 of %2: %3, %4, %5.")
                                .arg(index + 1)
                                .arg(count())
                                .arg(title(index), stateText(index), timeText(index)) };
    if (e.current)
        sentences.append(tr("This is where the order stands now."));
    if (!e.actor.isEmpty())
        sentences.append(tr("By %1.").arg(e.actor));
    if (const std::optional<Engineer> who = engineer(index)) {
        sentences.append(tr("Engineer %1.").arg(who->name));
        const QStringList missing = missingVerifications(index);
        if (!missing.isEmpty())
            sentences.append(tr("Not verified: %1.").arg(QLocale().createSeparatedList(missing)));
        QStringList verified;
        for (const auto &[name, date] : verifications(*who))
            if (date.isValid())
                verified.append(tr("%1 on %2").arg(name, date.toString(Qt::ISODate)));
        if (!verified.isEmpty())
            sentences.append(tr("Verified: %1.").arg(QLocale().createSeparatedList(verified)));
    }
    if (!ebill(index).isEmpty())
        sentences.append(tr("Has an e-bill."));
    return sentences.join(QLatin1Char(' '));
}

} // namespace parasol
