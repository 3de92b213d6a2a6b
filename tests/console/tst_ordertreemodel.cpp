#include "console/ordertreemodel.h"
#include "replicafixture.h"

#include "cache/customerview.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace parasol;
using test::ReplicaFixture;

class TestOrderTreeModel : public QObject
{
    Q_OBJECT

private:
    QString text(const QAbstractItemModel &model, int row, int column, const QModelIndex &parent = {})
    {
        return model.index(row, column, parent).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_fixture.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        auto view = CustomerView::load(*m_fixture.replica, QStringLiteral("c1"), ReplicaFixture::kNow);
        QVERIFY(view.ok() && view->has_value());
        m_orders = (*view)->orders;
    }

    void ordersAboveTheirLines()
    {
        OrderTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrders(m_orders);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 0, OrderTreeModel::ItemColumn), QStringLiteral("JD200"));
        QCOMPARE(text(model, 0, OrderTreeModel::PaidColumn), QStringLiteral("¥3,297.00"));
        QCOMPARE(text(model, 0, OrderTreeModel::QtyColumn), QStringLiteral("3"));
        const QModelIndex jd200 = model.index(0, 0);
        QCOMPARE(model.rowCount(jd200), 2);
        QCOMPARE(text(model, 0, OrderTreeModel::BrandColumn, jd200), QStringLiteral("海尔"));
        QCOMPARE(text(model, 0, OrderTreeModel::CategoryColumn, jd200), QStringLiteral("Fridge"));
        QCOMPARE(text(model, 0, OrderTreeModel::PaidColumn, jd200), QStringLiteral("¥3,099.00"));
        QCOMPARE(text(model, 1, OrderTreeModel::QtyColumn, jd200), QStringLiteral("2"));
        QCOMPARE(model.index(1, 0, jd200).data(OrderTreeModel::OrderNoRole).toString(), QStringLiteral("JD200"));
        QCOMPARE(model.indexOfOrder(QStringLiteral("JD100")), model.index(1, 0));
        QVERIFY(!model.indexOfOrder(QStringLiteral("JD999")).isValid());
    }

    void eachLineShowsItsServiceNode()
    {
        OrderTreeModel model;
        model.setOrders(m_orders);
        const QModelIndex jd200 = model.index(0, 0);
        QVERIFY(text(model, 0, OrderTreeModel::ServiceColumn, jd200).startsWith(QStringLiteral("Dispatched to the brand")));
        QVERIFY(text(model, 1, OrderTreeModel::ServiceColumn, jd200).startsWith(QStringLiteral("Delivered")));
        QVERIFY(text(model, 0, OrderTreeModel::ServiceColumn, model.index(1, 0)).isEmpty());
    }

    void eachLineShowsItsPriceProtectionEstimate()
    {
        OrderTreeModel model;
        model.setOrders(m_orders);
        const QModelIndex jd200 = model.index(0, 0);
        // Signed off on 11-17: the kettles' 15 days run to 12-02, the fridge's 30 to 12-17.
        QCOMPARE(text(model, 1, OrderTreeModel::PriceProtectColumn, jd200), QStringLiteral("≈ ¥20.00 · until 12-02"));
        QCOMPARE(text(model, 0, OrderTreeModel::PriceProtectColumn, jd200),
                 QStringLiteral("The price has not dropped · until 12-17"));
        QVERIFY(model.headerData(OrderTreeModel::PriceProtectColumn, Qt::Horizontal).toString().contains(QStringLiteral("estimate")));
        QCOMPARE(model.index(1, 0, jd200).data(OrderTreeModel::OrderLineIdRole).toString(), QStringLiteral("JD200/L2"));
        QVERIFY(model.index(0, 0).data(OrderTreeModel::OrderLineIdRole).toString().isEmpty());
        QCOMPARE(model.indexOfLine(QStringLiteral("JD200"), QStringLiteral("JD200/L2")), model.index(1, 0, jd200));
        QCOMPARE(model.indexOfLine(QStringLiteral("JD200"), QString()), jd200);
    }

    void eachLineListsTheEntitlementsThatStillApply()
    {
        OrderTreeModel model;
        model.setOrders(m_orders);
        const QModelIndex jd200 = model.index(0, 0);
        // The kettles: placed 11-15, signed off 11-17, a small appliance. The performance-fault
        // return (days 1-7 from the sale) runs out first; six more apply.
        const QModelIndex kettles = model.index(1, OrderTreeModel::EntitlementsColumn, jd200);
        QCOMPARE(kettles.data().toString(), QStringLiteral("Return, exchange or repair until 11-22 (+6)"));
        const QStringList tip = kettles.data(Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
        QCOMPARE(tip,
                 QStringList({
                     QStringLiteral("E1 — No-reason return: until 2026-12-17"),
                     QStringLiteral("E2 — Return for a quality problem: until 2026-12-17"),
                     QStringLiteral("E3 — Exchange for a quality problem: until 2027-05-16"),
                     QStringLiteral("E4 — Replacement, not repair for a quality problem: until 2027-11-17"),
                     QStringLiteral("E5 — Return, exchange or repair for a performance fault: until 2026-11-22"),
                     QStringLiteral("E6 — Exchange or repair for a performance fault: from 2026-11-23 until 2026-11-30"),
                     QStringLiteral("E9 — Price protection if the price drops: until 2026-12-02"),
                 }));
        // The order's own row lists none; the header names the column.
        QVERIFY(model.index(0, OrderTreeModel::EntitlementsColumn).data().toString().isEmpty());
        QCOMPARE(model.headerData(OrderTreeModel::EntitlementsColumn, Qt::Horizontal).toString(), QStringLiteral("Entitlements"));
        // Sorted by what runs out first: the kettles' 11-22 before anything of the TV, sold 40 days ago.
        const QModelIndex tv = model.index(0, OrderTreeModel::EntitlementsColumn, model.index(1, 0));
        QVERIFY(kettles.data(OrderTreeModel::SortRole).toLongLong() < tv.data(OrderTreeModel::SortRole).toLongLong());
    }

    void filtersAndSortsThroughAProxy()
    {
        OrderTreeModel model;
        model.setOrders(m_orders);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(OrderTreeModel::SortRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setAutoAcceptChildRows(true);

        proxy.sort(OrderTreeModel::PaidColumn, Qt::AscendingOrder); // ¥1,999.00 before ¥3,297.00, not as text
        QCOMPARE(text(proxy, 0, OrderTreeModel::ItemColumn), QStringLiteral("JD100"));
        proxy.sort(OrderTreeModel::PaidColumn, Qt::DescendingOrder);
        QCOMPARE(text(proxy, 0, OrderTreeModel::ItemColumn), QStringLiteral("JD200"));

        proxy.setFilterFixedString(QStringLiteral("TCL")); // a line's brand: its order stays, with it
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(text(proxy, 0, OrderTreeModel::ItemColumn), QStringLiteral("JD100"));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);

        proxy.setFilterFixedString(QStringLiteral("JD200")); // an order: all its lines stay
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
    }

private:
    ReplicaFixture m_fixture;
    QList<OrderView> m_orders;
};

QTEST_MAIN(TestOrderTreeModel)
#include "tst_ordertreemodel.moc"
