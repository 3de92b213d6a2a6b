// End to end, as an agent works: log in through the login dialog against a real central
// service (in process, demo data), wait for the local cache's bootstrap, type the demo
// caller's phone into the search box and check what the customer panel shows. The local
// cache holds the console's working set: a caller it does not hold is found at central,
// brought into the cache and shown from there; offline, the console says why it cannot.
#include "consoleundertest.h"

#include "central/centralfixture.h"

#include "cache/cachekeys.h"
#include "cache/outboxstore.h"
#include "console/consolesession.h"
#include "console/consolesettings.h"
#include "console/customerpanel.h"
#include "console/logindialog.h"
#include "console/mainwindow.h"
#include "console/complaintdialog.h"
#include "console/notedialog.h"
#include "console/ordertreemodel.h"
#include "console/ticketdialog.h"
#include "console/searchresultsmodel.h"
#include "cache/replicastore.h"
#include "support/faultproxy.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QStatusBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace parasol;
using test::CentralFixture;

namespace {
const QString kShowcasePhone = QStringLiteral("+8613800138000");
constexpr int kBootstrapTimeoutMs = 120'000;
} // namespace

using parasol::test::child;

class TestConsoleWindow : public QObject
{
    Q_OBJECT

private:
    // The showcase customer as the central service's unified view has them.
    QJsonObject centralView()
    {
        const QString token = m_central.http->login(QStringLiteral("agent01"));
        const auto found = m_central.http->get(QStringLiteral("/api/v1/customers?phone=%2B8613800138000"), token);
        const QString id =
            found.json.value(QLatin1String("customers")).toArray().first().toObject().value(QLatin1String("id")).toString();
        return m_central.http->get(QStringLiteral("/api/v1/customers/") + id, token).json;
    }

    // Logs in as agent01 through the login dialog and waits for the bootstrap, which shows
    // its progress, then closes the dialog by itself.
    void logIn(ConsoleSession &session, ConsoleSettings &settings)
    {
        LoginDialog login(session, settings);
        QSignalSpy accepted(&login, &QDialog::accepted);
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        child<QLineEdit>(&login, "centralEdit")->setText(m_central.baseUrl.toString());
        auto *user = child<QLineEdit>(&login, "userEdit");
        user->clear();
        QTest::keyClicks(user, QStringLiteral("agent01"));
        QTest::keyClicks(child<QLineEdit>(&login, "passwordEdit"), QStringLiteral("parasol-demo"));
        QTest::mouseClick(child<QPushButton>(&login, "loginButton"), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(&login, "progressBar")->isVisible() || accepted.count() == 1,
                                 kBootstrapTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kBootstrapTimeoutMs);
        QVERIFY(session.isReady());
    }

