#pragma once

#include <QSettings>
#include <QUrl>

namespace parasol {

// What the console remembers between runs (~/.config/Parasol/parasol.conf): the last
// central address and user, the language, and how long the local cache keeps a customer
// nobody looked at. Never the password.
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
    // Days a customer not looked at stays in the local cache (the working set); 14 by default.
    static constexpr int kDefaultIdleDays = 14;
    int idleDays() const;
    void setIdleDays(int days);

private:
    QSettings m_settings;
};

} // namespace parasol
