// A lead's price-protection scan from the console, against a real central service in
// process with the demo data: the dry run's summary is what the API reports, Pay pays it,
// a second real run pays nothing, and an agent never sees the action. Offline, refused and
// cancelled runs say so in the dialog and can go on.
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

#include "sync/centralclient.h"

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

private:
    CentralFixture m_central;
    QTemporaryDir m_data;
    QString m_leadToken;
};

QTEST_MAIN(TestPriceScanDialog)
#include "tst_pricescandialog.moc"
