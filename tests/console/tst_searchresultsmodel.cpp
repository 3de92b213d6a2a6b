#include "console/searchresultsmodel.h"
#include "replicafixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace parasol;
using test::ReplicaFixture;

class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const QString failed = m_fixture.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void findsByPhoneAndShowsOnlyMaskedData()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReplica(m_fixture.replica.get());
        QVERIFY(model.search(QStringLiteral("138 0013 8000")).ok());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex found = model.index(0);
        QCOMPARE(found.data(SearchResultsModel::CustomerIdRole).toString(), QStringLiteral("c1"));
        const QString shown = found.data().toString();
        QVERIFY2(shown.contains(QStringLiteral("张*")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("138****8000")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("张伟")) && !shown.contains(QStringLiteral("13800138000")),
                 qPrintable(shown));
    }

    void findsByOrderNumberAndSaysSo()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReplica(m_fixture.replica.get());
        QVERIFY(model.search(QStringLiteral("JD300")).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(SearchResultsModel::CustomerIdRole).toString(), QStringLiteral("c2"));
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("JD300")));
    }

    void findsByPinyinAndEmptiesOnNothing()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReplica(m_fixture.replica.get());
        QVERIFY(model.search(QStringLiteral("zhangw")).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(SearchResultsModel::CustomerIdRole).toString(), QStringLiteral("c1"));
        QVERIFY(model.search(QStringLiteral("   ")).ok());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.search(QStringLiteral("nobody-here")).ok());
        QCOMPARE(model.rowCount(), 0);
    }

private:
    ReplicaFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
