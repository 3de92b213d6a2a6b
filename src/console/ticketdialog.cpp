#include "ticketdialog.h"

#include "displaynames.h"
#include "textdialogbuttons.h"

#include "core/ticket.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace parasol {

TicketDialog::TicketDialog(const QString &item, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Open ticket"));
    for (std::size_t i = 0; i < ticketKindNames.size(); ++i) {
        const TicketKind kind = ticketKindNames.at(i);
        m_kind->addItem(DisplayNames::ticketKind(kind), ticketKindNames.name(kind));
    }
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("The fault or the request, in the customer's words"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    TextDialogButtons::connect(this, buttons, buttons->addButton(tr("&Open ticket"), QDialogButtonBox::AcceptRole),
                               m_description);

    auto *form = new QFormLayout(this);
    auto *itemLabel = new QLabel(item, this);
    itemLabel->setObjectName(QStringLiteral("itemLabel"));
    itemLabel->setWordWrap(true);
    form->addRow(tr("Item:"), itemLabel);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(buttons);
    m_kind->setFocus();
    resize(460, 260);
}

QString TicketDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString TicketDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

void TicketDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
}

void TicketDialog::setDescription(const QString &description)
{
    m_description->setPlainText(description);
}

} // namespace parasol
