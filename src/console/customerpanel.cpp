#include "customerpanel.h"
#include "ui_customerpanel.h"

#include "complaintdialog.h"
#include "displaynames.h"
#include "notedialog.h"
#include "ordercolumnfitter.h"
#include "ordertreemodel.h"
#include "ticketdialog.h"

#include "core/money.h"
#include "core/personaldata.h"

#include <QEvent>
#include <QAction>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>

#include <functional>
#include <tuple>

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

// A window-wide shortcut: the agent may still be in the search box when the caller asks.
void addShortcut(QWidget *owner, QKeyCombination keys, std::function<void()> slot)
{
    auto *action = new QAction(owner);
    action->setShortcut(QKeySequence(keys));
    QObject::connect(action, &QAction::triggered, owner, std::move(slot));
    owner->addAction(action);
}

// The writes with a tab of their own; the others (notes, claims) show among the contacts.
bool hasOwnTab(const OutboxEntry &entry)
{
    return entry.type == u"ticket.open" || entry.type == u"complaint.open";
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
    m_columnFitter = new OrderColumnFitter(m_ui->ordersView);
    connect(m_ui->ordersFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_ui->ordersView->expandAll();
    });
    // The orders are what the agent reads most: give them the larger share of the height.
    m_ui->detailSplitter->setStretchFactor(0, 3);
    m_ui->detailSplitter->setStretchFactor(1, 2);
    connect(m_ui->addNoteButton, &QPushButton::clicked, this, &CustomerPanel::addNote);
    addShortcut(this, Qt::CTRL | Qt::SHIFT | Qt::Key_N, [this] { addNote(); });
    connect(m_ui->claimButton, &QPushButton::clicked, this, &CustomerPanel::claimPriceProtection);
    addShortcut(this, Qt::CTRL | Qt::SHIFT | Qt::Key_P, [this] { claimPriceProtection(); });
    const std::pair<QToolButton *, QString> revealButtons[] {
        { m_ui->revealNameButton, QStringLiteral("name") },
        { m_ui->revealPhoneButton, QStringLiteral("phone") },
        { m_ui->revealAddressButton, QStringLiteral("address") },
        { m_ui->revealIdNumberButton, QStringLiteral("id_number") },
    };
    for (const auto &[button, field] : revealButtons)
        connect(button, &QToolButton::clicked, this, [this, field] { reveal(field); });
    connect(m_ui->openTicketButton, &QPushButton::clicked, this, &CustomerPanel::openTicket);
    addShortcut(this, Qt::CTRL | Qt::SHIFT | Qt::Key_T, [this] { openTicket(); });
    connect(m_ui->openComplaintButton, &QPushButton::clicked, this, &CustomerPanel::openComplaint);
    addShortcut(this, Qt::CTRL | Qt::SHIFT | Qt::Key_C, [this] { openComplaint(); });
    connect(m_ui->ordersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CustomerPanel::updateLineActions);
    connect(m_ui->ordersView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString orderNo = index.data(OrderTreeModel::OrderNoRole).toString();
        if (!orderNo.isEmpty())
            Q_EMIT orderActivated(orderNo);
    });
    clear();
}

void CustomerPanel::setSection(QWidget *page, const QString &title)
{
    const int index = m_ui->sectionsTabs->indexOf(page);
    if (index < 0)
        m_ui->sectionsTabs->addTab(page, title);
    else
        m_ui->sectionsTabs->setTabText(index, title);
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
    m_revealed.clear();
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
    if (!same)
        m_revealed.clear();
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
    m_columnFitter->fit();
    updateLineActions();
    m_ui->stack->setCurrentWidget(m_ui->customerPage);
}

QString CustomerPanel::shown(const QString &field, const QString &value, QString (*mask)(QStringView)) const
{
    return m_revealed.contains(field) ? value : mask(value);
}

