// The incoming-call screen pop end to end: the phone system (feed01) posts a call to a
// real central service (in process, demo data), central routes it to this console's seat
// over /api/v1/events, the bar shows the caller, F2 opens them, F4 wraps the call up
// through the outbox, and after the sync central has the contact and the seat is free.
#include "consoleundertest.h"

#include "central/centralfixture.h"

#include "cache/outboxstore.h"
#include "console/consolesession.h"
#include "console/consolesettings.h"
#include "console/customerpanel.h"
#include "console/incomingcallbar.h"
#include "console/mainwindow.h"
#include "console/notedialog.h"
#include "console/theme.h"
#include "console/timelinewidget.h"
#include "console/translations.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace parasol;
using test::CentralFixture;

namespace {
const QString kShowcasePhone = QStringLiteral("+8613800138000"); // 张伟, born 1962: the elder queue
const QString kUnknownPhone = QStringLiteral("+8613100002222");
constexpr int kBootstrapTimeoutMs = 120'000;
} // namespace

using parasol::test::child;

class TestIncomingCall : public QObject
{
    Q_OBJECT

private:
    using Console = test::ConsoleUnderTest;

    // `login`'s console, bootstrapped, its window shown at 1366x768 with the focus in the search box.
    std::unique_ptr<Console> openConsole(const QString &login)
    {
        auto console = std::make_unique<Console>(m_data.path() + QLatin1Char('/') + login);
        console->session.login(m_central.baseUrl, login, QStringLiteral("parasol-demo"));
        if (!QTest::qWaitFor([&console] { return console->session.isReady(); }, kBootstrapTimeoutMs))
            return nullptr;
        console->window = std::make_unique<MainWindow>(console->session, console->settings, m_central.clock);
        console->window->resize(1366, 768);
        console->window->show();
        console->window->activateWindow();
        if (!QTest::qWaitForWindowActive(console->window.get()))
            return nullptr;
        child<QLineEdit>(console->window.get(), "searchEdit")->setFocus();
        return console;
    }

    test::HttpTestClient::Reply postCall(const QString &ani)
    {
        return m_central.http->post(QStringLiteral("/api/v1/calls"), QJsonObject { { QStringLiteral("ani"), ani } },
                                    m_central.http->login(QStringLiteral("feed01")));
    }

