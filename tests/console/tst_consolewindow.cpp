// End to end, as an agent works: log in through the login dialog against a real central
// service (in process, demo data), wait for the local cache's bootstrap, type the demo
// caller's phone into the search box and check what the customer panel shows.
#include "central/centralfixture.h"

#include "console/consolesession.h"
#include "console/consolesettings.h"
#include "console/customerpanel.h"
#include "console/logindialog.h"
#include "console/mainwindow.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace parasol;
using test::CentralFixture;

namespace {
const QString kShowcasePhone = QStringLiteral("+8613800138000");
constexpr int kBootstrapTimeoutMs = 120'000;
} // namespace

class TestConsoleWindow : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    // The showcase customer as the central service's unified view has them.
    QJsonObject centralView()
    {
        const QString token = m_central.http->login(QStringLiteral("agent01"));
        const auto found = m_central.http->get(QStringLiteral("/api/v1/customers?phone=%2B8613800138000"), token);
        const QString id =
            found.json.value(QLatin1String("customers")).toArray().first().toObject().value(QLatin1String("id")).toString();
        return m_central.http->get(QStringLiteral("/api/v1/customers/") + id, token).json;
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

    void logInSearchTheDemoPhoneAndSeeTheCustomer()
    {
        ConsoleSession session(m_data.path());
        ConsoleSettings settings;

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

        // The bootstrap shows its progress, then the dialog closes by itself.
        QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(&login, "progressBar")->isVisible() || accepted.count() == 1,
                                 kBootstrapTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kBootstrapTimeoutMs);
        QVERIFY(session.isReady());

        // The address and the user are remembered for the next start; the password is not.
        QCOMPARE(settings.centralUrl(), m_central.baseUrl);
        QCOMPARE(settings.login(), QStringLiteral("agent01"));
        QSettings raw;
        for (const QString &key : raw.allKeys())
            QVERIFY2(!raw.value(key).toString().contains(QStringLiteral("parasol-demo")), qPrintable(key));

        MainWindow window(session, settings, m_central.clock);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = child<QLineEdit>(&window, "searchEdit");
        QTest::keyClicks(search, QStringLiteral("13800138000"));
        QTest::keyClick(search, Qt::Key_Return);

        auto *results = child<QListView>(&window, "resultsView");
        QCOMPARE(results->model()->rowCount(), 1);
        QTRY_VERIFY(window.customerPanel()->hasCustomer());

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

private:
    CentralFixture m_central;
    QTemporaryDir m_data;
};

QTEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