void CustomerPanel::fillProfile()
{
    if (!m_view)
        return;
    const Customer &c = m_view->customer;
    const QString name = shown(QStringLiteral("name"), c.name, &PersonalData::maskName);
    const QString phone = shown(QStringLiteral("phone"), c.phone, &PersonalData::maskPhone);
    m_ui->headlineLabel->setText(tr("%1  %2").arg(name, phone));
    m_ui->elderBadge->setVisible(m_view->elder);
    m_ui->nameValue->setText(name);
    m_ui->phoneValue->setText(phone);
    m_ui->ageValue->setText(m_view->age ? tr("%n year(s)", nullptr, *m_view->age) : tr("Unknown"));
    m_ui->genderValue->setText(DisplayNames::gender(c.gender));
    m_ui->cityValue->setText(orDash(c.city));
    m_ui->memberValue->setText(DisplayNames::memberLevel(c.memberLevel));
    m_ui->addressValue->setText(orDash(shown(QStringLiteral("address"), c.address, &PersonalData::maskAddress)));
    m_ui->idNumberValue->setText(orDash(shown(QStringLiteral("id_number"), c.idNumber, &PersonalData::maskIdNumber)));
    // A button for what is still masked; nothing to reveal of an empty field.
    const std::tuple<QToolButton *, QString, const QString &> revealable[] {
        { m_ui->revealNameButton, QStringLiteral("name"), c.name },
        { m_ui->revealPhoneButton, QStringLiteral("phone"), c.phone },
        { m_ui->revealAddressButton, QStringLiteral("address"), c.address },
        { m_ui->revealIdNumberButton, QStringLiteral("id_number"), c.idNumber },
    };
    for (const auto &[button, field, value] : revealable) {
        button->setVisible(m_revealAllowed && !value.isEmpty() && !m_revealed.contains(field));
        button->setAccessibleName(tr("Show the full %1").arg(DisplayNames::personalField(field).toLower()));
    }
    fillServiceCards();
    m_ui->ordersBox->setTitle(tr("Orders (%1)").arg(m_view->orders.size()));
}

void CustomerPanel::fillServiceCards()
{
    QStringList cards;
    for (const HeldServiceCard &held : std::as_const(m_view->serviceCards)) {
        const QString giver = held.giverNameMasked.isEmpty() ? tr("another customer") : held.giverNameMasked;
        cards.append(tr("Gift recipient: service card %1 for order %2, bought by %3")
                         .arg(held.card.id, held.card.orderNo, giver));
    }
    m_ui->serviceCardLabel->setText(cards.join(QLatin1Char('\n')));
    m_ui->serviceCardLabel->setVisible(!cards.isEmpty());
}

void CustomerPanel::setRevealAllowed(bool allowed)
{
    m_revealAllowed = allowed;
    fillProfile();
}

void CustomerPanel::reveal(const QString &field)
{
    if (!m_view || !m_revealAllowed || m_revealed.contains(field))
        return;
    m_revealed.insert(field);
    fillProfile();
    Q_EMIT revealRequested(m_view->customer.id, field);
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
    // This console's tickets not yet opened by central first, until central's row arrives.
    for (const OutboxEntry &entry : std::as_const(m_outbox)) {
        if (entry.type != u"ticket.open")
            continue;
        const QString lineId = entry.data.value(QLatin1String("order_line_id")).toString();
        const std::optional<TicketKind> kind =
            ticketKindNames.parse(entry.data.value(QLatin1String("kind")).toString());
        auto *item = new QTreeWidgetItem({ listTime(entry.createdAtMs), kind ? DisplayNames::ticketKind(*kind) : QString(),
                                           orderNoOfLine(lineId), QString(),
                                           entry.data.value(QLatin1String("description")).toString() });
        markOutboxItem(item, entry, 1, 3);
        list->addTopLevelItem(item);
    }
    for (const Ticket &ticket : std::as_const(m_view->tickets))
        list->addTopLevelItem(new QTreeWidgetItem({ listTime(ticket.openedAt), DisplayNames::ticketKind(ticket.kind),
                                                    ticket.orderNo, DisplayNames::ticketStatus(ticket.status),
                                                    ticket.description }));
    fitListColumns(list);
    m_ui->sectionsTabs->setTabText(m_ui->sectionsTabs->indexOf(m_ui->ticketsPage),
                                   tr("Tickets (%1)").arg(list->topLevelItemCount()));
}

