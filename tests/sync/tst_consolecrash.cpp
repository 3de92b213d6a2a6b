// The console killed outright (SIGKILL) in the middle of a sync, on SQLite and PostgreSQL.
// Its sync runs in a child process (consolesyncer) over a long history, so the bootstrap
// takes several pages; the child is killed at three points: right after the first page,
// between an answered push and the pull, and while a later page is coming in. After each
// kill the replica must open intact and hold exactly the rows its cursor says (a page is
// all or nothing); at the end a resumed sync in this process reaches the oracle: the
// replica equals central's rows of the working set, and every note queued before a kill
// reached central exactly once.
#include "consolerig.h"
#include "syncoracle.h"
#include "syncworld.h"

#include "central/pullcursor.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace parasol;
using namespace Qt::StringLiterals;

class TestConsoleCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void killedMidSyncResumesWithoutLossOrDuplicates();

private:
    // Starts consolesyncer on `folder`, queuing `notes` notes first.
    void startSyncer(QProcess &syncer, const QString &folder, int notes, const QString &prefix);
    // Reads the child's lines until the `occurrence`-th one starting with `prefix`.
    bool waitForLine(QProcess &syncer, const QString &prefix, int occurrence, QStringList &lines);
    // What a restarted console finds: an intact replica whose rows are those its cursor covers.
    void checkKilledReplica(const QString &folder);

    test::LocalCentral m_local;
    QString m_customerId;
};

namespace {
// Three bootstrap pages of SyncEngine::kPageSize, the last one large enough that a kill
// shortly after the second page still finds the child at work.
constexpr int kHistory = 2 * SyncEngine::kPageSize + 4000;
constexpr int kNotesPerRun = 2;

QString quickCheck(const QString &path)
{
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"quick-check"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        answer = query.exec(u"PRAGMA quick_check"_s) && query.next() ? query.value(0).toString() : query.lastError().text();
    }
    QSqlDatabase::removeDatabase(u"quick-check"_s);
    return answer;
}
} // namespace

void TestConsoleCrash::init()
{
    QCOMPARE(m_local.start(), QString());
    m_customerId = m_local.customerId;
    const Status added = test::SyncWorld::addContacts(m_local.service->database(), m_customerId, kHistory, u"history"_s);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
}

void TestConsoleCrash::cleanup()
{
    m_local.stop();
}

void TestConsoleCrash::startSyncer(QProcess &syncer, const QString &folder, int notes, const QString &prefix)
{
    syncer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    syncer.start(QStringLiteral(PARASOL_CONSOLESYNCER_BINARY),
                 { folder, m_local.url.toString(), u"agent"_s, test::SyncWorld::kPassword, QString::number(notes),
                   m_customerId, prefix });
    QVERIFY2(syncer.waitForStarted(10000), qPrintable(syncer.errorString()));
}

bool TestConsoleCrash::waitForLine(QProcess &syncer, const QString &prefix, int occurrence, QStringList &lines)
{
    // Central answers from this thread: keep the event loop turning while the child works.
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        while (syncer.canReadLine()) {
            lines.append(QString::fromUtf8(syncer.readLine()).trimmed());
            if (lines.last().startsWith(u"failed"_s) || lines.last() == u"caught-up"_s)
                return false; // too late, or it went wrong
            if (lines.last().startsWith(prefix) && --occurrence == 0)
                return true;
        }
        if (syncer.state() == QProcess::NotRunning)
            return false;
        QTest::qWait(2);
    }
    return false;
}

void TestConsoleCrash::checkKilledReplica(const QString &folder)
{
    const QString path = folder + u"/replica.sqlite"_s;
    QCOMPARE(quickCheck(path), u"ok"_s);
    QCOMPARE(quickCheck(folder + u"/outbox.sqlite"_s), u"ok"_s);

    test::ConsoleRig console;
    QCOMPARE(console.startIn(folder, m_local.url, u"agent"_s, test::SyncWorld::kPassword), QString());
    const QString cursorText = console.replica->syncState().cursor;
    QVERIFY2(!cursorText.isEmpty(), "the replica lost the pages it had applied");
    auto cursor = PullCursor::decode(cursorText);
    QVERIFY(cursor);
    const test::SyncOracle::RowVersions held = test::SyncOracle::replicaRows(path);
    const test::SyncOracle::RowVersions central = test::SyncOracle::serverRows(m_local.service->database(), QStringList { m_customerId });
    if (cursor->phase == PullCursor::Phase::Snapshot)
        QCOMPARE(qint64(held.size()), cursor->sent); // every row of the pages applied, none of a page cut short
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        QVERIFY2(central.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(it.value() <= central.value(it.key()), qPrintable(it.key())); // a row changes only forward
    }
}

void TestConsoleCrash::killedMidSyncResumesWithoutLossOrDuplicates()
{
    QTemporaryDir folder;
    QStringList expectedNotes;
    struct KillPoint
    {
        const char *name;
        QString line;
        int occurrence;
        int delayMs;
    };
    const KillPoint killPoints[] = {
        { "right after the first page", u"page "_s, 1, 0 },
        { "between an answered push and the pull", u"pushed "_s, 1, 0 },
        // Run 1 stopped before the second page, so this is the second, and a third follows.
        { "while a later page comes in", u"page "_s, 1, 50 },
    };
    int run = 0;
    for (const KillPoint &point : killPoints) {
        ++run;
        const QString prefix = u"queued in run %1"_s.arg(run);
        for (int i = 1; i <= kNotesPerRun; ++i)
            expectedNotes.append(u"%1 %2"_s.arg(prefix).arg(i));
        QProcess syncer;
        startSyncer(syncer, folder.path(), kNotesPerRun, prefix);
        QStringList lines;
        QVERIFY2(waitForLine(syncer, point.line, point.occurrence, lines), qPrintable(lines.join(u" | "_s)));
        if (point.delayMs > 0)
            QTest::qWait(point.delayMs);
        QVERIFY2(syncer.state() == QProcess::Running, point.name);
        syncer.kill(); // SIGKILL
        QVERIFY(syncer.waitForFinished(10000));
        QCOMPARE(syncer.exitStatus(), QProcess::CrashExit);
        qInfo("killed %s after: %s", point.name, qPrintable(lines.join(u" | "_s)));
        checkKilledReplica(folder.path());
        if (QTest::currentTestFailed())
            return;
    }

    test::ConsoleRig console;
    QCOMPARE(console.startIn(folder.path(), m_local.url, u"agent"_s, test::SyncWorld::kPassword), QString());
    QVERIFY(console.syncAndWait(60000));
    QCOMPARE(console.pending(), 0);
    Database &db = m_local.service->database();
    const test::SyncOracle::RowVersions central = test::SyncOracle::serverRows(db, QStringList { m_customerId });
    const test::SyncOracle::RowVersions held = test::SyncOracle::replicaRows(folder.path() + u"/replica.sqlite"_s);
    QVERIFY2(held == central, qPrintable(test::SyncOracle::difference(held, central)));
    const QStringList serverTexts = test::SyncOracle::serverContactTexts(db, m_customerId);
    QCOMPARE(serverTexts.size(), kHistory + expectedNotes.size());
    for (const QString &note : std::as_const(expectedNotes))
        QCOMPARE(serverTexts.count(note), 1);
    QCOMPARE(test::SyncOracle::replicaContactTexts(*console.replica, m_customerId), serverTexts);
}

QTEST_MAIN(TestConsoleCrash)
#include "tst_consolecrash.moc"
