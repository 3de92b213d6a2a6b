#include "complaintdialog.h"

#include "displaynames.h"
#include "textdialogbuttons.h"

#include "core/complaint.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace parasol {

ComplaintDialog::ComplaintDialog(const QStringList &orderNos, QWidget *parent)
    : QDialog(parent)
    , m_category(new QComboBox(this))
    , m_order(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Open complaint"));
    for (std::size_t i = 0; i < complaintCategoryNames.size(); ++i) {
        const ComplaintCategory category = complaintCategoryNames.at(i);
        m_category->addItem(DisplayNames::complaintCategory(category), complaintCategoryNames.name(category));
    }
    m_order->addItem(tr("No particular order"), QString());
    for (const QString &orderNo : orderNos)
        m_order->addItem(orderNo, orderNo);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What the customer complains about, in their words"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    TextDialogButtons::connect(this, buttons, buttons->addButton(tr("&Open complaint"), QDialogButtonBox::AcceptRole),
                               m_text);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Order:"), m_order);
    form->addRow(tr("Com&plaint:"), m_text);
    form->addRow(buttons);
    m_category->setFocus();
    resize(460, 280);
}

QString ComplaintDialog::category() const
{
    return m_category->currentData().toString();
}

QString ComplaintDialog::orderNo() const
{
    return m_order->currentData().toString();
}

QString ComplaintDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void ComplaintDialog::setCategory(const QString &category)
{
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
}

void ComplaintDialog::setOrderNo(const QString &orderNo)
{
    m_order->setCurrentIndex(qMax(0, m_order->findData(orderNo)));
}

void ComplaintDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

} // namespace parasol
