// The replica's search index follows each customer's changes: a change that leaves the
// name and phone alone keeps the terms (they are not made again), any other is re-indexed,
// and a customer dropped or deleted and held again is found again.
#include "replicafixture.h"

#include <QTest>

using namespace parasol;
using namespace Qt::StringLiterals;

using test::ReplicaFixture;

class TestCustomerSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aChangeToOtherFieldsKeepsTheCustomerFindable();
    void aRenamedCustomerIsFoundUnderTheNewNameOnly();
    void aNewPhoneReplacesTheOld();
    void aCustomerDroppedAndHeldAgainIsFoundAgain();
    void aDeletedCustomerIsNotFoundUntilItComesBack();

private:
    QStringList found(const QString &typed) const;
    CachedRow zhangWei() const;
    void apply(const CachedRow &row);

    std::unique_ptr<ReplicaFixture> m_fixture;
};

void TestCustomerSearch::init()
{
    m_fixture = std::make_unique<ReplicaFixture>();
    const QString failed = m_fixture->start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

QStringList TestCustomerSearch::found(const QString &typed) const
{
    auto matches = m_fixture->replica->searchCustomers(typed, 10);
    if (!matches)
        qFatal("search failed: %s", qPrintable(matches.error().message));
    QStringList ids;
    for (const CustomerMatch &match : *matches)
        ids.append(match.customer.id);
    return ids;
}

// Customer c1 (张伟, +8613800138000) as the replica holds it, one version newer.
CachedRow TestCustomerSearch::zhangWei() const
{
    auto held = m_fixture->replica->row(u"customer"_s, u"c1"_s);
    if (!held || !*held)
        qFatal("c1 is not in the replica");
    CachedRow row = **held;
    ++row.rowVersion;
    return row;
}

void TestCustomerSearch::apply(const CachedRow &row)
{
    QVERIFY(m_fixture->replica->applyPage(u"g1"_s, { row }, u"cursor-2"_s, true));
}

void TestCustomerSearch::aChangeToOtherFieldsKeepsTheCustomerFindable()
{
    CachedRow moved = zhangWei();
    moved.data.insert(u"city"_s, u"杭州"_s);
    apply(moved);
    for (const QString &typed : { u"张伟"_s, u"张"_s, u"zhangwei"_s, u"zw"_s, u"13800138000"_s, u"8000"_s })
        QCOMPARE(found(typed), QStringList { u"c1"_s });
}

void TestCustomerSearch::aRenamedCustomerIsFoundUnderTheNewNameOnly()
{
    CachedRow renamed = zhangWei();
    renamed.data.insert(u"name"_s, u"王芳"_s);
    apply(renamed);
    for (const QString &typed : { u"王芳"_s, u"wangfang"_s, u"wf"_s, u"13800138000"_s })
        QCOMPARE(found(typed), QStringList { u"c1"_s });
    for (const QString &typed : { u"张伟"_s, u"zhangwei"_s, u"zw"_s })
        QVERIFY2(found(typed).isEmpty(), qPrintable(typed));
}

void TestCustomerSearch::aNewPhoneReplacesTheOld()
{
    CachedRow renumbered = zhangWei();
    renumbered.data.insert(u"phone"_s, u"+8613700137000"_s);
    apply(renumbered);
    QCOMPARE(found(u"13700137000"_s), QStringList { u"c1"_s });
    QCOMPARE(found(u"7000"_s), QStringList { u"c1"_s });
    QVERIFY(found(u"13800138000"_s).isEmpty());
    QVERIFY(found(u"8000"_s).isEmpty());
    QCOMPARE(found(u"张伟"_s), QStringList { u"c1"_s });
}

void TestCustomerSearch::aCustomerDroppedAndHeldAgainIsFoundAgain()
{
    const CachedRow held = zhangWei();
    QVERIFY(m_fixture->replica->dropCustomer(u"c1"_s));
    QVERIFY(found(u"张伟"_s).isEmpty());
    // Looked up again: the same rows come back from central, unchanged.
    QVERIFY(m_fixture->replica->useCustomer(u"c1"_s, ReplicaFixture::kNow));
    QVERIFY(m_fixture->replica->applyCustomerRows(u"g1"_s, { held }));
    QCOMPARE(found(u"张伟"_s), QStringList { u"c1"_s });
    QCOMPARE(found(u"13800138000"_s), QStringList { u"c1"_s });
}

void TestCustomerSearch::aDeletedCustomerIsNotFoundUntilItComesBack()
{
    CachedRow tombstone = zhangWei();
    tombstone.deleted = true;
    const QJsonObject data = tombstone.data;
    tombstone.data = {};
    apply(tombstone);
    QVERIFY(found(u"张伟"_s).isEmpty());
    QVERIFY(found(u"13800138000"_s).isEmpty());
    CachedRow back = tombstone;
    back.deleted = false;
    back.data = data;
    ++back.rowVersion;
    apply(back);
    QCOMPARE(found(u"张伟"_s), QStringList { u"c1"_s });
}

QTEST_MAIN(TestCustomerSearch)
#include "tst_customersearch.moc"
