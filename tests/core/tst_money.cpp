#include "core/money.h"

#include <QTest>

#include <numeric>

using namespace parasol;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formats_data();
    void formats();
    void parsesYuan_data();
    void parsesYuan();
    void allocatesByLargestRemainder_data();
    void allocatesByLargestRemainder();
    void allocationAlwaysSumsExactly();
};

void TestMoney::formats_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("display");
    QTest::addRow("zero") << qint64(0) << u"0.00"_qs << u"¥0.00"_qs;
    QTest::addRow("five fen") << qint64(5) << u"0.05"_qs << u"¥0.05"_qs;
    QTest::addRow("air conditioner") << qint64(329900) << u"3299.00"_qs << u"¥3,299.00"_qs;
    QTest::addRow("refund") << qint64(-1234567) << u"-12345.67"_qs << u"-¥12,345.67"_qs;
}

void TestMoney::formats()
{
    QFETCH(qint64, fen);
    QFETCH(QString, plain);
    QFETCH(QString, display);
    QCOMPARE(Money::fromFen(fen).toYuanString(), plain);
    QCOMPARE(Money::fromFen(fen).toDisplayString(), display);
}

void TestMoney::parsesYuan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("fen");
    QTest::addRow("whole") << u"3299"_qs << true << qint64(329900);
    QTest::addRow("one decimal") << u"3299.5"_qs << true << qint64(329950);
    QTest::addRow("two decimals") << u"0.05"_qs << true << qint64(5);
    QTest::addRow("negative") << u"-12.30"_qs << true << qint64(-1230);
    QTest::addRow("three decimals") << u"1.005"_qs << false << qint64(0);
    QTest::addRow("exponent") << u"1e3"_qs << false << qint64(0);
    QTest::addRow("empty") << QString() << false << qint64(0);
}

void TestMoney::parsesYuan()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, fen);
    const auto parsed = Money::parseYuan(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(parsed->fen(), fen);
}

void TestMoney::allocatesByLargestRemainder_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("expected");
    // 100 fen over three equal lines: 33.33… each; the first gets the odd fen.
    QTest::addRow("odd discount, equal lines") << qint64(100) << QList<qint64> { 1, 1, 1 } << QList<qint64> { 34, 33, 33 };
    // 20000 over 329900 and 9900: 19417.30… and 582.69… → the larger remainder wins the odd fen.
    QTest::addRow("proportional") << qint64(20000) << QList<qint64> { 329900, 9900 } << QList<qint64> { 19417, 583 };
    QTest::addRow("all weights zero") << qint64(10) << QList<qint64> { 0, 0, 0 } << QList<qint64> { 4, 3, 3 };
    QTest::addRow("negative total") << qint64(-100) << QList<qint64> { 1, 1, 1 } << QList<qint64> { -34, -33, -33 };
    QTest::addRow("one weight zero") << qint64(7) << QList<qint64> { 0, 2, 5 } << QList<qint64> { 0, 2, 5 };
}

void TestMoney::allocatesByLargestRemainder()
{
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(allocateProportionally(total, weights), expected);
}

void TestMoney::allocationAlwaysSumsExactly()
{
    // A sweep of awkward totals and prices: the shares must add up to the fen, every time.
    const QList<qint64> prices { 329900, 7900, 12999, 1, 450000 };
    for (qint64 total = 0; total < 5000; total += 37) {
        const QList<qint64> parts = allocateProportionally(total, prices);
        QCOMPARE(std::accumulate(parts.cbegin(), parts.cend(), qint64(0)), total);
        for (qint64 part : parts)
            QVERIFY(part >= 0);
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
