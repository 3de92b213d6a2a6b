#pragma once

#include <QCoreApplication>
#include <QList>

namespace parasol {

// The console's languages, built into the binary (:/i18n). Switching installs the new
// translator; every window retranslates itself on QEvent::LanguageChange.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    struct Language
    {
        QString code; // "zh_CN"
        QString nativeName; // "简体中文": shown in its own language, whatever the current one
    };
    static QList<Language> available();

    // `code` empty: the system's language when we have it, else zh_CN (the first language).
    static void apply(const QString &code);
    // The language in use now.
    static QString current();
    static QString resolve(const QString &code);
};

} // namespace parasol
