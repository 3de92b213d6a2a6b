#include "translations.h"

#include <QLocale>
#include <QTranslator>

namespace parasol {

QList<Translations::Language> Translations::available()
{
    return { { QStringLiteral("zh_CN"), QStringLiteral("简体中文") },
             { QStringLiteral("zh_TW"), QStringLiteral("繁體中文") },
             { QStringLiteral("en"), QStringLiteral("English") } };
}

QString Translations::resolve(const QString &code)
{
    if (!code.isEmpty())
        return code;
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese) {
        const bool traditional = system.script() == QLocale::TraditionalChineseScript
                                 || system.territory() == QLocale::Taiwan || system.territory() == QLocale::HongKong
                                 || system.territory() == QLocale::Macao;
        return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
    }
    if (system.language() == QLocale::English)
        return QStringLiteral("en");
    return QStringLiteral("zh_CN");
}

namespace {
// The installed translator is a child of the application, found by name, so nothing
// outlives the QApplication it belongs to.
const QString kTranslatorName = QStringLiteral("parasol-translator");

QTranslator *installedTranslator()
{
    return QCoreApplication::instance()->findChild<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
}
} // namespace

void Translations::apply(const QString &code)
{
    const QString language = resolve(code);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/parasol_") + language)) {
        delete translator;
        return;
    }
    if (QTranslator *previous = installedTranslator()) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    translator->setObjectName(kTranslatorName);
    translator->setProperty("language", language);
    QLocale::setDefault(QLocale(language));
    QCoreApplication::installTranslator(translator);
}

QString Translations::current()
{
    const QTranslator *translator = installedTranslator();
    return translator ? translator->property("language").toString() : QString();
}

} // namespace parasol