void CustomerPanel::fillContacts()
{
    QTreeWidget *list = m_ui->contactsView;
    list->clear();
    // This console's own writes first: they are the newest, and the agent waits for them.
    for (const OutboxEntry &entry : std::as_const(m_outbox)) {
        if (hasOwnTab(entry))
            continue;
        const QString field = entry.data.value(QLatin1String("field")).toString(); // customer.reveal's
        auto *item = new QTreeWidgetItem({ listTime(entry.createdAtMs), DisplayNames::mutation(entry.type),
                                           DisplayNames::contactReason(entry.data.value(QLatin1String("reason")).toString()),
                                           field.isEmpty() ? entry.data.value(QLatin1String("text")).toString()
                                                           : DisplayNames::personalField(field),
                                           tr("(this console)") });
        markOutboxItem(item, entry, 1, 4);
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

void CustomerPanel::markOutboxItem(QTreeWidgetItem *item, const OutboxEntry &entry, int labelColumn,
                                   int reasonColumn) const
{
    const QString what = item->text(labelColumn).isEmpty() ? DisplayNames::mutation(entry.type) : item->text(labelColumn);
    if (entry.state == OutboxEntry::State::Rejected) {
        const QString why = entry.errorMessage.isEmpty() ? entry.errorCode : entry.errorMessage;
        item->setText(labelColumn, tr("%1 — refused").arg(what));
        item->setText(reasonColumn, tr("Refused by central: %1").arg(why));
        item->setForeground(labelColumn, QColor(0xb0, 0x20, 0x20));
        item->setToolTip(reasonColumn, why);
    } else {
        item->setText(labelColumn, tr("%1 — waiting to sync").arg(what));
        item->setForeground(labelColumn, QColor(0x80, 0x60, 0x00));
    }
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
    for (const OutboxEntry &entry : std::as_const(m_outbox)) {
        if (entry.type != u"complaint.open")
            continue;
        const std::optional<ComplaintCategory> category =
            complaintCategoryNames.parse(entry.data.value(QLatin1String("category")).toString());
        auto *item = new QTreeWidgetItem({ listTime(entry.createdAtMs),
                                           category ? DisplayNames::complaintCategory(*category) : QString(),
                                           orDash(entry.data.value(QLatin1String("order_no")).toString()), QString(),
                                           entry.data.value(QLatin1String("text")).toString() });
        markOutboxItem(item, entry, 1, 3);
        list->addTopLevelItem(item);
    }
    for (const Complaint &complaint : std::as_const(m_view->complaints))
        list->addTopLevelItem(new QTreeWidgetItem({ listTime(complaint.openedAt),
                                                    DisplayNames::complaintCategory(complaint.category),
                                                    orDash(complaint.orderNo),
                                                    DisplayNames::complaintState(complaint.state), complaint.text }));
    fitListColumns(list);
    m_ui->sectionsTabs->setTabText(m_ui->sectionsTabs->indexOf(m_ui->complaintsPage),
                                   tr("Complaints (%1)").arg(list->topLevelItemCount()));
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

void CustomerPanel::openTicket()
{
    const QString lineId = selectedLine();
    if (!m_view || lineId.isEmpty())
        return;
    const QString customerId = m_view->customer.id;
    const QModelIndex current = m_ui->ordersView->currentIndex();
    const QString item = current.siblingAtColumn(OrderTreeModel::ItemColumn).data().toString();
    auto *dialog = new TicketDialog(tr("%1 (order %2)").arg(item, orderNoOfLine(lineId)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, customerId, lineId] {
        Q_EMIT ticketRequested(customerId, lineId, dialog->kind(), dialog->description());
    });
    m_ui->sectionsTabs->setCurrentWidget(m_ui->ticketsPage);
    dialog->open();
}

void CustomerPanel::openComplaint()
{
    if (!m_view)
        return;
    const QString customerId = m_view->customer.id;
    QStringList orderNos;
    for (const OrderView &order : std::as_const(m_view->orders))
        orderNos.append(order.order.orderNo);
    auto *dialog = new ComplaintDialog(orderNos, this);
    // The order the agent is looking at is most likely the one complained about.
    dialog->setOrderNo(m_ui->ordersView->currentIndex().data(OrderTreeModel::OrderNoRole).toString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, customerId] {
        Q_EMIT complaintRequested(customerId, dialog->orderNo(), dialog->category(), dialog->text());
    });
    m_ui->sectionsTabs->setCurrentWidget(m_ui->complaintsPage);
    dialog->open();
}

QString CustomerPanel::selectedLine() const
{
    return m_ui->ordersView->currentIndex().data(OrderTreeModel::OrderLineIdRole).toString();
}

QString CustomerPanel::orderNoOfLine(const QString &orderLineId) const
{
    if (m_view) {
        for (const OrderView &order : m_view->orders)
            for (const OrderLineView &line : order.lines)
                if (line.line.id == orderLineId)
                    return order.order.orderNo;
    }
    return orderLineId.section(QLatin1Char('/'), 0, 0); // central-api.md: ORDER_NO/LINE_ID
}

QString CustomerPanel::selectedClaimableLine() const
{
    const QModelIndex current = m_ui->ordersView->currentIndex();
    const QString lineId = selectedLine();
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

void CustomerPanel::updateLineActions()
{
    m_ui->claimButton->setEnabled(!selectedClaimableLine().isEmpty());
    m_ui->openTicketButton->setEnabled(!selectedLine().isEmpty());
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
        m_columnFitter->fit();
    }
    QWidget::changeEvent(event);
}

} // namespace parasol
