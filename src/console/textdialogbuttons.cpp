#include "textdialogbuttons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace parasol {

void TextDialogButtons::connect(QDialog *dialog, QDialogButtonBox *buttons, QPushButton *accept, QPlainTextEdit *text)
{
    accept->setEnabled(false);
    QObject::connect(text, &QPlainTextEdit::textChanged, accept,
                     [text, accept] { accept->setEnabled(!text->toPlainText().trimmed().isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *acceptShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), dialog);
    QObject::connect(acceptShortcut, &QShortcut::activated, accept, &QPushButton::click);
}

} // namespace parasol
