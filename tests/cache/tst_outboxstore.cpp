// The outbox: numbering that never reuses a mid, durability across reopening, what the
// views see, renumbering for a central restored from backup, and a damaged file kept.
#include "cache/outboxstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace parasol;
using namespace Qt::StringLiterals;

class TestOutboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void midsCountUpAndAreNeverReused();
    void entriesAndClientIdSurviveReopening();
    void viewsSeePendingAndRejectedNewestFirst();
    void pendingForACustomerKeepsItInTheWorkingSet();
    void newNumberingStartsAtOneInTheSameOrder();
    void aDamagedOutboxIsMovedAsideNotDeleted();

private:
    std::unique_ptr<OutboxStore> open();
    QString path() const { return m_dir->filePath(u"outbox.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    const CacheKeys m_keys = CacheKeys::fromMaster(QByteArray(32, 'k'));
};

void TestOutboxStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

std::unique_ptr<OutboxStore> TestOutboxStore::open()
{
    auto outbox = OutboxStore::open(path(), m_keys);
    if (!outbox)
        qWarning() << outbox.error().message;
    return outbox ? std::move(*outbox) : nullptr;
}

void TestOutboxStore::midsCountUpAndAreNeverReused()
{
    auto outbox = open();
    QVERIFY(outbox);
    QCOMPARE(*outbox->enqueue(u"contact.note"_s, {}, u"C1"_s, 1000), 1);
    QCOMPARE(*outbox->enqueue(u"contact.note"_s, {}, u"C1"_s, 1001), 2);
    QVERIFY(outbox->markApplied(1, 2000));
    QVERIFY(outbox->markApplied(2, 2000));
    QVERIFY(outbox->pruneApplied(3000));
    QCOMPARE(*outbox->pendingCount(), 0);
    QCOMPARE(*outbox->enqueue(u"contact.note"_s, {}, u"C1"_s, 4000), 3); // not 1 again
}

void TestOutboxStore::entriesAndClientIdSurviveReopening()
{
    QString clientId;
    {
        auto outbox = open();
        QVERIFY(outbox);
        clientId = outbox->clientId();
        QVERIFY(clientId.size() >= 16);
        QVERIFY(outbox->enqueue(u"ticket.open"_s, QJsonObject { { u"kind"_s, u"repair"_s } }, u"C1"_s, 1000));
    }
    auto outbox = open();
    QVERIFY(outbox);
    QCOMPARE(outbox->clientId(), clientId);
    auto pending = outbox->pending(10);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().type, u"ticket.open"_s);
    QCOMPARE(pending->first().data.value(u"kind"_s).toString(), u"repair"_s);
    QCOMPARE(pending->first().createdAtMs, 1000);
    QVERIFY(OutboxStore::open(m_dir->filePath(u"other.sqlite"_s), m_keys).value()->clientId() != clientId);
}

void TestOutboxStore::viewsSeePendingAndRejectedNewestFirst()
{
    auto outbox = open();
    QVERIFY(outbox);
    for (int i = 1; i <= 3; ++i)
        QVERIFY(outbox->enqueue(u"contact.note"_s, QJsonObject { { u"n"_s, i } }, u"C1"_s, 1000 + i));
    QVERIFY(outbox->enqueue(u"contact.note"_s, {}, u"C2"_s, 2000));
    QVERIFY(outbox->markApplied(1, 3000));
    QVERIFY(outbox->markRejected(2, u"not_found"_s, u"no customer C1"_s));

    auto entries = outbox->entriesOf(u"C1"_s);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).mid, 3);
    QCOMPARE(entries->at(0).state, OutboxEntry::State::Pending);
    QCOMPARE(entries->at(1).mid, 2);
    QCOMPARE(entries->at(1).state, OutboxEntry::State::Rejected);
    QCOMPARE(entries->at(1).errorMessage, u"no customer C1"_s);
    QCOMPARE(*outbox->pendingCount(), 2); // mid 3 of C1 and mid 4 of C2
    auto pending = outbox->pending(10);
    QCOMPARE(pending->first().mid, 3);
}

void TestOutboxStore::pendingForACustomerKeepsItInTheWorkingSet()
{
    auto outbox = open();
    QVERIFY(outbox);
    QVERIFY(outbox->enqueue(u"contact.note"_s, {}, u"C1"_s, 1000));
    QCOMPARE(*outbox->hasPendingFor(u"C1"_s), true);
    QCOMPARE(*outbox->hasPendingFor(u"C2"_s), false);
    QVERIFY(outbox->markApplied(1, 2000));
    QCOMPARE(*outbox->hasPendingFor(u"C1"_s), false);
}

void TestOutboxStore::newNumberingStartsAtOneInTheSameOrder()
{
    auto outbox = open();
    QVERIFY(outbox);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(outbox->enqueue(u"contact.note"_s, QJsonObject { { u"n"_s, i } }, u"C1"_s, 1000 + i));
    QVERIFY(outbox->markApplied(1, 2000));
    QVERIFY(outbox->markRejected(2, u"x"_s, u"y"_s));
    const QString before = outbox->clientId();

    QVERIFY(outbox->startNewNumbering());
    QVERIFY(outbox->clientId() != before);
    auto pending = outbox->pending(10);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(pending->at(i).mid, i + 1);
        QCOMPARE(pending->at(i).data.value(u"n"_s).toInt(), i + 3);
    }
    QCOMPARE(*outbox->enqueue(u"contact.note"_s, {}, u"C1"_s, 3000), 4);
    QCOMPARE(outbox->entriesOf(u"C1"_s)->size(), 5); // the rejected one is still shown
    const QString renumbered = outbox->clientId();
    outbox.reset();
    auto reopened = open();
    QCOMPARE(reopened->clientId(), renumbered);
    QCOMPARE(reopened->pending(10)->size(), 4);
}

void TestOutboxStore::aDamagedOutboxIsMovedAsideNotDeleted()
{
    {
        auto outbox = open();
        QVERIFY(outbox);
        QVERIFY(outbox->enqueue(u"contact.note"_s, {}, u"C1"_s, 1000));
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(0);
    file.write(QByteArray(100, 'x')); // the header is gone
    file.close();

    auto damaged = OutboxStore::open(path(), m_keys);
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, u"outbox_damaged"_s);
    const QStringList aside = QDir(m_dir->path()).entryList({ u"outbox.sqlite.damaged-*"_s });
    QVERIFY2(!aside.isEmpty(), qPrintable(QDir(m_dir->path()).entryList().join(u' ')));
    QVERIFY(damaged.error().message.contains(aside.first()));
    QVERIFY(open()); // a fresh outbox can be started in its place
}

QTEST_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
