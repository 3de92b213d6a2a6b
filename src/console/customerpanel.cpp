#include "customerpanel.h"
#include "ui_customerpanel.h"

#include "displaynames.h"
#include "ordertreemodel.h"

#include "core/personaldata.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace parasol {

namespace {
// An empty field shows a dash, so "not known" does not look like a rendering fault.
QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}
} // namespace

CustomerPanel::CustomerPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomerPanel>())
    , m_orders(new OrderTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_orders);
    m_proxy->setSortRole(OrderTreeModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_ui->ordersView->setModel(m_proxy);
    m_ui->ordersView->sortByColumn(OrderTreeModel::PlacedColumn, Qt::DescendingOrder);
    m_ui->ordersView->header()->setStretchLastSection(false);
    connect(m_ui->ordersFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_ui->ordersView->expandAll();
    });
    connect(m_ui->ordersView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString orderNo = index.data(OrderTreeModel::OrderNoRole).toString();
        if (!orderNo.isEmpty())
            Q_EMIT orderActivated(orderNo);
    });
    clear();
}

CustomerPanel::~CustomerPanel() = default;

void CustomerPanel::clear()
{
    m_view.reset();
    m_orders->setOrders({});
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

void CustomerPanel::showCustomer(const CustomerView &view)
{
    // The same customer again (a sync brought news): keep what the agent opened and chose.
    const bool same = m_view && m_view->customer.id == view.customer.id;
    QStringList expanded;
    QString current;
    if (same) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            if (m_ui->ordersView->isExpanded(m_proxy->index(row, 0)))
                expanded.append(m_proxy->index(row, 0).data(OrderTreeModel::OrderNoRole).toString());
        current = m_ui->ordersView->currentIndex().data(OrderTreeModel::OrderNoRole).toString();
    }
    m_view = view;
    fillProfile();
    if (!same)
        m_ui->ordersFilterEdit->clear();
    m_orders->setOrders(view.orders);
    if (same) {
        for (const QString &orderNo : std::as_const(expanded))
            m_ui->ordersView->expand(m_proxy->mapFromSource(m_orders->indexOfOrder(orderNo)));
        if (!current.isEmpty())
            m_ui->ordersView->setCurrentIndex(m_proxy->mapFromSource(m_orders->indexOfOrder(current)));
    } else if (m_proxy->rowCount() > 0) {
        // The most recent order open, the others folded: the agent sees the latest purchase first.
        m_ui->ordersView->expand(m_proxy->index(0, 0));
    }
    fitColumns();
    m_ui->stack->setCurrentWidget(m_ui->customerPage);
}

void CustomerPanel::fillProfile()
{
    if (!m_view)
        return;
    const Customer &c = m_view->customer;
    const QString maskedName = PersonalData::maskName(c.name);
    const QString maskedPhone = PersonalData::maskPhone(c.phone);
    m_ui->headlineLabel->setText(tr("%1  %2").arg(maskedName, maskedPhone));
    m_ui->elderBadge->setVisible(m_view->elder);
    m_ui->nameValue->setText(maskedName);
    m_ui->phoneValue->setText(maskedPhone);
    m_ui->ageValue->setText(m_view->age ? tr("%n year(s)", nullptr, *m_view->age) : tr("Unknown"));
    m_ui->genderValue->setText(DisplayNames::gender(c.gender));
    m_ui->cityValue->setText(orDash(c.city));
    m_ui->memberValue->setText(DisplayNames::memberLevel(c.memberLevel));
    m_ui->addressValue->setText(orDash(PersonalData::maskAddress(c.address)));
    m_ui->idNumberValue->setText(orDash(PersonalData::maskIdNumber(c.idNumber)));
    m_ui->ordersBox->setTitle(tr("Orders (%1)").arg(m_view->orders.size()));
}

void CustomerPanel::fitColumns()
{
    QHeaderView *header = m_ui->ordersView->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OrderTreeModel::ItemColumn, QHeaderView::Stretch);
}

bool CustomerPanel::selectOrder(const QString &orderNo)
{
    const QModelIndex source = m_orders->indexOfOrder(orderNo);
    if (!source.isValid())
        return false;
    m_ui->ordersFilterEdit->clear();
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    m_ui->ordersView->expand(proxy);
    m_ui->ordersView->setCurrentIndex(proxy);
    m_ui->ordersView->scrollTo(proxy);
    return true;
}

void CustomerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillProfile();
        m_orders->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace parasol
