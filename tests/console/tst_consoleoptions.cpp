#include "console/consoleoptions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parasol;

class TestConsoleOptions : public QObject
{
    Q_OBJECT

private:
    static Result<ConsoleOptions> parse(const QStringList &arguments)
    {
        return ConsoleOptions::parse(QStringList { QStringLiteral("parasol") } + arguments);
    }

private Q_SLOTS:
    void readsTheInteractiveCommandLine()
    {
        auto options = parse({ QStringLiteral("--central"), QStringLiteral("http://127.0.0.1:8470"), QStringLiteral("--user"),
                               QStringLiteral("agent01"), QStringLiteral("--seat"), QStringLiteral("elder"),
                               QStringLiteral("--data-dir"), QStringLiteral("/tmp/p"), QStringLiteral("--lang"),
                               QStringLiteral("zh_TW") });
        QVERIFY(options.ok());
        QCOMPARE(options->central, QUrl(QStringLiteral("http://127.0.0.1:8470")));
        QCOMPARE(options->user, QStringLiteral("agent01"));
        QCOMPARE(options->seat, QStringLiteral("elder"));
        QCOMPARE(options->dataDir, QStringLiteral("/tmp/p"));
        QCOMPARE(options->language, QStringLiteral("zh_TW"));
        QVERIFY(!options->grabbing());
        QVERIFY(parse({}).ok()); // everything can come from the login dialog
    }

    void readsTheGrabCommandLine()
    {
        auto options = parse({ QStringLiteral("--grab"), QStringLiteral("/tmp/shot.png"), QStringLiteral("--central"),
                               QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--user"), QStringLiteral("agent01"),
                               QStringLiteral("--password-file"), QStringLiteral("/tmp/pw"), QStringLiteral("--customer"),
                               QStringLiteral("+8613800138000"), QStringLiteral("--order"), QStringLiteral("JD1"),
                               QStringLiteral("--scale"), QStringLiteral("2") });
        QVERIFY(options.ok());
        QVERIFY(options->grabbing());
        QCOMPARE(options->customerPhone, QStringLiteral("+8613800138000"));
        QCOMPARE(options->orderNo, QStringLiteral("JD1"));
        QCOMPARE(options->scale.value_or(0), 2.0);
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("unknown language") << QStringList { QStringLiteral("--lang"), QStringLiteral("fr") };
        QTest::addRow("unknown seat") << QStringList { QStringLiteral("--seat"), QStringLiteral("vip") };
        QTest::addRow("unknown option") << QStringList { QStringLiteral("--frobnicate") };
        QTest::addRow("not http") << QStringList { QStringLiteral("--central"), QStringLiteral("ftp://host") };
        QTest::addRow("grab without login")
            << QStringList { QStringLiteral("--grab"), QStringLiteral("/tmp/x.png"), QStringLiteral("--central"),
                             QStringLiteral("http://h:1") };
        QTest::addRow("customer without grab") << QStringList { QStringLiteral("--customer"), QStringLiteral("+86138") };
        QTest::addRow("scale not a number")
            << QStringList { QStringLiteral("--grab"), QStringLiteral("x.png"), QStringLiteral("--central"),
                             QStringLiteral("http://h:1"), QStringLiteral("--user"), QStringLiteral("u"),
                             QStringLiteral("--password-file"), QStringLiteral("f"), QStringLiteral("--scale"),
                             QStringLiteral("big") };
    }

    void refusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        auto options = parse(arguments);
        QVERIFY(!options.ok());
        QCOMPARE(options.error().code, QStringLiteral("bad_arguments"));
        QVERIFY(!options.error().message.isEmpty());
    }

    void readsThePasswordsFirstLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pw"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("parasol-demo\r\nsecond line\n");
        file.close();
        auto password = ConsoleOptions::readPasswordFile(path);
        QVERIFY(password.ok());
        QCOMPARE(*password, QStringLiteral("parasol-demo"));
        QVERIFY(!ConsoleOptions::readPasswordFile(dir.filePath(QStringLiteral("missing"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestConsoleOptions)
#include "tst_consoleoptions.moc"
