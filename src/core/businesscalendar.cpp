#include "businesscalendar.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace parasol::BusinessCalendar {

namespace {
const QTimeZone &shanghai()
{
    static const QTimeZone zone(kOffsetSeconds);
    return zone;
}
} // namespace

QDate dateOf(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, shanghai()).date();
}

qint64 startOfDay(QDate date)
{
    return QDateTime(date, QTime(0, 0), shanghai()).toMSecsSinceEpoch();
}

int completedYears(QDate birth, QDate on)
{
    int years = on.year() - birth.year();
    // Has this year's birthday come yet? Compare (month, day); 29 Feb counts as after 28 Feb.
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

QString toIso(qint64 utcMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, shanghai());
    const bool wholeSecond = utcMs % 1000 == 0;
    return local.toString(wholeSecond ? QStringLiteral("yyyy-MM-ddTHH:mm:ss") : QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
           + QStringLiteral("+08:00");
}

std::optional<qint64> parseIso(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    const QStringView zone = m.capturedView(8);
    if (zone != u"Z") {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.front() == u'-' ? -1 : 1);
    }
    qint64 ms = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch() - qint64(offsetSeconds) * 1000;
    if (const QStringView fraction = m.capturedView(7); !fraction.isEmpty())
        ms += fraction.left(3).toString().leftJustified(3, u'0').toInt();
    return ms;
}

std::optional<QDate> parseDate(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace parasol::BusinessCalendar
