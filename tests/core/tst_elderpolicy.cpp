#include "core/elderpolicy.h"

#include <QTest>

using namespace parasol;

// RULES.md §3: older than 56 in completed years on the call day, from the 57th birthday on.
class TestElderPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routes_data();
    void routes();
    void unknownCallerGoesToTheGeneralQueue();
    void thresholdIsConfigurable();
};

void TestElderPolicy::routes_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("callDay");
    QTest::addColumn<bool>("declared");
    QTest::addColumn<bool>("elder");
    QTest::addRow("56, day before the 57th birthday") << QDate(1969, 11, 21) << QDate(2026, 11, 20) << false << false;
    QTest::addRow("57th birthday") << QDate(1969, 11, 21) << QDate(2026, 11, 21) << false << true;
    QTest::addRow("exactly 56") << QDate(1970, 11, 20) << QDate(2026, 11, 20) << false << false;
    QTest::addRow("unknown birth date") << QDate() << QDate(2026, 11, 20) << false << false;
    QTest::addRow("declared by the caller") << QDate(1990, 1, 1) << QDate(2026, 11, 20) << true << true;
    QTest::addRow("leap-day birth, 1 March of the 57th year") << QDate(1968, 2, 29) << QDate(2025, 3, 1) << false << true;
    QTest::addRow("leap-day birth, 28 February of the 57th year") << QDate(1968, 2, 29) << QDate(2025, 2, 28) << false << false;
}

void TestElderPolicy::routes()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, callDay);
    QFETCH(bool, declared);
    QFETCH(bool, elder);
    QCOMPARE(ElderPolicy {}.isElder(birth, callDay, declared), elder);
    Customer caller;
    caller.birthDate = birth;
    caller.elderDeclared = declared;
    QCOMPARE(ElderPolicy {}.queueFor(caller, callDay), elder ? Seat::Elder : Seat::General);
}

void TestElderPolicy::unknownCallerGoesToTheGeneralQueue()
{
    QCOMPARE(ElderPolicy {}.queueFor(std::nullopt, QDate(2026, 11, 20)), Seat::General);
}

void TestElderPolicy::thresholdIsConfigurable()
{
    const ElderPolicy sixty { 60 };
    QVERIFY(!sixty.isElder(QDate(1966, 1, 1), QDate(2026, 6, 1)));
    QVERIFY(sixty.isElder(QDate(1965, 1, 1), QDate(2026, 6, 1)));
}

QTEST_GUILESS_MAIN(TestElderPolicy)
#include "tst_elderpolicy.moc"
