// A lead's price-protection scan from the console, against a real central service in
// process with the demo data: the dry run's summary is what the API reports, Pay pays it,
// a second real run pays nothing, and an agent never sees the action. Offline, refused and
// cancelled runs say so in the dialog and can go on; a page's answer lost after central paid
// it still counts in the totals once Continue asks for it again.
//
// PARASOL_GRAB_DIR=DIR saves the dialog over the main window (1366×768) after its dry
// run, in zh_CN and en, as DIR/pricescan-LANG.png.
#include "consoleundertest.h"

#include "central/centralfixture.h"

#include "console/consolesession.h"
#include "console/consolesettings.h"
#include "console/mainwindow.h"
#include "console/pricescandialog.h"
#include "console/translations.h"

#include "support/faultproxy.h"

#include "sync/centralclient.h"

#include "store/database.h"

#include "core/businesscalendar.h"
#include "core/money.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace parasol;
using test::CentralFixture;

namespace {
constexpr int kBootstrapTimeoutMs = 120'000;
constexpr int kScanTimeoutMs = 60'000;
const QString kPassword = QStringLiteral("parasol-demo");
} // namespace

class TestPriceScanDialog : public QObject
{
    Q_OBJECT

private:
    using Console = test::ConsoleUnderTest;

    // A console logged in as `login` with its cache bootstrapped and its main window shown.
    std::unique_ptr<Console> openConsole(const QString &login)
    {
        auto console = std::make_unique<Console>(m_data.path());
        console->session.login(m_central.baseUrl, login, kPassword);
        if (!QTest::qWaitFor([&] { return console->session.isReady(); }, kBootstrapTimeoutMs))
            return nullptr;
        console->window = std::make_unique<MainWindow>(console->session, console->settings, m_central.clock);
        console->window->resize(1366, 768);
        console->window->show();
        if (!QTest::qWaitForWindowExposed(console->window.get()))
            return nullptr;
        return console;
    }

    // The plain scan of the contract, as lead01.
    QJsonObject apiScan(bool dryRun)
    {
        if (m_leadToken.isEmpty())
            m_leadToken = m_central.http->login(QStringLiteral("lead01"));
        return m_central.http->post(QStringLiteral("/api/v1/price-protect/scan"),
                                    QJsonObject { { QStringLiteral("dry_run"), dryRun } }, m_leadToken)
            .json;
    }

    static QString text(const QDialog *dialog, const char *name)
    {
        const auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
    }
    static QPushButton *button(const QDialog *dialog, const char *name)
    {
        return dialog->findChild<QPushButton *>(QLatin1String(name));
    }
    static QString count(const QJsonObject &report, const char *field)
    {
        return QLocale().toString(report.value(QLatin1String(field)).toInteger());
    }
    static QString yuan(const QJsonObject &report, const char *field)
    {
        return Money::fromFen(report.value(QLatin1String(field)).toInteger()).toDisplayString();
    }

    // A drop to half its highest price on every SKU, in effect from a minute on: the feed's
    // automatic runs judge by the price in effect when they run, so they leave these drops
    // to the scan once the clock has moved past them. Returns an empty string or the problem.
    QString dropEveryPriceInAMinute()
    {
        Database &db = m_central.service->database();
        auto query
            = db.exec(QStringLiteral("SELECT sku, seller, MAX(unit_price_fen) FROM order_lines GROUP BY sku, seller"));
        if (!query)
            return query.error().message;
        // Read them all first: central answers the feed on this same connection.
        QList<QJsonObject> drops;
        while (query->next())
            drops.append({ { QStringLiteral("sku"), query->value(0).toString() },
                           { QStringLiteral("seller"), query->value(1).toString() },
                           { QStringLiteral("price_fen"), query->value(2).toLongLong() / 2 } });
        query->finish();
        const qint64 inEffect = m_central.clock.nowMs() + 60'000;
        const QString feed = m_central.http->login(QStringLiteral("feed01"));
        for (QJsonObject drop : std::as_const(drops)) {
            if (drop.value(QLatin1String("price_fen")).toInteger() < 1)
                continue;
            drop.insert(QStringLiteral("effective_at"), BusinessCalendar::toIso(inEffect));
            const auto put = m_central.http->put(
                QStringLiteral("/api/v1/feed/prices/%1").arg(drop.take(QLatin1String("sku")).toString()), drop, feed);
            if (put.status != 200)
                return QStringLiteral("the price feed answered %1").arg(put.status);
        }
        const bool ran = QTest::qWaitFor(
            [&] { return db.scalar(QStringLiteral("SELECT COUNT(*) FROM price_protect_runs")).value().toInt() == 0; },
            kScanTimeoutMs);
        if (!ran)
            return QStringLiteral("the automatic runs did not finish");
        m_central.clock.setNowMs(inEffect + 60'000);
        return QString();
    }

    struct Ledger
    {
        qint64 payouts = -1; // -1: the ledger could not be read
        qint64 totalFen = -1;
    };
    Ledger ledger()
    {
        auto query = m_central.service->database().exec(
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM ledger"));
        if (!query || !query->next())
            return {};
        return { query->value(0).toLongLong(), query->value(1).toLongLong() };
    }

    static void grab(QWidget *window, QDialog *dialog, const QString &language)
    {
        const QString dir = qEnvironmentVariable("PARASOL_GRAB_DIR");
        if (dir.isEmpty())
            return;
        Translations::apply(language);
        QCoreApplication::processEvents();
        dialog->adjustSize();
        QPixmap shot = window->grab();
        const QPixmap over = dialog->grab();
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60)); // the window modal behind it
        painter.drawPixmap((shot.width() - over.width()) / 2, (shot.height() - over.height()) / 2, over);
        painter.end();
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("pricescan-%1.png").arg(language))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParasolTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pricescandialog"));
        QVERIFY(m_data.isValid());
        const QString failed = m_central.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void anAgentDoesNotSeeTheScan()
    {
        const auto console = openConsole(QStringLiteral("agent01"));
        QVERIFY(console);
        const auto *action = console->window->findChild<QAction *>(QStringLiteral("priceScanAction"));
        QVERIFY(action);
        QVERIFY(!action->isVisible());
    }

