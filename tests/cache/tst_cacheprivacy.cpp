// Personal data at rest: a copy of the console's cache files reveals no name, phone,
// address or ID number, while search by every key still works; the key opens only with
// the agent's password.
#include "cache/cachekeys.h"
#include "cache/outboxstore.h"
#include "cache/replicastore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace parasol;
using namespace Qt::StringLiterals;

class TestCachePrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void theFilesRevealNoPersonalData_data();
    void theFilesRevealNoPersonalData();
    void searchStillFindsTheCustomer_data();
    void searchStillFindsTheCustomer();
    void theKeyOpensOnlyWithThePassword();
    void aChangedPasswordRewrapsTheSameKey();
    void aReplicaSealedUnderOtherKeysIsRebuilt();

private:
    void fill(ReplicaStore &replica);
    QByteArray allFileBytes() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    CacheKeys m_keys;
};

namespace {
const QString kPassword = u"correct horse battery staple"_s;
}

void TestCachePrivacy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto keys = CacheKeys::unlock(m_dir->filePath(u"cache.key"_s), kPassword);
    QVERIFY(keys);
    m_keys = *keys;
}

void TestCachePrivacy::fill(ReplicaStore &replica)
{
    const QJsonObject customer { { u"id"_s, u"C000001"_s }, { u"name"_s, u"张伟"_s }, { u"phone"_s, u"+8613800138000"_s },
                                 { u"address"_s, u"北京市朝阳区建国路88号"_s }, { u"id_number"_s, u"110105196205011234"_s },
                                 { u"birth_date"_s, u"1962-05-01"_s }, { u"city"_s, u"北京"_s } };
    const QJsonObject order { { u"order_no"_s, u"JD2026110100001"_s }, { u"customer_id"_s, u"C000001"_s },
                              { u"ship_address"_s, u"北京市朝阳区建国路88号"_s } };
    QVERIFY(replica.applyPage(u"g1"_s,
                              { CachedRow { u"customer"_s, u"C000001"_s, u"C000001"_s, 1, false, customer },
                                CachedRow { u"order"_s, u"JD2026110100001"_s, u"C000001"_s, 1, false, order } },
                              u"cursor-1"_s, true));
}

QByteArray TestCachePrivacy::allFileBytes() const
{
    QByteArray bytes;
    QDirIterator files(m_dir->path(), QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void TestCachePrivacy::theFilesRevealNoPersonalData_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addRow("phone") << QByteArray("13800138000");
    QTest::addRow("phone tail reversed") << QByteArray("0008310083");
    QTest::addRow("name") << u"张伟"_s.toUtf8();
    QTest::addRow("pinyin") << QByteArray("zhangwei");
    QTest::addRow("address") << u"建国路"_s.toUtf8();
    QTest::addRow("id number") << QByteArray("110105196205011234");
    QTest::addRow("note in the outbox") << u"客户新地址"_s.toUtf8();
}

void TestCachePrivacy::theFilesRevealNoPersonalData()
{
    QFETCH(QByteArray, secret);
    {
        auto replica = ReplicaStore::open(m_dir->filePath(u"replica.sqlite"_s), m_keys);
        QVERIFY(replica);
        fill(**replica);
        auto outbox = OutboxStore::open(m_dir->filePath(u"outbox.sqlite"_s), m_keys);
        QVERIFY(outbox);
        QVERIFY((*outbox)->enqueue(u"customer.contact_update"_s,
                                   QJsonObject { { u"customer_id"_s, u"C000001"_s }, { u"address"_s, u"客户新地址"_s } },
                                   u"C000001"_s, 1));
        // Read while open too: WAL files hold recent pages.
        QVERIFY(!allFileBytes().contains(secret));
    }
    const QByteArray bytes = allFileBytes();
    QVERIFY(bytes.contains("JD2026110100001")); // the files were read: ids are not secret
    QVERIFY(!bytes.contains(secret));
}

void TestCachePrivacy::searchStillFindsTheCustomer_data()
{
    QTest::addColumn<QString>("typed");
    for (const QString &typed : { u"13800138000"_s, u"+86 138 0013 8000"_s, u"8000"_s, u"138000"_s, u"zhangwei"_s,
                                  u"zhang"_s, u"zw"_s, u"张伟"_s, u"张"_s, u"jd2026110100001"_s })
        QTest::addRow("%s", qPrintable(typed)) << typed;
}

void TestCachePrivacy::searchStillFindsTheCustomer()
{
    QFETCH(QString, typed);
    auto replica = ReplicaStore::open(m_dir->filePath(u"replica.sqlite"_s), m_keys);
    QVERIFY(replica);
    fill(**replica);
    auto found = (*replica)->searchCustomers(typed, 10);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().customer.name, u"张伟"_s);
    QVERIFY((*replica)->searchCustomers(u"lina"_s, 10)->isEmpty());
    QVERIFY((*replica)->searchCustomers(u"13900139000"_s, 10)->isEmpty());
}

void TestCachePrivacy::theKeyOpensOnlyWithThePassword()
{
    const QString path = m_dir->filePath(u"cache.key"_s);
    auto again = CacheKeys::unlock(path, kPassword);
    QVERIFY(again);
    QCOMPARE(again->encryption, m_keys.encryption);
    QCOMPARE(again->index, m_keys.index);
    auto wrong = CacheKeys::unlock(path, u"guess"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, u"cache_locked"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.contains(m_keys.encryption) && !stored.contains(m_keys.encryption.toBase64()));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestCachePrivacy::aChangedPasswordRewrapsTheSameKey()
{
    const QString path = m_dir->filePath(u"cache.key"_s);
    auto wrong = CacheKeys::rewrap(path, u"guess"_s, u"new password"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, u"cache_locked"_s);
    QVERIFY(CacheKeys::unlock(path, kPassword)); // left as it was

    auto rewrapped = CacheKeys::rewrap(path, kPassword, u"new password"_s);
    QVERIFY(rewrapped);
    QCOMPARE(rewrapped->encryption, m_keys.encryption);
    auto reopened = CacheKeys::unlock(path, u"new password"_s);
    QVERIFY(reopened);
    QCOMPARE(reopened->encryption, m_keys.encryption);
    QCOMPARE(reopened->index, m_keys.index);
    QCOMPARE(CacheKeys::unlock(path, kPassword).error().code, u"cache_locked"_s);
}

void TestCachePrivacy::aReplicaSealedUnderOtherKeysIsRebuilt()
{
    const QString path = m_dir->filePath(u"replica.sqlite"_s);
    {
        auto replica = ReplicaStore::open(path, m_keys);
        QVERIFY(replica);
        fill(**replica);
    }
    auto other = ReplicaStore::open(path, CacheKeys::fromMaster(QByteArray(32, 'x')));
    QVERIFY(other);
    QCOMPARE(*(*other)->count(u"customer"_s), 0);
    QVERIFY(!(*other)->syncState().bootstrapped);
}

QTEST_MAIN(TestCachePrivacy)
#include "tst_cacheprivacy.moc"
