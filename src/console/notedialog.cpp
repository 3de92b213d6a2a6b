#include "notedialog.h"

#include "displaynames.h"
#include "textdialogbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace parasol {

NoteDialog::NoteDialog(QWidget *parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Add note"));
    for (const QString &code : DisplayNames::contactReasons())
        m_reason->addItem(DisplayNames::contactReason(code), code);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What the customer asked and what was agreed"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    TextDialogButtons::connect(this, buttons, buttons->button(QDialogButtonBox::Save), m_text);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_text);
    form->addRow(buttons);
    resize(440, 240);
}

QString NoteDialog::reason() const
{
    return m_reason->currentData().toString();
}

QString NoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void NoteDialog::setReason(const QString &reason)
{
    m_reason->setCurrentIndex(qMax(0, m_reason->findData(reason)));
}

void NoteDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

} // namespace parasol
