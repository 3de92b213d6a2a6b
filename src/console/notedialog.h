#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace parasol {

// A note about the customer: a reason from a fixed list and free text. Keyboard first:
// Tab moves between the fields, Ctrl+Enter saves, Esc cancels.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NoteDialog(QWidget *parent = nullptr);

    QString reason() const; // the code, e.g. "delivery"
    QString text() const;
    void setReason(const QString &reason);
    void setText(const QString &text);

private:
    QComboBox *m_reason;
    QPlainTextEdit *m_text;
};

} // namespace parasol
