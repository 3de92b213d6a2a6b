#include "cache/customerview.h"
#include "replicafixture.h"

#include <QTest>

using namespace parasol;

using test::ReplicaFixture;

class TestCustomerView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ReplicaFixture>();
        const QString failed = m_fixture->start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void assemblesProfileAgeAndElderFlag()
    {
        auto view = CustomerView::load(*m_fixture->replica, QStringLiteral("c1"), ReplicaFixture::kNow);
        QVERIFY(view.ok());
        QVERIFY(view->has_value());
        const CustomerView &customer = **view;
        QCOMPARE(customer.customer.name, QStringLiteral("张伟"));
        QCOMPARE(customer.age, 64);
        QVERIFY(customer.elder); // over 56 by the default policy
        QVERIFY(!CustomerView::load(*m_fixture->replica, QStringLiteral("c1"), ReplicaFixture::kNow, ElderPolicy { 70 })->value().elder);
    }

    void ordersNewestFirstWithTheirLines()
    {
        const CustomerView view = CustomerView::load(*m_fixture->replica, QStringLiteral("c1"), ReplicaFixture::kNow)->value();
        QCOMPARE(view.orders.size(), 2);
        QCOMPARE(view.orders[0].order.orderNo, QStringLiteral("JD200"));
        QCOMPARE(view.orders[1].order.orderNo, QStringLiteral("JD100"));
        QCOMPARE(view.orders[0].lines.size(), 2);
        QCOMPARE(view.orders[0].lines[0].line.lineNo, QStringLiteral("L1"));
        QCOMPARE(view.orders[0].lines[1].line.brand, QStringLiteral("美的"));
        QCOMPARE(view.orders[0].paidFen(), 329900 - 20000 + 2 * 9900);
        QCOMPARE(view.orders[0].tickets.size(), 1);
    }

    void eachLineShowsWhereItsOwnServiceStands()
    {
        const CustomerView view = CustomerView::load(*m_fixture->replica, QStringLiteral("c1"), ReplicaFixture::kNow)->value();
        const OrderView &order = view.orders[0];
        QVERIFY(order.currentNode);
        QCOMPARE(order.currentNode->kind, NodeKind::Dispatched);
        // The fridge has the open repair ticket; the kettle only the order's delivery.
        QVERIFY(order.lines[0].currentNode);
        QCOMPARE(order.lines[0].currentNode->kind, NodeKind::Dispatched);
        QCOMPARE(order.lines[0].currentNode->ticketId, QStringLiteral("T1"));
        QVERIFY(order.lines[1].currentNode);
        QCOMPARE(order.lines[1].currentNode->kind, NodeKind::Delivered);
        // The older order has no node at all.
        QVERIFY(!view.orders[1].lines[0].currentNode);
    }

    void unknownCustomerIsNoView()
    {
        auto view = CustomerView::load(*m_fixture->replica, QStringLiteral("nobody"), ReplicaFixture::kNow);
        QVERIFY(view.ok());
        QVERIFY(!view->has_value());
    }

private:
    std::unique_ptr<ReplicaFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestCustomerView)
#include "tst_customerview.moc"
