#pragma once

#include "core/result.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace parasol {

class ConsoleSession;
class ConsoleSettings;

// Logs in at the central service and waits for the local cache's first complete pull,
// with its progress. Remembers the address and the user, never the password. Accepted
// once the session is ready to work from the cache.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(ConsoleSession &session, ConsoleSettings &settings, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Fills the fields; when all three are given, logs in at once.
    void fill(const QUrl &central, const QString &login, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onLoginClicked();
    void onLoggedIn();
    void onProgress(qint64 done, qint64 total);
    void onFailed(const parasol::Error &error);
    void setBusy(bool busy);
    // The previous password is asked for only when this computer's cache needs it.
    void showPreviousPassword(bool shown);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    ConsoleSession &m_session;
    ConsoleSettings &m_settings;
    bool m_waiting = false;
};

} // namespace parasol
