#include "core/complaintworkflow.h"

#include <QTest>

using namespace parasol;

class TestComplaintWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void moves_data();
    void moves();
    void safetyIsAlwaysUrgent();
};

void TestComplaintWorkflow::moves_data()
{
    using S = ComplaintState;
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("lead assigns an open complaint") << int(Role::Lead) << int(S::Open) << int(S::Assigned) << true;
    QTest::addRow("lead resolves") << int(Role::Lead) << int(S::Assigned) << int(S::Resolved) << true;
    QTest::addRow("lead verifies") << int(Role::Lead) << int(S::Resolved) << int(S::Verified) << true;
    QTest::addRow("open cannot skip to resolved") << int(Role::Lead) << int(S::Open) << int(S::Resolved) << false;
    QTest::addRow("verified cannot go back to open") << int(Role::Admin) << int(S::Verified) << int(S::Open) << false;
    QTest::addRow("agent reopens a resolved one") << int(Role::Agent) << int(S::Resolved) << int(S::Reopened) << true;
    QTest::addRow("agent may not assign") << int(Role::Agent) << int(S::Open) << int(S::Assigned) << false;
    QTest::addRow("reopened is assigned again") << int(Role::Lead) << int(S::Reopened) << int(S::Assigned) << true;
    QTest::addRow("feed may not move complaints") << int(Role::Feed) << int(S::Assigned) << int(S::Resolved) << false;
}

void TestComplaintWorkflow::moves()
{
    QFETCH(int, role);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    QCOMPARE(ComplaintWorkflow::mayMove(Role(role), ComplaintState(from), ComplaintState(to)), allowed);
}

void TestComplaintWorkflow::safetyIsAlwaysUrgent()
{
    QVERIFY(ComplaintWorkflow::isUrgent(ComplaintCategory::Safety, false));
    QVERIFY(!ComplaintWorkflow::isUrgent(ComplaintCategory::Price, false));
    QVERIFY(ComplaintWorkflow::isUrgent(ComplaintCategory::Price, true));
}

QTEST_GUILESS_MAIN(TestComplaintWorkflow)
#include "tst_complaintworkflow.moc"
