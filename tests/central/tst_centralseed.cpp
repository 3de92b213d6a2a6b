#include "support/httptestclient.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace parasol;

// The built parasol-central binary with --seed (central-api.md, "Command line"), on
// SQLite and, in the _postgresql variant, PostgreSQL: it seeds, listens on a free port,
// and the demo users can log in; a second seed of the same database is refused with
// exit code 1; a malformed seed is a bad argument (exit code 2).
class TestCentralSeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedsServesAndRefusesASecondSeed();
    void malformedSeedIsABadArgument();

private:
    static QStringList arguments(const test::TestDatabase &db, const QString &seed);
};

QStringList TestCentralSeed::arguments(const test::TestDatabase &db, const QString &seed)
{
    return { QStringLiteral("--db"),   db.urlText(), QStringLiteral("--listen"),      QStringLiteral("127.0.0.1:0"),
             QStringLiteral("--seed"), seed,         QStringLiteral("--seed-anchor"), QStringLiteral("2026-11-20") };
}

void TestCentralSeed::seedsServesAndRefusesASecondSeed()
{
    test::TestDatabase db;
    QProcess central;
    central.start(QStringLiteral(PARASOL_CENTRAL_BINARY), arguments(db, QStringLiteral("demo")));
    QVERIFY(central.waitForStarted());
    QString output, listening;
    static const QRegularExpression pattern(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)\n"));
    while (listening.isEmpty() && central.state() == QProcess::Running && central.waitForReadyRead(120'000)) {
        output += QString::fromUtf8(central.readAllStandardOutput());
        listening = pattern.match(output).captured(1);
    }
    QVERIFY2(!listening.isEmpty(), central.readAllStandardError().constData());

    test::HttpTestClient http { QUrl(listening) };
    QCOMPARE(http.get(QStringLiteral("/api/v1/health")).status, 200);
    const QString token = http.login(QStringLiteral("agent01"));
    QVERIFY(!token.isEmpty());
    const auto found = http.get(QStringLiteral("/api/v1/customers?phone=%2B8613800138000"), token);
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json.value(QLatin1String("customers")).toArray().size(), 1);
    central.terminate();
    QVERIFY(central.waitForFinished(30'000));
    QCOMPARE(central.exitStatus(), QProcess::NormalExit);
    QCOMPARE(central.exitCode(), 0);

    QProcess again;
    again.start(QStringLiteral(PARASOL_CENTRAL_BINARY), arguments(db, QStringLiteral("scale:10")));
    QVERIFY(again.waitForFinished(60'000));
    QCOMPARE(again.exitCode(), 1);
    const QString reason = QString::fromUtf8(again.readAllStandardError());
    QVERIFY2(reason.contains(u"already holds 240 customers"), qPrintable(reason));
}

void TestCentralSeed::malformedSeedIsABadArgument()
{
    test::TestDatabase db;
    QProcess central;
    central.start(QStringLiteral(PARASOL_CENTRAL_BINARY), arguments(db, QStringLiteral("scale:lots")));
    QVERIFY(central.waitForFinished(60'000));
    QCOMPARE(central.exitCode(), 2);
    QVERIFY(central.readAllStandardError().contains("--seed"));
}

QTEST_GUILESS_MAIN(TestCentralSeed)
#include "tst_centralseed.moc"
