#pragma once

#include "cache/customerview.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class CustomerPanel;
}

namespace parasol {

class OrderTreeModel;

// The customer on the line: the profile with personal data masked, the real-name age and
// the elder flag, and every order with its lines behind a filter.
class CustomerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPanel(QWidget *parent = nullptr);
    ~CustomerPanel() override;

    void showCustomer(const CustomerView &view);
    void clear();
    bool hasCustomer() const { return m_view.has_value(); }
    // Selects and expands an order; false when the customer has no such order.
    bool selectOrder(const QString &orderNo);

Q_SIGNALS:
    // An order row or one of its lines was activated (Enter or double-click).
    void orderActivated(const QString &orderNo);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillProfile();
    void fitColumns();

    std::unique_ptr<Ui::CustomerPanel> m_ui;
    OrderTreeModel *m_orders;
    QSortFilterProxyModel *m_proxy;
    std::optional<CustomerView> m_view;
};

} // namespace parasol
