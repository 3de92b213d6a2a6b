#include "customerpanel.h"
#include "ui_customerpanel.h"

#include "displaynames.h"
#include "notedialog.h"
#include "ordertreemodel.h"

#include "core/money.h"
#include "core/personaldata.h"

#include <QEvent>
#include <QAction>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeWidget>
#include <QUuid>

namespace parasol {

namespace {
// An empty field shows a dash, so "not known" does not look like a rendering fault.
QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

QString listTime(qint64 utcMs)
{
    return DisplayNames::shanghaiTime(utcMs, QStringLiteral("yyyy-MM-dd HH:mm"));
}

void fitListColumns(QTreeWidget *list)
{
    for (int column = 0; column + 1 < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
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
    // The orders are what the agent reads most: give them the larger share of the height.
    m_ui->detailSplitter->setStretchFactor(0, 3);
    m_ui->detailSplitter->setStretchFactor(1, 2);
    connect(m_ui->addNoteButton, &QPushButton::clicked, this, &CustomerPanel::addNote);
    // Window-wide: the agent may still be in the search box when the caller asks.
    auto *addNoteAction = new QAction(this);
    addNoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(addNoteAction, &QAction::triggered, this, &CustomerPanel::addNote);
    addAction(addNoteAction);
    connect(m_ui->claimButton, &QPushButton::clicked, this, &CustomerPanel::claimPriceProtection);
    auto *claimAction = new QAction(this);
    claimAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(claimAction, &QAction::triggered, this, &CustomerPanel::claimPriceProtection);
    addAction(claimAction);
    connect(m_ui->ordersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CustomerPanel::updateClaimButton);
    connect(m_ui->ordersView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString orderNo = index.data(OrderTreeModel::OrderNoRole).toString();
        if (!orderNo.isEmpty())
            Q_EMIT orderActivated(orderNo);
    });
    clear();
}

void CustomerPanel::addSection(QWidget *page, const QString &title)
{
    m_ui->sectionsTabs->addTab(page, title);
}

void CustomerPanel::showSection(QWidget *page)
{
    m_ui->sectionsTabs->setCurrentWidget(page);
}

CustomerPanel::~CustomerPanel() = default;

void CustomerPanel::clear()
{
    m_view.reset();
    m_outbox.clear();
    m_orders->setOrders({});
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

void CustomerPanel::showCustomer(const CustomerView &view, const QList<OutboxEntry> &outbox)
{
    // The same customer again (a sync brought news): keep what the agent opened and chose.
    const bool same = m_view && m_view->customer.id == view.customer.id;
    QStringList expanded;
    QString current;
    QString currentLine;
    if (same) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            if (m_ui->ordersView->isExpanded(m_proxy->index(row, 0)))
                expanded.append(m_proxy->index(row, 0).data(OrderTreeModel::OrderNoRole).toString());
        current = m_ui->ordersView->currentIndex().data(OrderTreeModel::OrderNoRole).toString();
        currentLine = m_ui->ordersView->currentIndex().data(OrderTreeModel::OrderLineIdRole).toString();
    }
    m_view = view;
    m_outbox = outbox;
    fillProfile();
    fillSections();
    if (!same)
        m_ui->ordersFilterEdit->clear();
    m_orders->setOrders(view.orders);
    if (same) {
        for (const QString &orderNo : std::as_const(expanded))
            m_ui->ordersView->expand(m_proxy->mapFromSource(m_orders->indexOfOrder(orderNo)));
        if (!current.isEmpty())
            m_ui->ordersView->setCurrentIndex(m_proxy->mapFromSource(m_orders->indexOfLine(current, currentLine)));
    } else if (m_proxy->rowCount() > 0) {
        // The most recent order open, the others folded: the agent sees the latest purchase first.
        m_ui->ordersView->expand(m_proxy->index(0, 0));
    }
    fitColumns();
    updateClaimButton();
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

void CustomerPanel::fillSections()
{
    if (!m_view)
        return;
    fillTickets();
    fillContacts();
    fillClaims();
    fillComplaints();
}

void CustomerPanel::fillTickets()
{
    QTreeWidget *list = m_ui->ticketsView;
    list->clear();
    for (const Ticket &ticket : std::as_const(m_view->tickets))
        list->addTopLevelItem(new QTreeWidgetItem({ listTime(ticket.openedAt), DisplayNames::ticketKind(ticket.kind),
                                                    ticket.orderNo, DisplayNames::ticketStatus(ticket.status),
                                                    ticket.description }));
    fitListColumns(list);
    m_ui->sectionsTabs->setTabText(m_ui->sectionsTabs->indexOf(m_ui->ticketsPage),
                                   tr("Tickets (%1)").arg(m_view->tickets.size()));
}

void CustomerPanel::fillContacts()
{
    QTreeWidget *list = m_ui->contactsView;
    list->clear();
    // This console's own writes first: they are the newest, and the agent waits for them.
    for (const OutboxEntry &entry : std::as_const(m_outbox)) {
        const QString what = DisplayNames::mutation(entry.type);
        auto *item = new QTreeWidgetItem({ listTime(entry.createdAtMs), what,
                                           DisplayNames::contactReason(entry.data.value(QLatin1String("reason")).toString()),
                                           entry.data.value(QLatin1String("text")).toString(), tr("(this console)") });
        if (entry.state == OutboxEntry::State::Rejected) {
            const QString why = entry.errorMessage.isEmpty() ? entry.errorCode : entry.errorMessage;
            item->setText(1, tr("%1 — refused").arg(what));
            item->setText(4, tr("Refused by central: %1").arg(why));
            item->setForeground(1, QColor(0xb0, 0x20, 0x20));
            item->setToolTip(4, why);
        } else {
            item->setText(1, tr("%1 — waiting to sync").arg(what));
            item->setForeground(1, QColor(0x80, 0x60, 0x00));
        }
        list->addTopLevelItem(item);
    }
    for (const Contact &contact : std::as_const(m_view->contacts))
        list->addTopLevelItem(new QTreeWidgetItem({ listTime(contact.at), DisplayNames::contactKind(contact.kind),
                                                    DisplayNames::contactReason(contact.reason), contact.text,
                                                    contact.agent }));
    fitListColumns(list);
    m_ui->sectionsTabs->setTabText(m_ui->sectionsTabs->indexOf(m_ui->contactsPage),
                                   tr("Contacts (%1)").arg(list->topLevelItemCount()));
}

void CustomerPanel::fillClaims()
{
    QTreeWidget *list = m_ui->claimsView;
    list->clear();
    for (const Claim &claim : std::as_const(m_view->claims)) {
        const bool paid = claim.status == ClaimStatus::Paid;
        list->addTopLevelItem(new QTreeWidgetItem(
            { listTime(claim.createdAt), claim.orderLineId, paid ? tr("Paid") : tr("Refused"),
              paid ? Money::fromFen(claim.amountFen).toDisplayString() : QString(),
              paid ? QString() : DisplayNames::priceProtectionRefusal(claim.reason) }));
    }
    fitListColumns(list);
    m_ui->sectionsTabs->setTabText(m_ui->sectionsTabs->indexOf(m_ui->claimsPage),
                                   tr("Price protection (%1)").arg(m_view->claims.size()));
}

void CustomerPanel::fillComplaints()
{
    QTreeWidget *list = m_ui->complaintsView;
    list->clear();
    for (const Complaint &complaint : std::as_const(m_view->complaints))
        list->addTopLevelItem(new QTreeWidgetItem({ listTime(complaint.openedAt),
                                                    DisplayNames::complaintCategory(complaint.category),
                                                    orDash(complaint.orderNo),
                                                    DisplayNames::complaintState(complaint.state), complaint.text }));
    fitListColumns(list);
    m_ui->sectionsTabs->setTabText(m_ui->sectionsTabs->indexOf(m_ui->complaintsPage),
                                   tr("Complaints (%1)").arg(m_view->complaints.size()));
}

void CustomerPanel::addNote()
{
    if (!m_view)
        return;
    const QString customerId = m_view->customer.id;
    auto *dialog = new NoteDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, customerId] {
        Q_EMIT noteWritten(customerId, dialog->reason(), dialog->text());
    });
    m_ui->sectionsTabs->setCurrentWidget(m_ui->contactsPage);
    dialog->open();
}

QString CustomerPanel::selectedClaimableLine() const
{
    const QModelIndex current = m_ui->ordersView->currentIndex();
    const QString lineId = current.data(OrderTreeModel::OrderLineIdRole).toString();
    const QModelIndex estimate = current.siblingAtColumn(OrderTreeModel::PriceProtectColumn);
    if (lineId.isEmpty() || estimate.data(OrderTreeModel::SortRole).toLongLong() <= 0)
        return QString();
    return lineId;
}

QString CustomerPanel::pendingClaimKey(const QString &orderLineId) const
{
    for (const OutboxEntry &entry : m_outbox) {
        if (entry.state == OutboxEntry::State::Pending && entry.type == u"price_protect.claim"
            && entry.data.value(QLatin1String("order_line_id")).toString() == orderLineId)
            return entry.data.value(QLatin1String("idempotency_key")).toString();
    }
    return QString();
}

void CustomerPanel::updateClaimButton()
{
    m_ui->claimButton->setEnabled(!selectedClaimableLine().isEmpty());
}

void CustomerPanel::claimPriceProtection()
{
    const QString lineId = selectedClaimableLine();
    if (!m_view || lineId.isEmpty())
        return;
    QString key = pendingClaimKey(lineId);
    if (key.isEmpty())
        key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Q_EMIT claimRequested(m_view->customer.id, lineId, key);
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
        fillSections();
        m_orders->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace parasol
