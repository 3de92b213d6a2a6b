#include "sync/retrybackoff.h"

#include <QTest>

using namespace parasol;

class TestRetryBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesFromOneSecondUpToAMinuteWithJitter();
    void startsOverAfterASuccess();
};

void TestRetryBackoff::doublesFromOneSecondUpToAMinuteWithJitter()
{
    RetryBackoff backoff;
    const int expected[] = { 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000 };
    for (int base : expected) {
        const int delay = backoff.nextDelayMs();
        QVERIFY2(delay >= base * 8 / 10 && delay <= base * 12 / 10, qPrintable(QString::number(delay)));
    }
}

void TestRetryBackoff::startsOverAfterASuccess()
{
    RetryBackoff backoff;
    for (int i = 0; i < 5; ++i)
        backoff.nextDelayMs();
    backoff.reset();
    QVERIFY(backoff.nextDelayMs() <= 1200);
    QCOMPARE(backoff.failures(), 1);
}

QTEST_MAIN(TestRetryBackoff)
#include "tst_retrybackoff.moc"
