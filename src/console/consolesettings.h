#pragma once

#include <QSettings>
#include <QUrl>

namespace parasol {

// What the console remembers between runs (~/.config/Parasol/parasol.conf): the last
// central address and user, and the language. Never the password.
class ConsoleSettings
{
public:
    ConsoleSettings();

    QUrl centralUrl() const;
    void setCentralUrl(const QUrl &url);
    QString login() const;
    void setLogin(const QString &login);
    // "zh_CN", "zh_TW", "en", or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &language);

private:
    QSettings m_settings;
};

} // namespace parasol