    void aCancelledDryRunGoesOnWhereItStopped()
    {
        const auto console = openConsole(QStringLiteral("lead01"));
        QVERIFY(console);
        const QJsonObject expected = apiScan(true);
        PriceScanDialog dialog(console->session.client(), console->window.get());
        dialog.show();
        dialog.start();
        QVERIFY(dialog.isRunning());
        QTest::mouseClick(button(&dialog, "closeButton"), Qt::LeftButton); // Cancel: after this page
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kScanTimeoutMs);
        QVERIFY2(text(&dialog, "messageLabel").startsWith(QStringLiteral("Dry run stopped after 500 of ")),
                 qPrintable(text(&dialog, "messageLabel")));
        QVERIFY(!button(&dialog, "payButton")->isVisible());

        QTest::mouseClick(button(&dialog, "continueButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button(&dialog, "payButton")->isVisible(), kScanTimeoutMs);
        QCOMPARE(text(&dialog, "scannedValue"), count(expected, "scanned"));
        QCOMPARE(text(&dialog, "eligibleValue"), count(expected, "eligible"));
        QCOMPARE(text(&dialog, "amountValue"), yuan(expected, "eligible_total_fen"));
    }

    void offlineAndRefusedRunsSaySo()
    {
        CentralClient unreachable(QUrl(QStringLiteral("http://127.0.0.1:1")));
        PriceScanDialog offline(unreachable);
        offline.show();
        offline.start();
        QTRY_VERIFY_WITH_TIMEOUT(!offline.isRunning(), kScanTimeoutMs);
        QVERIFY2(text(&offline, "messageLabel").startsWith(QStringLiteral("The central service cannot be reached")),
                 qPrintable(text(&offline, "messageLabel")));
        QVERIFY(button(&offline, "continueButton")->isVisible());
        QVERIFY(!button(&offline, "payButton")->isVisible());

        CentralClient agent(m_central.baseUrl);
        agent.setToken(m_central.http->login(QStringLiteral("agent01")));
        PriceScanDialog refused(agent);
        refused.show();
        refused.start();
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isRunning(), kScanTimeoutMs);
        QCOMPARE(text(&refused, "messageLabel"), QStringLiteral("Your account may not run price-protection scans."));
        QVERIFY(!button(&refused, "payButton")->isVisible());
    }

