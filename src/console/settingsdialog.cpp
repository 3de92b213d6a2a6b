#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "consolesettings.h"
#include "translations.h"

#include <QEvent>

namespace parasol {

SettingsDialog::SettingsDialog(ConsoleSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    fillLanguages();
    m_ui->idleDaysSpin->setValue(m_settings.idleDays());
    connect(m_ui->okButton, &QPushButton::clicked, this, &SettingsDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    const QString chosen = m_ui->languageCombo->count() > 0 ? m_ui->languageCombo->currentData().toString()
                                                            : m_settings.language();
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("System language"), QString());
    for (const Translations::Language &language : Translations::available())
        m_ui->languageCombo->addItem(language.nativeName, language.code);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(chosen)));
}

void SettingsDialog::accept()
{
    const QString language = m_ui->languageCombo->currentData().toString();
    m_settings.setLanguage(language);
    m_settings.setIdleDays(m_ui->idleDaysSpin->value());
    Translations::apply(language);
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
    }
    QDialog::changeEvent(event);
}

} // namespace parasol
