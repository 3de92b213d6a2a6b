// The login dialog on its own: it checks what was typed before asking the network, and
// when the central service cannot be reached it says so and lets the agent try again.
#include "console/consolesession.h"
#include "console/consolesettings.h"
#include "console/logindialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace parasol;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    struct Dialog
    {
        QTemporaryDir data;
        ConsoleSession session { data.path() };
        ConsoleSettings settings;
        LoginDialog dialog { session, settings };

        template<typename T>
        T *child(const char *name) const
        {
            return dialog.findChild<T *>(QLatin1String(name));
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParasolTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_logindialog"));
        QSettings().clear();
    }

    void asksForWhatIsMissing()
    {
        Dialog d;
        d.dialog.show();
        d.dialog.fill(QUrl(QStringLiteral("http://127.0.0.1:1")), QString(), QString());
        QTest::mouseClick(d.child<QPushButton>("loginButton"), Qt::LeftButton);
        QCOMPARE(d.child<QLabel>("statusLabel")->text(), QStringLiteral("Enter your user name and password."));
        QVERIFY(d.child<QLineEdit>("userEdit")->isEnabled());
        QVERIFY(!d.session.isLoggedIn());
    }

    void saysWhenTheCentralServiceIsUnreachable()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl deadEnd(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();

        Dialog d;
        d.dialog.show();
        d.dialog.fill(deadEnd, QStringLiteral("agent01"), QStringLiteral("secret"));
        QVERIFY(!d.child<QPushButton>("loginButton")->isEnabled()); // logging in
        QTRY_VERIFY(d.child<QPushButton>("loginButton")->isEnabled());
        QVERIFY2(d.child<QLabel>("statusLabel")->text().contains(QStringLiteral("cannot be reached")),
                 qPrintable(d.child<QLabel>("statusLabel")->text()));
        QVERIFY(!d.child<QProgressBar>("progressBar")->isVisible());
        QVERIFY(d.dialog.isVisible());
        QVERIFY(!d.session.isLoggedIn());
        QVERIFY(d.settings.login().isEmpty()); // remembered only after a successful login
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
