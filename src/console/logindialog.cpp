#include "logindialog.h"
#include "ui_logindialog.h"

#include "consolesession.h"
#include "consolesettings.h"

#include <QEvent>

namespace parasol {

LoginDialog::LoginDialog(ConsoleSession &session, ConsoleSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_session(session)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->progressBar->hide();
    showPreviousPassword(false);
    m_ui->centralEdit->setText(settings.centralUrl().toString());
    m_ui->userEdit->setText(settings.login());
    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginDialog::onLoginClicked);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_session, &ConsoleSession::loggedIn, this, &LoginDialog::onLoggedIn);
    connect(&m_session, &ConsoleSession::loginFailed, this, &LoginDialog::onFailed);
    connect(&m_session, &ConsoleSession::syncFailed, this, &LoginDialog::onFailed);
    connect(&m_session, &ConsoleSession::bootstrapProgress, this, &LoginDialog::onProgress);
    connect(&m_session, &ConsoleSession::onlineChanged, this, [this](bool online) {
        if (m_waiting && !online)
            m_ui->statusLabel->setText(tr("The central service cannot be reached; trying again…"));
    });
    connect(&m_session, &ConsoleSession::ready, this, [this] {
        if (m_waiting) {
            m_waiting = false;
            accept();
        }
    });
    (m_ui->userEdit->text().isEmpty() ? m_ui->userEdit : m_ui->passwordEdit)->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::fill(const QUrl &central, const QString &login, const QString &password)
{
    if (!central.isEmpty())
        m_ui->centralEdit->setText(central.toString());
    if (!login.isEmpty())
        m_ui->userEdit->setText(login);
    m_ui->passwordEdit->setText(password);
    if (!central.isEmpty() && !login.isEmpty() && !password.isEmpty())
        onLoginClicked();
}

void LoginDialog::onLoginClicked()
{
    const QUrl central = QUrl::fromUserInput(m_ui->centralEdit->text().trimmed());
    const QString login = m_ui->userEdit->text().trimmed();
    if (!central.isValid() || !central.scheme().startsWith(u"http")) {
        m_ui->statusLabel->setText(tr("Enter the central service's address, such as http://127.0.0.1:8470."));
        m_ui->centralEdit->setFocus();
        return;
    }
    if (login.isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
        m_ui->statusLabel->setText(tr("Enter your user name and password."));
        (login.isEmpty() ? m_ui->userEdit : m_ui->passwordEdit)->setFocus();
        return;
    }
    setBusy(true);
    m_ui->statusLabel->setText(tr("Logging in…"));
    m_waiting = true;
    m_session.login(central, login, m_ui->passwordEdit->text(),
                    !m_ui->previousPasswordEdit->isHidden() ? m_ui->previousPasswordEdit->text() : QString());
}

void LoginDialog::onLoggedIn()
{
    m_settings.setCentralUrl(m_session.central());
    m_settings.setLogin(m_session.user().login);
    m_ui->passwordEdit->clear();
    m_ui->previousPasswordEdit->clear();
    showPreviousPassword(false);
    m_ui->statusLabel->setText(tr("Preparing the local cache…"));
    m_ui->progressBar->setRange(0, 0); // busy until the first page says how much there is
    m_ui->progressBar->show();
}

void LoginDialog::onProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    // QProgressBar counts in int: show per mille.
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
    m_ui->statusLabel->setText(tr("Preparing the local cache: %1 of %2 records…").arg(done).arg(total));
}

void LoginDialog::onFailed(const Error &error)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    setBusy(false);
    m_ui->progressBar->hide();
    m_ui->statusLabel->setText(error.code == u"unauthorized" ? tr("The user name or the password is wrong.")
                                                             : error.message);
    const bool locked = error.code == u"cache_locked";
    showPreviousPassword(locked || !m_ui->previousPasswordEdit->isHidden());
    (locked ? m_ui->previousPasswordEdit : m_ui->passwordEdit)->setFocus();
}

void LoginDialog::showPreviousPassword(bool shown)
{
    m_ui->previousPasswordLabel->setVisible(shown);
    m_ui->previousPasswordEdit->setVisible(shown);
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *field : { static_cast<QWidget *>(m_ui->centralEdit), static_cast<QWidget *>(m_ui->userEdit),
                            static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->previousPasswordEdit),
                            static_cast<QWidget *>(m_ui->loginButton) })
        field->setEnabled(!busy);
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace parasol
