// The language switch: choosing a language in the settings retranslates open windows at
// once and is remembered; every language is built into the binary. How long the local
// cache keeps a customer nobody looked at is a setting too.
#include "console/consolesession.h"
#include "console/consolesettings.h"
#include "console/mainwindow.h"
#include "console/settingsdialog.h"
#include "console/translations.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parasol;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParasolTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
        QSettings().clear();
    }

    void switchesTheOpenWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("placeholder");
        QTest::addRow("zh_CN") << u"zh_CN"_qs << u"Parasol 服务工作台"_qs << u"手机号、订单号或姓名"_qs;
        QTest::addRow("zh_TW") << u"zh_TW"_qs << u"Parasol 服務工作台"_qs << u"手機號碼、訂單編號或姓名"_qs;
        QTest::addRow("en") << u"en"_qs << u"Parasol service console"_qs << u"Phone, order number or name"_qs;
    }

    void switchesTheOpenWindowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, placeholder);
        QTemporaryDir data;
        ConsoleSession session(data.path());
        ConsoleSettings settings;
        MainWindow window(session, settings);
        window.show();

        SettingsDialog dialog(settings, &window);
        auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(languages);
        QCOMPARE(languages->count(), 1 + int(Translations::available().size())); // the system's, then ours
        languages->setCurrentIndex(languages->findData(language));
        dialog.accept();

        QCOMPARE(Translations::current(), language);
        QCOMPARE(settings.language(), language);
        // Windows retranslate on the LanguageChange event the switch posts.
        QTRY_COMPARE(window.windowTitle(), title);
        QTRY_COMPARE(window.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->placeholderText(), placeholder);
    }

    void remembersHowLongTheCacheKeepsAnIdleCustomer()
    {
        ConsoleSettings settings;
        QCOMPARE(settings.idleDays(), ConsoleSettings::kDefaultIdleDays);
        {
            SettingsDialog dialog(settings);
            auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("idleDaysSpin"));
            QVERIFY(days);
            QCOMPARE(days->value(), ConsoleSettings::kDefaultIdleDays);
            days->setValue(30);
            dialog.accept();
        }
        QCOMPARE(ConsoleSettings().idleDays(), 30);
        SettingsDialog again(settings);
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("idleDaysSpin"))->value(), 30);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
