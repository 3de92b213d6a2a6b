#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace parasol {

// Calendar arithmetic in the business time zone, Asia/Shanghai. China has kept
// UTC+8 without daylight saving since 1991, so a fixed offset is exact for every
// date we handle and needs no tz database on the machine.
namespace BusinessCalendar {

constexpr int kOffsetSeconds = 8 * 3600;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// The Shanghai calendar date of a UTC instant.
QDate dateOf(qint64 utcMs);
// The UTC instant of 00:00 Shanghai time on `date`.
qint64 startOfDay(QDate date);
// Completed years (周岁) on `on` for someone born on `birth`; a 29 February
// birthday completes its year on 1 March in common years.
int completedYears(QDate birth, QDate on);

// ISO 8601 with the Shanghai offset: "2026-11-20T09:30:00.000+08:00"; milliseconds only when non-zero.
// Years 1 to 9999, as ISO 8601 writes them with four digits.
QString toIso(qint64 utcMs);
// Parses ISO 8601 with an offset or Z ("2026-11-20T09:30:00+08:00", "2026-11-20T01:30:00Z",
// optional fraction). A time without an offset is refused: it would be ambiguous.
std::optional<qint64> parseIso(QStringView text);
// Parses a calendar date "YYYY-MM-DD".
std::optional<QDate> parseDate(QStringView text);

} // namespace BusinessCalendar
} // namespace parasol
