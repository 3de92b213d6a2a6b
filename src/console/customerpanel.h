#pragma once

#include "cache/customerview.h"
#include "cache/outboxentry.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTreeWidgetItem;

namespace Ui {
class CustomerPanel;
}

namespace parasol {

class OrderColumnFitter;
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

    // Adds a page after the tickets, contacts, claims and complaints (the order timeline),
    // or gives an added page a new title (after a change of language).
    void setSection(QWidget *page, const QString &title);
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

    // Whether the user's role may reveal masked personal data (Permission::RevealPersonalData):
    // shows or hides the "Show" buttons beside the masked fields.
    void setRevealAllowed(bool allowed);
    // Shows one field of the customer's personal data in full, from the cache ("name", "phone",
    // "address", "id_number"), and asks for the act to be audited. Until another customer
    // is opened the field stays shown.
    void reveal(const QString &field);

    // Opens the ticket editor for the selected order line (also Ctrl+Shift+T).
    void openTicket();
    // Opens the complaint editor for the customer shown (also Ctrl+Shift+C).
    void openComplaint();

Q_SIGNALS:
    // The agent saved a note: queue it as central-api.md's `contact.note`.
    void noteWritten(const QString &customerId, const QString &reason, const QString &text);

    // Queue central-api.md's `price_protect.claim` for the line with this key.
    void claimRequested(const QString &customerId, const QString &orderLineId, const QString &idempotencyKey);

    // Queue central-api.md's `ticket.open` for the line (kind: its wire name).
    void ticketRequested(const QString &customerId, const QString &orderLineId, const QString &kind,
                         const QString &description);
    // Queue central-api.md's `complaint.open` (orderNo empty: about no particular order).
    void complaintRequested(const QString &customerId, const QString &orderNo, const QString &category,
                            const QString &text);

    // Queue central-api.md's `customer.reveal`: the field was shown in full.
    void revealRequested(const QString &customerId, const QString &field);

    // An order row or one of its lines was activated (Enter or double-click).
    void orderActivated(const QString &orderNo);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillProfile();
    void fillServiceCards();
    // The masked form of a field, or its full value once revealed.
    QString shown(const QString &field, const QString &value, QString (*mask)(QStringView)) const;
    void fillSections();
    void updateLineActions();
    // The selected line's id; empty when an order row or nothing is selected.
    QString selectedLine() const;
    QString orderNoOfLine(const QString &orderLineId) const;
    // Marks a row made from one of this console's writes: waiting to sync, or refused with why.
    void markOutboxItem(QTreeWidgetItem *item, const OutboxEntry &entry, int labelColumn, int reasonColumn) const;
    QString selectedClaimableLine() const;
    QString pendingClaimKey(const QString &orderLineId) const;
    void fillTickets();
    void fillContacts();
    void fillClaims();
    void fillComplaints();

    std::unique_ptr<Ui::CustomerPanel> m_ui;
    OrderTreeModel *m_orders;
    QSortFilterProxyModel *m_proxy;
    OrderColumnFitter *m_columnFitter = nullptr;
    std::optional<CustomerView> m_view;
    QList<OutboxEntry> m_outbox;
    bool m_revealAllowed = false;
    QSet<QString> m_revealed; // fields shown in full for the customer on screen
};

} // namespace parasol
