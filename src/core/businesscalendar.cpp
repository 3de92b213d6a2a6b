#include "businesscalendar.h"

#include <algorithm>

namespace parasol::BusinessCalendar {

namespace {

// Timestamps are formatted and parsed by hand, in plain arithmetic on the fixed offset:
// every timestamp of every row synced goes through here, and QDateTime's formatter and a
// regular expression cost microseconds each.
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kOffsetMs = qint64(kOffsetSeconds) * 1000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// The ASCII digits text[from, from + count) as a number; -1 if one is not an ASCII digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDate dateOf(qint64 utcMs)
{
    return QDate::fromJulianDay(kUnixEpochJulianDay + floorDiv(utcMs + kOffsetMs, kDayMs));
}

qint64 startOfDay(QDate date)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * kDayMs - kOffsetMs;
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
    const QDate date = dateOf(utcMs);
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    const qint64 msOfDay = utcMs - startOfDay(date);
    const int ms = int(msOfDay % 1000);
    const int seconds = int(msOfDay / 1000);

    QString text(ms == 0 ? 25 : 29, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto put = [&out](int value, int width, char16_t after) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[i] = char16_t(u'0' + value % 10);
        out += width;
        if (after)
            *out++ = after;
    };
    put(year, 4, u'-');
    put(month, 2, u'-');
    put(day, 2, u'T');
    put(seconds / 3600, 2, u':');
    put(seconds / 60 % 60, 2, u':');
    put(seconds % 60, 2, ms == 0 ? u'+' : u'.');
    if (ms != 0)
        put(ms, 3, u'+');
    put(8, 2, u':'); // the fixed offset, kOffsetSeconds
    put(0, 2, 0);
    return text;
}

std::optional<qint64> parseIso(QStringView text)
{
    // yyyy-MM-ddTHH:mm:ss, then an optional fraction of 1 to 9 digits, then Z or ±HH:mm.
    if (text.size() < 20 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':')
        return std::nullopt;
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    const std::optional<QDate> date = parseDate(text.first(10));
    if (!date || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return std::nullopt;

    qsizetype at = 19;
    int fractionMs = 0;
    if (text[at] == u'.') {
        const qsizetype first = ++at;
        while (at < text.size() && text[at] >= u'0' && text[at] <= u'9')
            ++at;
        const qsizetype count = at - first;
        if (count < 1 || count > 9)
            return std::nullopt;
        fractionMs = digits(text, first, std::min<qsizetype>(count, 3)); // truncated to milliseconds
        for (qsizetype i = count; i < 3; ++i)
            fractionMs *= 10;
    }

    qint64 offsetMs = 0;
    const QStringView zone = text.sliced(at);
    if (zone != u"Z") {
        if (zone.size() != 6 || (zone[0] != u'+' && zone[0] != u'-') || zone[3] != u':')
            return std::nullopt;
        const int hours = digits(zone, 1, 2), minutes = digits(zone, 4, 2);
        if (hours < 0 || minutes < 0 || hours > 14 || minutes > 59)
            return std::nullopt;
        offsetMs = (hours * 3600 + minutes * 60) * 1000LL * (zone[0] == u'-' ? -1 : 1);
    }
    return (date->toJulianDay() - kUnixEpochJulianDay) * kDayMs + (hour * 3600 + minute * 60 + second) * 1000LL
           + fractionMs - offsetMs;
}

std::optional<QDate> parseDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace parasol::BusinessCalendar
