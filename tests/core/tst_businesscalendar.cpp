#include "core/businesscalendar.h"

#include <QDateTime>
#include <QTimeZone>
#include <QTest>

using namespace parasol;

class TestBusinessCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dateIsTheShanghaiDate_data();
    void dateIsTheShanghaiDate();
    void startOfDayIsShanghaiMidnight();
    void completedYears_data();
    void completedYears();
    void isoRoundTrip_data();
    void isoRoundTrip();
    void refusesAmbiguousTimes_data();
    void refusesAmbiguousTimes();
    void agreesWithQDateTimeAcrossTwoCenturies();
};

namespace {
qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}
} // namespace

void TestBusinessCalendar::dateIsTheShanghaiDate_data()
{
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<QDate>("date");
    // 15:59:59.999 UTC is 23:59:59.999 in Shanghai; one ms later it is the next day there.
    QTest::addRow("last ms of the day") << utc("2026-11-20T15:59:59.999Z") << QDate(2026, 11, 20);
    QTest::addRow("Shanghai midnight") << utc("2026-11-20T16:00:00.000Z") << QDate(2026, 11, 21);
    QTest::addRow("New York evening is Shanghai morning") << utc("2026-11-20T23:30:00.000-05:00") << QDate(2026, 11, 21);
}

void TestBusinessCalendar::dateIsTheShanghaiDate()
{
    QFETCH(qint64, instant);
    QFETCH(QDate, date);
    QCOMPARE(BusinessCalendar::dateOf(instant), date);
}

void TestBusinessCalendar::startOfDayIsShanghaiMidnight()
{
    // The test environment runs in New York time: the result must not depend on it.
    QCOMPARE(BusinessCalendar::startOfDay(QDate(2026, 11, 21)), utc("2026-11-20T16:00:00.000Z"));
    QCOMPARE(BusinessCalendar::dateOf(BusinessCalendar::startOfDay(QDate(2026, 3, 8))), QDate(2026, 3, 8));
}

void TestBusinessCalendar::completedYears_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("years");
    QTest::addRow("day before 57th birthday") << QDate(1969, 11, 21) << QDate(2026, 11, 20) << 56;
    QTest::addRow("57th birthday") << QDate(1969, 11, 21) << QDate(2026, 11, 21) << 57;
    QTest::addRow("leap birthday, common year, 28 Feb") << QDate(1968, 2, 29) << QDate(2025, 2, 28) << 56;
    QTest::addRow("leap birthday, common year, 1 Mar") << QDate(1968, 2, 29) << QDate(2025, 3, 1) << 57;
    QTest::addRow("leap birthday, leap year") << QDate(1968, 2, 29) << QDate(2024, 2, 29) << 56;
}

void TestBusinessCalendar::completedYears()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, years);
    QCOMPARE(BusinessCalendar::completedYears(birth, on), years);
}

void TestBusinessCalendar::isoRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<QString>("shanghai");
    QTest::addRow("Shanghai offset") << u"2026-11-20T09:30:00+08:00"_qs << utc("2026-11-20T01:30:00.000Z")
                                     << u"2026-11-20T09:30:00+08:00"_qs;
    QTest::addRow("Z") << u"2026-11-20T01:30:00Z"_qs << utc("2026-11-20T01:30:00.000Z") << u"2026-11-20T09:30:00+08:00"_qs;
    QTest::addRow("negative offset, fraction") << u"2026-11-19T20:30:00.25-05:00"_qs << utc("2026-11-20T01:30:00.250Z")
                                               << u"2026-11-20T09:30:00.250+08:00"_qs;
}

void TestBusinessCalendar::isoRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(qint64, instant);
    QFETCH(QString, shanghai);
    QCOMPARE(BusinessCalendar::parseIso(text), std::optional<qint64>(instant));
    QCOMPARE(BusinessCalendar::toIso(instant), shanghai);
}

void TestBusinessCalendar::refusesAmbiguousTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("no offset") << u"2026-11-20T09:30:00"_qs;
    QTest::addRow("date only") << u"2026-11-20"_qs;
    QTest::addRow("31 November") << u"2026-11-31T09:30:00+08:00"_qs;
    QTest::addRow("hour 24") << u"2026-11-20T24:00:00+08:00"_qs;
    QTest::addRow("garbage") << u"yesterday"_qs;
    QTest::addRow("second 60") << u"2026-11-20T09:30:60+08:00"_qs;
    QTest::addRow("empty fraction") << u"2026-11-20T09:30:00.+08:00"_qs;
    QTest::addRow("ten fraction digits") << u"2026-11-20T09:30:00.1234567890+08:00"_qs;
    QTest::addRow("offset past 14 h") << u"2026-11-20T09:30:00+15:00"_qs;
    QTest::addRow("offset without colon") << u"2026-11-20T09:30:00+0800"_qs;
    QTest::addRow("trailing text") << u"2026-11-20T09:30:00Zx"_qs;
    QTest::addRow("full-width digits") << u"２０２６-11-20T09:30:00+08:00"_qs;
}

void TestBusinessCalendar::refusesAmbiguousTimes()
{
    QFETCH(QString, text);
    QVERIFY(!BusinessCalendar::parseIso(text));
}

void TestBusinessCalendar::agreesWithQDateTimeAcrossTwoCenturies()
{
    // The hand-written conversions against Qt's, over instants from 1901 to 2099 (before
    // 1970 too), whole seconds and not: formatting, parsing back, the date and its midnight.
    const QTimeZone plusEight(BusinessCalendar::kOffsetSeconds);
    const qint64 first = utc("1901-01-01T00:00:00.000Z");
    const qint64 step = 7LL * 24 * 3600 * 1000 + 3 * 3600 * 1000 + 17 * 60 * 1000 + 1237; // odd, to hit every hour
    for (qint64 instant = first; instant < utc("2099-12-31T00:00:00.000Z"); instant += step) {
        for (const qint64 at : { instant, instant - instant % 1000 }) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, plusEight);
            const QString expected = local.toString(at % 1000 == 0 ? u"yyyy-MM-ddTHH:mm:ss"_qs : u"yyyy-MM-ddTHH:mm:ss.zzz"_qs)
                                     + u"+08:00"_qs;
            QCOMPARE(BusinessCalendar::toIso(at), expected);
            QCOMPARE(BusinessCalendar::parseIso(expected), std::optional<qint64>(at));
            QCOMPARE(BusinessCalendar::dateOf(at), local.date());
            QCOMPARE(BusinessCalendar::startOfDay(local.date()), QDateTime(local.date(), QTime(0, 0), plusEight).toMSecsSinceEpoch());
        }
    }
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