    // Saves the window to $PARASOL_TEST_GRAB_DIR/NAME-LANG.png when that is set, for a person to look at.
    void grab(QWidget *window, const QString &name)
    {
        const QPixmap shot = window->grab();
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.size() / shot.devicePixelRatio(), QSize(1366, 768));
        const QString dir = qEnvironmentVariable("PARASOL_TEST_GRAB_DIR");
        if (!dir.isEmpty())
            QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, Translations::current()))));
    }

    // Wraps up the call on the bar through the wrap-up dialog, opened with F4 or the bar's button.
    void wrapUp(MainWindow &window, const QString &reason, const QString &text, bool withKey = true)
    {
        if (withKey)
            QTest::keyClick(&window, Qt::Key_F4);
        else
            QTest::mouseClick(child<QPushButton>(window.incomingCallBar(), "callWrapUpButton"), Qt::LeftButton);
        const auto shownDialog = [&window]() -> NoteDialog * {
            const QList<NoteDialog *> dialogs = window.findChildren<NoteDialog *>();
            const auto shown = std::find_if(dialogs.cbegin(), dialogs.cend(), [](NoteDialog *d) { return d->isVisible(); });
            return shown == dialogs.cend() ? nullptr : *shown;
        };
        QTRY_VERIFY(shownDialog());
        NoteDialog *dialog = shownDialog();
        dialog->setReason(reason);
        dialog->setText(text);
        dialog->accept();
    }

    // The contact rows of kind "call" central has for `customerId`.
    QJsonArray centralCallContacts(const QString &customerId)
    {
        const auto view = m_central.http->get(QStringLiteral("/api/v1/customers/") + customerId,
                                              m_central.http->login(QStringLiteral("admin")));
        QJsonArray calls;
        for (const QJsonValue &contact : view.json.value(QLatin1String("contacts")).toArray())
            if (contact.toObject().value(QLatin1String("kind")).toString() == u"call")
                calls.append(contact);
        return calls;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParasolTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_incomingcall"));
        QVERIFY(m_data.isValid());
        Theme::apply(*qApp);
        const QString failed = m_central.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void knownCallerPopsUpAndOpensWithF2()
    {
        const auto console = openConsole(QStringLiteral("elder01"));
        QVERIFY(console);
        MainWindow &window = *console->window;
        auto *search = child<QLineEdit>(&window, "searchEdit");
        QTest::keyClicks(search, QStringLiteral("li"));

        // The call reaches this seat as soon as its events stream is connected (it waits till then).
        const auto posted = postCall(kShowcasePhone);
        QCOMPARE(posted.status, 200);
        const QJsonObject call = posted.json.value(QLatin1String("call")).toObject();
        const QString customerId = call.value(QLatin1String("customer_id")).toString();

        IncomingCallBar *bar = window.incomingCallBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(child<QLabel>(bar, "callCaller")->text(), u"张*"_qs);
        QCOMPARE(child<QLabel>(bar, "callNumber")->text(), u"138****8000"_qs);
        QVERIFY(child<QLabel>(bar, "callElderBadge")->isVisible());
        const auto found = m_central.http->get(QStringLiteral("/api/v1/customers?phone=%2B8613800138000"),
                                               m_central.http->login(QStringLiteral("admin")));
        const int age = found.json.value(QLatin1String("customers")).toArray().first().toObject().value(QLatin1String("age")).toInt();
        QVERIFY(age > 56);
        QCOMPARE(child<QLabel>(bar, "callAge")->text(), IncomingCallBar::tr("%n year(s)", nullptr, age));
        // The call does not take the agent's typing away.
        QCOMPARE(QApplication::focusWidget(), search);
        QCOMPARE(search->text(), u"li"_qs);
        QCOMPARE(bar->parentWidget(), window.customerPanel()->parentWidget());
        QVERIFY(bar->geometry().bottom() < window.customerPanel()->geometry().top());

        for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
            Translations::apply(language);
            QTest::qWait(50); // the windows retranslate on the posted LanguageChange
            auto *sections = child<QTabWidget>(&window, "sectionsTabs");
            QCOMPARE(sections->tabText(sections->count() - 1), TimelineWidget::tr("Service timeline"));
            grab(&window, QStringLiteral("incoming-call"));
        }

        QTest::keyClick(&window, Qt::Key_F2);
        QTRY_VERIFY(window.customerPanel()->hasCustomer());
        QCOMPARE(child<QLabel>(&window, "nameValue")->text(), u"张*"_qs);
        QCOMPARE(child<QLabel>(&window, "phoneValue")->text(), u"138****8000"_qs);
        QVERIFY(bar->isVisible()); // the call goes on until it is wrapped up

        wrapUp(window, QStringLiteral("delivery"), QStringLiteral("问送货时间，已告知明天上午"));
        QTRY_VERIFY(!bar->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!centralCallContacts(customerId).isEmpty(), 20'000);
        const QJsonObject contact = centralCallContacts(customerId).first().toObject();
        QCOMPARE(contact.value(QLatin1String("reason")).toString(), u"delivery"_qs);
        QCOMPARE(contact.value(QLatin1String("text")).toString(), u"问送货时间，已告知明天上午"_qs);
        QCOMPARE(contact.value(QLatin1String("agent")).toString(), u"elder01"_qs);

        // The seat is free again: the next elder call comes here at once.
        const auto next = postCall(kShowcasePhone);
        QCOMPARE(next.json.value(QLatin1String("call")).toObject().value(QLatin1String("agent")).toString(), u"elder01"_qs);
        QTRY_VERIFY(bar->isVisible());
        // With the button this time: offscreen, the closed wrap-up dialog stays the active
        // window, so a key pressed now would reach no shortcut of the main window.
        wrapUp(window, QStringLiteral("other"), QStringLiteral("打错了"), false);
        QTRY_VERIFY(!bar->isVisible());
    }

    void unknownNumberPrefillsANewCallerSearch()
    {
        const auto console = openConsole(QStringLiteral("agent01"));
        QVERIFY(console);
        MainWindow &window = *console->window;

        const auto posted = postCall(kUnknownPhone);
        QCOMPARE(posted.status, 200);
        IncomingCallBar *bar = window.incomingCallBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(child<QLabel>(bar, "callCaller")->text(), IncomingCallBar::tr("New caller"));
        QCOMPARE(child<QLabel>(bar, "callNumber")->text(), kUnknownPhone);
        QVERIFY(!child<QLabel>(bar, "callElderBadge")->isVisible());

        QTest::mouseClick(child<QPushButton>(bar, "callOpenButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(&window, "searchEdit")->text(), u"13100002222"_qs);
        auto *results = child<QLabel>(&window, "resultsLabel");
        QVERIFY(results->text().startsWith(MainWindow::tr("New caller. %1").arg(QString())));
        // Central's answer to the lookup comes later and still says whose number it is.
        QTRY_COMPARE_WITH_TIMEOUT(results->text(), MainWindow::tr("New caller. %1").arg(MainWindow::tr("No customer found.")),
                                  20'000);
        QVERIFY(!window.customerPanel()->hasCustomer());

        wrapUp(window, QStringLiteral("inquiry"), QStringLiteral("问空调价格"));
        QTRY_VERIFY(!bar->isVisible());
        // Once the wrap-up reached central the seat takes the next call.
        QTRY_VERIFY_WITH_TIMEOUT([&console] {
            const auto pending = console->session.outbox().pendingCount();
            return pending && *pending == 0;
        }(), 20'000);
        const auto next = postCall(kUnknownPhone);
        QCOMPARE(next.json.value(QLatin1String("call")).toObject().value(QLatin1String("agent")).toString(), u"agent01"_qs);
    }

private:
    CentralFixture m_central;
    QTemporaryDir m_data;
};

QTEST_MAIN(TestIncomingCall)
#include "tst_incomingcall.moc"
