#include "consolesettings.h"

namespace parasol {

namespace {
const QString kCentralUrl = QStringLiteral("login/central_url");
const QString kLogin = QStringLiteral("login/user");
const QString kLanguage = QStringLiteral("ui/language");
const QString kIdleDays = QStringLiteral("cache/working_set_idle_days");
} // namespace

ConsoleSettings::ConsoleSettings() = default;

QUrl ConsoleSettings::centralUrl() const
{
    return QUrl(m_settings.value(kCentralUrl).toString());
}

void ConsoleSettings::setCentralUrl(const QUrl &url)
{
    // As text: the file stays readable (a QUrl would be stored as a binary @Variant).
    m_settings.setValue(kCentralUrl, url.toString());
}

QString ConsoleSettings::login() const
{
    return m_settings.value(kLogin).toString();
}

void ConsoleSettings::setLogin(const QString &login)
{
    m_settings.setValue(kLogin, login);
}

QString ConsoleSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void ConsoleSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

int ConsoleSettings::idleDays() const
{
    bool ok = false;
    const int days = m_settings.value(kIdleDays).toInt(&ok);
    return ok && days > 0 ? days : kDefaultIdleDays;
}

void ConsoleSettings::setIdleDays(int days)
{
    m_settings.setValue(kIdleDays, days);
}

} // namespace parasol
