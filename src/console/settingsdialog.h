#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace parasol {

class ConsoleSettings;

// The console's own settings: its language (or the system's), and how long the local
// cache keeps a customer nobody looked at.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(ConsoleSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Saves the choice and switches the language of every window at once.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ConsoleSettings &m_settings;
};

} // namespace parasol