    void aLeadSeesTheDryRunThenPaysOnce()
    {
        const auto console = openConsole(QStringLiteral("lead01"));
        QVERIFY(console);
        auto *action = console->window->findChild<QAction *>(QStringLiteral("priceScanAction"));
        QVERIFY(action);
        QVERIFY(action->isVisible());
        const QJsonObject expected = apiScan(true);
        QVERIFY(expected.value(QLatin1String("eligible")).toInteger() > 0); // the demo has drops to pay

        action->trigger();
        auto *dialog = console->window->findChild<PriceScanDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(button(dialog, "payButton")->isVisible(), kScanTimeoutMs);
        QCOMPARE(text(dialog, "scannedValue"), count(expected, "scanned"));
        QCOMPARE(text(dialog, "eligibleValue"), count(expected, "eligible"));
        QCOMPARE(text(dialog, "amountValue"), yuan(expected, "eligible_total_fen"));
        const auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QCOMPARE(progress->value(), progress->maximum());
        QCOMPARE(apiScan(true), expected); // the dry run paid nothing

        grab(console->window.get(), dialog, QStringLiteral("zh_CN"));
        grab(console->window.get(), dialog, QStringLiteral("en"));

        // A second lead's dialog, its dry run done before the first pays.
        PriceScanDialog second(console->session.client(), console->window.get());
        second.show();
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(button(&second, "payButton")->isVisible(), kScanTimeoutMs);

        QTest::mouseClick(button(dialog, "payButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning() && !button(dialog, "payButton")->isVisible(), kScanTimeoutMs);
        QCOMPARE(text(dialog, "claimsValue"), count(expected, "eligible"));
        QCOMPARE(text(dialog, "amountValue"), yuan(expected, "eligible_total_fen"));
        QCOMPARE(apiScan(true).value(QLatin1String("eligible")).toInteger(), 0);

        QTest::mouseClick(button(&second, "payButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!second.isRunning() && !button(&second, "payButton")->isVisible(), kScanTimeoutMs);
        QCOMPARE(text(&second, "claimsValue"), QStringLiteral("0"));
        QCOMPARE(text(&second, "amountValue"), Money().toDisplayString());
        QCOMPARE(apiScan(false).value(QLatin1String("claims_paid")).toInteger(), 0);

        const QPointer<PriceScanDialog> opened(dialog);
        QTest::mouseClick(button(dialog, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!opened); // closed and gone
    }

    void anAnswerLostAfterPayingCountsOnContinue()
    {
        const QString dropped = dropEveryPriceInAMinute();
        QVERIFY2(dropped.isEmpty(), qPrintable(dropped));
        const QJsonObject expected = apiScan(true);
        QVERIFY(expected.value(QLatin1String("eligible")).toInteger() > 0);

        test::FaultProxy proxy(quint16(m_central.baseUrl.port()));
        CentralClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())));
        client.setToken(m_central.http->login(QStringLiteral("lead01")));
        PriceScanDialog dialog(client);
        dialog.show();
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(button(&dialog, "payButton")->isVisible(), kScanTimeoutMs);

        // From the first page that paid something on, answers are lost on their way back
        // (the network library's own resend of the request too): central paid that page, the
        // console never hears of it.
        const Ledger before = ledger();
        bool lost = false;
        connect(&proxy, &test::FaultProxy::replyArriving, &proxy, [&] {
            if (!lost && ledger().payouts > before.payouts) {
                lost = true;
                proxy.setMode(test::FaultProxy::Mode::LoseReply);
            }
        });
        QTest::mouseClick(button(&dialog, "payButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kScanTimeoutMs);
        QVERIFY(lost);
        QVERIFY2(text(&dialog, "messageLabel").startsWith(QStringLiteral("The central service cannot be reached")),
                 qPrintable(text(&dialog, "messageLabel")));
        QVERIFY(QLocale().toLongLong(text(&dialog, "claimsValue")) < ledger().payouts - before.payouts);

        proxy.setMode(test::FaultProxy::Mode::Pass);
        QTest::mouseClick(button(&dialog, "continueButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && !button(&dialog, "continueButton")->isVisible(),
                                 kScanTimeoutMs);
        QCOMPARE(text(&dialog, "messageLabel"), QString());
        QCOMPARE(text(&dialog, "scannedValue"), count(expected, "scanned"));
        QCOMPARE(text(&dialog, "eligibleValue"), count(expected, "eligible"));
        QCOMPARE(text(&dialog, "claimsValue"), count(expected, "eligible"));
        QCOMPARE(text(&dialog, "amountValue"), yuan(expected, "eligible_total_fen"));
        const Ledger after = ledger(); // what the run paid: the ledger's payouts since Pay
        QCOMPARE(text(&dialog, "claimsValue"), QLocale().toString(after.payouts - before.payouts));
        QCOMPARE(text(&dialog, "amountValue"), Money::fromFen(after.totalFen - before.totalFen).toDisplayString());
        QCOMPARE(apiScan(true).value(QLatin1String("eligible")).toInteger(), 0);
    }

private:
    CentralFixture m_central;
    QTemporaryDir m_data;
    QString m_leadToken;
};

QTEST_MAIN(TestPriceScanDialog)
#include "tst_pricescandialog.moc"