    // The demo caller open in `window`.
    void openShowcaseCustomer(MainWindow &window)
    {
        window.resize(1366, 768);
        window.show();
        window.activateWindow(); // the panel's shortcuts work in the active window
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *search = child<QLineEdit>(&window, "searchEdit");
        QTest::keyClicks(search, QStringLiteral("13800138000"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(window.customerPanel()->hasCustomer());
    }

    // A logged-in console with the demo caller open; null when that failed (the test has failed then).
    using Console = test::ConsoleUnderTest;
    std::unique_ptr<Console> openShowcaseConsole()
    {
        auto console = std::make_unique<Console>(m_data.path());
        logIn(console->session, console->settings);
        if (QTest::currentTestFailed())
            return nullptr;
        console->window = std::make_unique<MainWindow>(console->session, console->settings, m_central.clock);
        openShowcaseCustomer(*console->window);
        if (QTest::currentTestFailed())
            return nullptr;
        return console;
    }

    // Types into the dialog that `keys` opened on `panel`: Down `downs` times in the first
    // field, Tab `tabs` times, the text, Ctrl+Enter. The dialog, or null.
    template<typename Dialog>
    Dialog *fillDialog(CustomerPanel *panel, QKeyCombination keys, int downs, int tabs, const QString &text)
    {
        QTest::keyClick(child<QTreeView>(panel, "ordersView"), keys.key(), keys.keyboardModifiers());
        Dialog *dialog = panel->findChild<Dialog *>();
        if (!dialog || !QTest::qWaitForWindowActive(dialog))
            return nullptr;
        if (!QTest::qWaitFor([dialog] { return QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog; }))
            return nullptr;
        for (int i = 0; i < downs; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        for (int i = 0; i < tabs; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        return dialog;
    }

    // The first line of the most recent order, selected in the order tree.
    static QModelIndex selectFirstLine(QTreeView *orders)
    {
        const QAbstractItemModel *tree = orders->model();
        const QModelIndex line = tree->index(0, 0, tree->index(0, 0));
        orders->setCurrentIndex(line);
        return line;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParasolTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_consolewindow"));
        QSettings().clear();
        QVERIFY(m_data.isValid());
        const QString failed = m_central.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void aNoteShowsAsWaitingThenAsAContact()
    {
        const auto console = openShowcaseConsole();
        if (!console)
            return;
        CustomerPanel *panel = console->window->customerPanel();
        auto *contacts = child<QTreeWidget>(panel, "contactsView");
        auto *tabs = child<QTabWidget>(panel, "sectionsTabs");
        const int before = contacts->topLevelItemCount();
        const int contactsTab = tabs->indexOf(child<QWidget>(panel, "contactsPage"));
        QCOMPARE(tabs->tabText(contactsTab), QStringLiteral("Contacts (%1)").arg(before));

        // Keyboard only: the shortcut opens the editor, Tab to the text, Ctrl+Enter saves.
        QTest::keyClick(child<QTreeView>(panel, "ordersView"), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        NoteDialog *dialog = panel->findChild<NoteDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // the second reason
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        const QString text = QStringLiteral("Deliver on Saturday morning");
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->reason(), QStringLiteral("delivery"));

        // At once: on top, waiting for central.
        QCOMPARE(contacts->topLevelItemCount(), before + 1);
        QCOMPARE(contacts->topLevelItem(0)->text(1), QStringLiteral("Note — waiting to sync"));
        QCOMPARE(contacts->topLevelItem(0)->text(2), QStringLiteral("Delivery"));
        QCOMPARE(contacts->topLevelItem(0)->text(3), text);
        QCOMPARE(tabs->tabText(contactsTab), QStringLiteral("Contacts (%1)").arg(before + 1));

        // After the sync: a contact like the others, written by this agent, and only once.
        QTRY_COMPARE_WITH_TIMEOUT(contacts->topLevelItem(0)->text(4), QStringLiteral("agent01"), 30'000);
        QCOMPARE(contacts->topLevelItemCount(), before + 1);
        QCOMPARE(contacts->topLevelItem(0)->text(1), QStringLiteral("Note"));
        QCOMPARE(contacts->topLevelItem(0)->text(3), text);
        int waiting = 0;
        for (int row = 0; row < contacts->topLevelItemCount(); ++row)
            waiting += contacts->topLevelItem(row)->text(1).contains(QStringLiteral("waiting")) ? 1 : 0;
        QCOMPARE(waiting, 0);
    }

    void aPriceProtectionClaimIsMadeOnceAndItsResultShown()
    {
        const auto console = openShowcaseConsole();
        if (!console)
            return;
        CustomerPanel *panel = console->window->customerPanel();
        auto *orders = child<QTreeView>(panel, "ordersView");
        auto *claimButton = child<QPushButton>(panel, "claimButton");
        auto *claims = child<QTreeWidget>(panel, "claimsView");
        orders->expandAll();

        // The line the estimate says would be paid now (the showcase's air conditioner).
        const QAbstractItemModel *tree = orders->model();
        QModelIndex eligible;
        for (int row = 0; row < tree->rowCount() && !eligible.isValid(); ++row) {
            const QModelIndex order = tree->index(row, 0);
            for (int child = 0; child < tree->rowCount(order) && !eligible.isValid(); ++child) {
                const QModelIndex line = tree->index(child, OrderTreeModel::PriceProtectColumn, order);
                if (line.data(OrderTreeModel::SortRole).toLongLong() > 0)
                    eligible = line;
            }
        }
        QVERIFY(eligible.isValid());
        const QString lineId = eligible.data(OrderTreeModel::OrderLineIdRole).toString();
        const QString orderNo = eligible.data(OrderTreeModel::OrderNoRole).toString();
        const QString estimate = eligible.data().toString();
        QVERIFY2(estimate.startsWith(QStringLiteral("≈ ¥")), qPrintable(estimate));
        const QString amount = estimate.mid(2).section(QLatin1Char(' '), 0, 0);

        QVERIFY(!claimButton->isEnabled()); // nothing selected yet
        orders->setCurrentIndex(eligible.siblingAtColumn(0));
        QVERIFY(claimButton->isEnabled());
        const int claimsBefore = claims->topLevelItemCount();

        // A double click, then the shortcut: one claim, under one key.
        QTest::mouseClick(claimButton, Qt::LeftButton);
        QTest::mouseClick(claimButton, Qt::LeftButton);
        QTest::keyClick(orders, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);

        // After the sync the claims tab shows what central paid: the estimated amount.
        QTRY_COMPARE_WITH_TIMEOUT(claims->topLevelItemCount(), claimsBefore + 1, 30'000);
        QCOMPARE(claims->topLevelItem(0)->text(1), lineId);
        QCOMPARE(claims->topLevelItem(0)->text(2), QStringLiteral("Paid"));
        QCOMPARE(claims->topLevelItem(0)->text(3), amount);
        // Paid: the estimate now says so, and the line cannot be claimed again.
        QTRY_VERIFY(!claimButton->isEnabled());
        QTest::mouseClick(claimButton, Qt::LeftButton);
        QTest::keyClick(orders, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(500);

        const QString token = m_central.http->login(QStringLiteral("agent01"));
        const QJsonArray centralClaims =
            m_central.http->get(QStringLiteral("/api/v1/price-protect/claims?order_no=") + orderNo, token)
                .json.value(QLatin1String("claims"))
                .toArray();
        int ofLine = 0;
        for (const QJsonValue &claim : centralClaims)
            ofLine += claim.toObject().value(QLatin1String("order_line_id")).toString() == lineId ? 1 : 0;
        QCOMPARE(ofLine, 1);
        QCOMPARE(claims->topLevelItemCount(), claimsBefore + 1);
    }

    void aTicketForTheSelectedLineWaitsThenShowsAsCentralsTicket()
    {
        const auto console = openShowcaseConsole();
        if (!console)
            return;
        CustomerPanel *panel = console->window->customerPanel();
        auto *tickets = child<QTreeWidget>(panel, "ticketsView");
        auto *tabs = child<QTabWidget>(panel, "sectionsTabs");
        auto *orders = child<QTreeView>(panel, "ordersView");
        auto *openTicket = child<QPushButton>(panel, "openTicketButton");
        orders->setCurrentIndex(orders->model()->index(0, 0)); // an order, not a line
        QVERIFY(!openTicket->isEnabled());
        const QModelIndex line = selectFirstLine(orders);
        QVERIFY(openTicket->isEnabled());
        const QString orderNo = line.data(OrderTreeModel::OrderNoRole).toString();
        const int before = tickets->topLevelItemCount();

        // Keyboard only: the second kind (exchange), Tab to the description, Ctrl+Enter.
        const QString description = QStringLiteral("Door seal torn on delivery");
        auto *dialog = fillDialog<TicketDialog>(panel, Qt::CTRL | Qt::SHIFT | Qt::Key_T, 1, 1, description);
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->kind(), QStringLiteral("exchange"));
        QCOMPARE(tabs->currentWidget(), child<QWidget>(panel, "ticketsPage"));

        // At once: on top of the tickets, waiting for central.
        QCOMPARE(tickets->topLevelItemCount(), before + 1);
        QCOMPARE(tickets->topLevelItem(0)->text(1), QStringLiteral("Exchange — waiting to sync"));
        QCOMPARE(tickets->topLevelItem(0)->text(2), orderNo);
        QCOMPARE(tickets->topLevelItem(0)->text(4), description);
        QCOMPARE(tabs->tabText(tabs->indexOf(child<QWidget>(panel, "ticketsPage"))),
                 QStringLiteral("Tickets (%1)").arg(before + 1));

        // After the sync: central's open ticket in its place, once.
        QTRY_COMPARE_WITH_TIMEOUT(tickets->topLevelItem(0)->text(1), QStringLiteral("Exchange"), 30'000);
        QCOMPARE(tickets->topLevelItemCount(), before + 1);
        QCOMPARE(tickets->topLevelItem(0)->text(3), QStringLiteral("Open"));
        QCOMPARE(tickets->topLevelItem(0)->text(4), description);
    }

    void aRefusedTicketShowsWhyOnItsItem()
    {
        const auto console = openShowcaseConsole();
        if (!console)
            return;
        CustomerPanel *panel = console->window->customerPanel();
        auto *tickets = child<QTreeWidget>(panel, "ticketsView");
        // The dialog offers only valid kinds; a console of another version might not.
        const QString lineId = selectFirstLine(child<QTreeView>(panel, "ordersView"))
                                   .data(OrderTreeModel::OrderLineIdRole)
                                   .toString();
        QVERIFY(console->session.queue(QStringLiteral("ticket.open"),
                                       { { QStringLiteral("order_line_id"), lineId },
                                         { QStringLiteral("kind"), QStringLiteral("refund") },
                                         { QStringLiteral("description"), QStringLiteral("refund please") } },
                                       centralView().value(QLatin1String("customer")).toObject().value(QLatin1String("id")).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(tickets->topLevelItem(0)->text(1), QStringLiteral("New ticket — refused"), 30'000);
        QCOMPARE(tickets->topLevelItem(0)->text(3),
                 QStringLiteral("Refused by central: data.kind: expected one of return, exchange, repair, installation"));
        QCOMPARE(tickets->topLevelItem(0)->text(4), QStringLiteral("refund please"));
    }

    void aComplaintWaitsThenShowsAsCentralsComplaint()
    {
        const auto console = openShowcaseConsole();
        if (!console)
            return;
        CustomerPanel *panel = console->window->customerPanel();
        auto *complaints = child<QTreeWidget>(panel, "complaintsView");
        const QString orderNo =
            selectFirstLine(child<QTreeView>(panel, "ordersView")).data(OrderTreeModel::OrderNoRole).toString();
        const int before = complaints->topLevelItemCount();

        // The fifth category (price); the selected line's order is proposed; Tab twice to the text.
        const QString text = QStringLiteral("Price protection was refused on the phone");
        auto *dialog = fillDialog<ComplaintDialog>(panel, Qt::CTRL | Qt::SHIFT | Qt::Key_C, 4, 2, text);
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->category(), QStringLiteral("price"));
        QCOMPARE(dialog->orderNo(), orderNo);

        QCOMPARE(complaints->topLevelItemCount(), before + 1);
        QCOMPARE(complaints->topLevelItem(0)->text(1), QStringLiteral("Price — waiting to sync"));
        QCOMPARE(complaints->topLevelItem(0)->text(2), orderNo);
        QCOMPARE(complaints->topLevelItem(0)->text(4), text);

        QTRY_COMPARE_WITH_TIMEOUT(complaints->topLevelItem(0)->text(1), QStringLiteral("Price"), 30'000);
        QCOMPARE(complaints->topLevelItemCount(), before + 1);
        QCOMPARE(complaints->topLevelItem(0)->text(3), QStringLiteral("Open"));
        QCOMPARE(complaints->topLevelItem(0)->text(4), text);
    }

    void eachLineShowsTheEntitlementsCentralComputes()
    {
        const auto console = openShowcaseConsole();
        if (!console)
            return;
        QHash<QString, QStringList> centralRules; // line id → rule ids, in the table's order
        for (const QJsonValue &entitlement : centralView().value(QLatin1String("entitlements")).toArray())
            centralRules[entitlement.toObject().value(QLatin1String("order_line_id")).toString()].append(
                entitlement.toObject().value(QLatin1String("rule")).toString());
        QVERIFY(!centralRules.isEmpty());

        const QAbstractItemModel *tree = child<QTreeView>(console->window->customerPanel(), "ordersView")->model();
        int lines = 0;
        for (int row = 0; row < tree->rowCount(); ++row) {
            const QModelIndex order = tree->index(row, 0);
            for (int child = 0; child < tree->rowCount(order); ++child, ++lines) {
                const QModelIndex cell = tree->index(child, OrderTreeModel::EntitlementsColumn, order);
                const QString lineId = cell.data(OrderTreeModel::OrderLineIdRole).toString();
                QStringList shownRules;
                const QString tip = cell.data(Qt::ToolTipRole).toString();
                for (const QString &line : tip.split(QLatin1Char('\n')))
                    if (line.startsWith(QLatin1Char('E')))
                        shownRules.append(line.section(QLatin1Char(' '), 0, 0));
                QCOMPARE(shownRules, centralRules.value(lineId));
                QVERIFY(!cell.data().toString().isEmpty());
            }
        }
        QVERIFY(lines > 0);
    }

    void theShowcaseCustomerIsShownAsAGiftRecipient()
    {
        const auto console = openShowcaseConsole();
        if (!console)
            return;
        const QJsonArray cards = centralView().value(QLatin1String("service_cards")).toArray();
        QCOMPARE(cards.size(), 1);
        const QJsonObject card = cards.first().toObject();
        auto *label = child<QLabel>(console->window->customerPanel(), "serviceCardLabel");
        QVERIFY(label->isVisible());
        const QString shown = QStringLiteral("Gift recipient: service card %1 for order %2, bought by %3")
                                  .arg(card.value(QLatin1String("id")).toString(),
                                       card.value(QLatin1String("order_no")).toString());
        // The giver (张丽, who bought the water heater) is not in this console's working set, yet
        // she is named, masked like every name, as central sent it with the card...
        const QString giverId = card.value(QLatin1String("giver_customer_id")).toString();
        QVERIFY(!giverId.isEmpty());
        auto giverRow = console->session.replica().row(QStringLiteral("customer"), giverId);
        QVERIFY(giverRow.ok());
        QVERIFY(!giverRow->has_value());
        QCOMPARE(label->text(), shown.arg(QStringLiteral("张*")));

        // ...and from her own row once the agent has looked her up.
        const QString showcaseId = centralView().value(QLatin1String("customer")).toObject().value(QLatin1String("id")).toString();
        console->window->openCustomer(giverId);
        QTRY_VERIFY_WITH_TIMEOUT(console->window->openCustomer(giverId), 20'000);
        QVERIFY(console->window->openCustomer(showcaseId));
        QCOMPARE(label->text(), shown.arg(QStringLiteral("张*")));
    }

    void revealingThePhoneShowsItInFullAndAuditsIt()
    {
        const auto console = openShowcaseConsole();
        if (!console)
            return;
        CustomerPanel *panel = console->window->customerPanel();
        auto *phone = child<QLabel>(panel, "phoneValue");
        auto *showPhone = child<QToolButton>(panel, "revealPhoneButton");
        QCOMPARE(phone->text(), QStringLiteral("138****8000"));
        QVERIFY(showPhone->isVisible()); // an agent may
        const QString customerId = centralView().value(QLatin1String("customer")).toObject().value(QLatin1String("id")).toString();
        const auto reveals = [&] {
            return m_central.service->database()
                .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity_id = ? AND actor = ?"),
                        { QStringLiteral("customer.reveal"), customerId, QStringLiteral("agent01") })
                ->toInt();
        };
        const int before = reveals();

        QTest::mouseClick(showPhone, Qt::LeftButton);
        QCOMPARE(phone->text(), kShowcasePhone);
        QVERIFY(!showPhone->isVisible());
        QCOMPARE(child<QLabel>(panel, "nameValue")->text(), QStringLiteral("张*")); // only what was asked for
        // Queued at once, so the act is audited even when central is out of reach now.
        auto outbox = console->session.outbox().entriesOf(customerId);
        QVERIFY(outbox.ok());
        QVERIFY(!outbox->isEmpty());
        QCOMPARE(outbox->first().type, QStringLiteral("customer.reveal"));
        QCOMPARE(outbox->first().data.value(QLatin1String("field")).toString(), QStringLiteral("phone"));

        // Central writes it to the audit log; a sync keeps the phone shown.
        QTRY_COMPARE_WITH_TIMEOUT(reveals(), before + 1, 30'000);
        console->window->openCustomer(customerId);
        QCOMPARE(phone->text(), kShowcasePhone);
    }

    void aWrongPasswordIsRefused()
    {
        ConsoleSession session(m_data.path());
        ConsoleSettings settings;
        LoginDialog login(session, settings);
        login.show();
        login.fill(m_central.baseUrl, QStringLiteral("agent01"), QStringLiteral("not-the-password"));
        auto *status = child<QLabel>(&login, "statusLabel");
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("The user name or the password is wrong."), 20'000);
        QVERIFY(login.isVisible());
        QVERIFY(!session.isLoggedIn());
    }

    void aChangedPasswordOpensTheCacheWithThePreviousOne()
    {
        // This computer's cache was locked while agent01's password was another one.
        QTemporaryDir data;
        {
            ConsoleSession session(data.path());
            ConsoleSettings settings;
            logIn(session, settings);
            if (QTest::currentTestFailed())
                return;
        }
        const QStringList keyFiles = QDir(data.path()).entryList({ QStringLiteral("cache-*.key") });
        QCOMPARE(keyFiles.size(), 1);
        const QString keyFile = QDir(data.path()).filePath(keyFiles.first());
        QVERIFY(CacheKeys::rewrap(keyFile, QStringLiteral("parasol-demo"), QStringLiteral("before-the-change")));

        ConsoleSession session(data.path());
        ConsoleSettings settings;
        QSignalSpy rebuilt(&session, &ConsoleSession::bootstrapProgress);
        LoginDialog login(session, settings);
        QSignalSpy accepted(&login, &QDialog::accepted);
        login.show();
        auto *previous = child<QLineEdit>(&login, "previousPasswordEdit");
        auto *status = child<QLabel>(&login, "statusLabel");
        QVERIFY(previous->isHidden());
        login.fill(m_central.baseUrl, QStringLiteral("agent01"), QStringLiteral("parasol-demo"));
        QTRY_VERIFY_WITH_TIMEOUT(!previous->isHidden(), 20'000);
        QVERIFY2(status->text().contains(QStringLiteral("previous password")), qPrintable(status->text()));
        QVERIFY(!session.isLoggedIn());

        QTest::keyClicks(previous, QStringLiteral("a wrong guess"));
        QTest::mouseClick(child<QPushButton>(&login, "loginButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                                  QStringLiteral("The previous password does not open this computer's cache either."), 20'000);
        QVERIFY(!session.isLoggedIn());

        previous->clear();
        QTest::keyClicks(previous, QStringLiteral("before-the-change"));
        QTest::mouseClick(child<QPushButton>(&login, "loginButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kBootstrapTimeoutMs);
        // The same cache, not a new one: nothing was bootstrapped again.
        QCOMPARE(rebuilt.count(), 0);
        // From now on the current password alone opens it.
        QVERIFY(CacheKeys::unlock(keyFile, QStringLiteral("parasol-demo")));
    }

    void logInSearchTheDemoPhoneAndSeeTheCustomer()
    {
        ConsoleSession session(m_data.path());
        ConsoleSettings settings;

        logIn(session, settings);
        if (QTest::currentTestFailed())
            return;

        // The address and the user are remembered for the next start; the password is not.
        QCOMPARE(settings.centralUrl(), m_central.baseUrl);
        QCOMPARE(settings.login(), QStringLiteral("agent01"));
        QSettings raw;
        for (const QString &key : raw.allKeys())
            QVERIFY2(!raw.value(key).toString().contains(QStringLiteral("parasol-demo")), qPrintable(key));

        MainWindow window(session, settings, m_central.clock);
        openShowcaseCustomer(window);
        QCOMPARE(child<QListView>(&window, "resultsView")->model()->rowCount(), 1);

        // Personal data masked: 张伟 is 张*, the phone 138****8000.
        QCOMPARE(child<QLabel>(&window, "nameValue")->text(), QStringLiteral("张*"));
        QCOMPARE(child<QLabel>(&window, "phoneValue")->text(), QStringLiteral("138****8000"));
        QVERIFY(child<QLabel>(&window, "elderBadge")->isVisible()); // born 1962: over 56

        // Every order central has for the customer, each with its lines, from the replica.
        const QJsonObject central = centralView();
        const QJsonArray orders = central.value(QLatin1String("orders")).toArray();
        QVERIFY(!orders.isEmpty());
        const QAbstractItemModel *tree = child<QTreeView>(&window, "ordersView")->model();
        QCOMPARE(tree->rowCount(), orders.size());
        QStringList centralOrders, shownOrders;
        int centralLines = 0, shownLines = 0;
        for (const QJsonValue &order : orders) {
            centralOrders.append(order.toObject().value(QLatin1String("order_no")).toString());
            centralLines += int(order.toObject().value(QLatin1String("lines")).toArray().size());
        }
        for (int row = 0; row < tree->rowCount(); ++row) {
            shownOrders.append(tree->index(row, 0).data().toString());
            shownLines += tree->rowCount(tree->index(row, 0));
        }
        centralOrders.sort();
        shownOrders.sort();
        QCOMPARE(shownOrders, centralOrders);
        QCOMPARE(shownLines, centralLines);
    }

    void aCallerNotInTheCacheIsFoundAtCentralAndKept()
    {
        // Any demo customer but the showcase: the fresh cache does not hold them.
        const QString phone =
            m_central.service->database()
                .scalar(QStringLiteral("SELECT phone FROM customers WHERE phone <> ? ORDER BY id LIMIT 1"), { kShowcasePhone })
                ->toString();
        const QString id = m_central.service->database()
                               .scalar(QStringLiteral("SELECT id FROM customers WHERE phone = ?"), { phone })
                               ->toString();
        QVERIFY(!id.isEmpty());
        ConsoleSession session(m_data.path());
        ConsoleSettings settings;
        logIn(session, settings);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!*session.replica().holdsCustomer(id));

        MainWindow window(session, settings, m_central.clock);
        window.show();
        window.search(phone);
        // Listed as found at central, opened (the only match), and from then on in the cache.
        QTRY_VERIFY_WITH_TIMEOUT(window.customerPanel()->hasCustomer(), 20'000);
        const QAbstractItemModel *results = child<QListView>(&window, "resultsView")->model();
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->index(0, 0).data(SearchResultsModel::CustomerIdRole).toString(), id);
        QVERIFY(results->index(0, 0).data(SearchResultsModel::FromCentralRole).toBool());
        QVERIFY(*session.replica().holdsCustomer(id));
        const QJsonArray orders =
            m_central.http->get(QStringLiteral("/api/v1/customers/") + id, m_central.http->login(QStringLiteral("agent01")))
                .json.value(QLatin1String("orders"))
                .toArray();
        QCOMPARE(child<QTreeView>(&window, "ordersView")->model()->rowCount(), orders.size());

        // The next search finds them locally.
        window.search(phone);
        QCOMPARE(results->rowCount(), 1);
        QVERIFY(!results->index(0, 0).data(SearchResultsModel::FromCentralRole).toBool());
    }

    void aCacheMissOfflineSaysSo()
    {
        test::FaultProxy proxy(quint16(m_central.baseUrl.port()));
        ConsoleSession session(m_data.path());
        ConsoleSettings settings;
        QSignalSpy ready(&session, &ConsoleSession::ready);
        session.login(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), QStringLiteral("agent01"),
                      QStringLiteral("parasol-demo"));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kBootstrapTimeoutMs);
        const QString id = m_central.service->database()
                               .scalar(QStringLiteral("SELECT id FROM customers WHERE phone <> ? ORDER BY id DESC LIMIT 1"),
                                       { kShowcasePhone })
                               ->toString();

        MainWindow window(session, settings, m_central.clock);
        window.show();
        proxy.setMode(test::FaultProxy::Mode::Refuse);
        QVERIFY(!window.openCustomer(id));
        QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                                  MainWindow::tr("This customer is not in the local cache, and the central service cannot "
                                                 "be reached: open them again when the console is back online."),
                                  20'000);
        QVERIFY(!window.customerPanel()->hasCustomer());
        QVERIFY(!*session.replica().holdsCustomer(id));
        // Offline now: a search that finds nothing locally says why it cannot look further.
        window.search(QStringLiteral("13000000000"));
        QCOMPARE(child<QLabel>(&window, "resultsLabel")->text(),
                 MainWindow::tr("No customer found in the local cache, and the central service cannot be reached to look "
                                "further."));
    }

private:
    CentralFixture m_central;
    QTemporaryDir m_data;
};

QTEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
