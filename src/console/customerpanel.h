#pragma once

#include "cache/customerview.h"
#include "cache/outboxentry.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class CustomerPanel;
}

namespace parasol {

class OrderTreeModel;

// The customer on the line: the profile with personal data masked, the real-name age and
// the elder flag, every order with its lines behind a filter, and tabs for the customer's
// tickets, contacts (with this console's writes still waiting or refused), price-protection
// claims and complaints.
class CustomerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPanel(QWidget *parent = nullptr);
    ~CustomerPanel() override;

    // Adds a page after the tickets, contacts, claims and complaints (the order timeline).
    void addSection(QWidget *page, const QString &title);
    void showSection(QWidget *page);

    // `outbox`: this console's writes for the customer, newest first (OutboxStore::entriesOf).
    void showCustomer(const CustomerView &view, const QList<OutboxEntry> &outbox = {});
    void clear();
    bool hasCustomer() const { return m_view.has_value(); }
    // Selects and expands an order; false when the customer has no such order.
    bool selectOrder(const QString &orderNo);

    // Opens the note editor for the customer shown (also Ctrl+Shift+N).
    void addNote();

    // Claims price protection for the selected line (also Ctrl+Shift+P); only a line the
    // estimate says would be paid. While an earlier claim of the line waits in the outbox,
    // its idempotency key is used again, so a double click claims once.
    void claimPriceProtection();

Q_SIGNALS:
    // The agent saved a note: queue it as central-api.md's `contact.note`.
    void noteWritten(const QString &customerId, const QString &reason, const QString &text);

    // Queue central-api.md's `price_protect.claim` for the line with this key.
    void claimRequested(const QString &customerId, const QString &orderLineId, const QString &idempotencyKey);

    // An order row or one of its lines was activated (Enter or double-click).
    void orderActivated(const QString &orderNo);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillProfile();
    void fitColumns();
    void fillSections();
    void updateClaimButton();
    QString selectedClaimableLine() const;
    QString pendingClaimKey(const QString &orderLineId) const;
    void fillTickets();
    void fillContacts();
    void fillClaims();
    void fillComplaints();

    std::unique_ptr<Ui::CustomerPanel> m_ui;
    OrderTreeModel *m_orders;
    QSortFilterProxyModel *m_proxy;
    std::optional<CustomerView> m_view;
    QList<OutboxEntry> m_outbox;
};

} // namespace parasol
