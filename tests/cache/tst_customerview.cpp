#include "cache/customerview.h"
#include "replicafixture.h"

#include "core/businesscalendar.h"

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

    void ticketsContactsClaimsAndComplaintsNewestFirst()
    {
        const CustomerView view = CustomerView::load(*m_fixture->replica, QStringLiteral("c1"), ReplicaFixture::kNow)->value();
        QCOMPARE(view.tickets.size(), 2);
        QCOMPARE(view.tickets[0].id, QStringLiteral("T1"));
        QCOMPARE(view.tickets[1].id, QStringLiteral("T0"));
        QCOMPARE(view.contacts.size(), 3);
        QCOMPARE(view.contacts[0].id, QStringLiteral("K2"));
        QCOMPARE(view.contacts[0].text, QStringLiteral("客户希望上午上门"));
        QCOMPARE(view.contacts[1].id, QStringLiteral("K1"));
        QCOMPARE(view.contacts[2].id, QStringLiteral("K3"));
        QCOMPARE(view.claims.size(), 2);
        QCOMPARE(view.claims[0].reason, QStringLiteral("not_a_drop"));
        QCOMPARE(view.claims[1].amountFen, 10000);
        QCOMPARE(view.complaints.size(), 1);
        QCOMPARE(view.complaints[0].orderNo, QStringLiteral("JD200"));
        // Another customer's rows stay theirs.
        const CustomerView li = CustomerView::load(*m_fixture->replica, QStringLiteral("c2"), ReplicaFixture::kNow)->value();
        QVERIFY(li.contacts.isEmpty());
        QVERIFY(li.claims.isEmpty());
        QVERIFY(li.tickets.isEmpty());
    }

    void eachLineCarriesItsPriceProtectionEstimate()
    {
        const CustomerView view = CustomerView::load(*m_fixture->replica, QStringLiteral("c1"), ReplicaFixture::kNow)->value();
        const OrderView &order = view.orders[0];
        // Two kettles bought at 99 yuan, now 89: 10 yuan back for each, 15 days from the day after sign-off.
        const PriceProtectionDecision &kettles = order.lines[1].priceProtection;
        QVERIFY(kettles.eligible());
        QCOMPARE(kettles.amountFen, 2 * 1000);
        QCOMPARE(kettles.priceEventId, QStringLiteral("E1"));
        QVERIFY(kettles.window.endsAt);
        QCOMPARE(BusinessCalendar::dateOf(*kettles.window.endsAt),
                 BusinessCalendar::dateOf(*order.order.signedAt).addDays(16));
        // The fridge's price has not moved.
        const PriceProtectionDecision &fridge = order.lines[0].priceProtection;
        QVERIFY(!fridge.eligible());
        QCOMPARE(fridge.refusal, PriceProtectionRefusal::NotADrop);
    }

    // A newer version of a row follows it to another customer or order; an older one
    // changes nothing.
    void aRowFollowsItsNewerVersionOnly()
    {
        ReplicaStore &replica = *m_fixture->replica;
        CachedRow contact = replica.row(QStringLiteral("contact"), QStringLiteral("K1"))->value();
        contact.customerId = QStringLiteral("c2");
        contact.data.insert(QStringLiteral("customer_id"), QStringLiteral("c2"));
        ++contact.rowVersion;
        CachedRow line = replica.row(QStringLiteral("order_line"), QStringLiteral("JD100/L1"))->value();
        line.data.insert(QStringLiteral("order_no"), QStringLiteral("JD200"));
        ++line.rowVersion;
        CachedRow stale = replica.row(QStringLiteral("contact"), QStringLiteral("K2"))->value();
        stale.data.insert(QStringLiteral("text"), QStringLiteral("an older text"));
        --stale.rowVersion;
        QVERIFY(replica.applyPage(QStringLiteral("g1"), { contact, line, stale }, QStringLiteral("cursor-2"), true));

        const CustomerView zhang = CustomerView::load(replica, QStringLiteral("c1"), ReplicaFixture::kNow)->value();
        QCOMPARE(zhang.contacts.size(), 2);
        QCOMPARE(zhang.contacts[0].text, QStringLiteral("客户希望上午上门"));
        QCOMPARE(zhang.orders[0].lines.size(), 3);
        QVERIFY(zhang.orders[1].lines.isEmpty());
        const CustomerView li = CustomerView::load(replica, QStringLiteral("c2"), ReplicaFixture::kNow)->value();
        QCOMPARE(li.contacts.size(), 1);
        QCOMPARE(li.contacts[0].id, QStringLiteral("K1"));
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
