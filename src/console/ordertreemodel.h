#pragma once

#include "cache/customerview.h"

#include <QAbstractItemModel>

namespace parasol {

// A customer's orders (top level, most recent first) and their lines (children): what
// was bought, from which brand, what was paid, where its service stands now, and what price
// protection would pay for a line now (an estimate from the local cache), and the line's
// entitlements that still apply with their deadlines, as core computed them.
// SortRole gives raw values (fen, counts, times) for a QSortFilterProxyModel.
class OrderTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        BrandColumn,
        CategoryColumn,
        QtyColumn,
        PaidColumn,
        ServiceColumn,
        PriceProtectColumn,
        EntitlementsColumn, // a line's after-sales entitlements that still apply (RULES.md §2)
        PlacedColumn,
        ColumnCount
    };
    // OrderLineIdRole: a line's id; empty on an order row.
    enum Role { SortRole = Qt::UserRole + 1, OrderNoRole, OverdueRole, OrderLineIdRole };

    explicit OrderTreeModel(QObject *parent = nullptr);

    void setOrders(const QList<OrderView> &orders);
    // The top-level index of an order, or an invalid index.
    QModelIndex indexOfOrder(const QString &orderNo) const;
    // The index of one of the order's lines; the order's own when the line is empty or not found.
    QModelIndex indexOfLine(const QString &orderNo, const QString &orderLineId) const;
    // Names change with the language: views call this on QEvent::LanguageChange.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant orderData(const OrderView &order, int column, int role) const;
    QVariant lineData(const OrderLineView &line, int column, int role) const;
    static QString nodeText(const std::optional<TimelineEntry> &node);
    static QString priceProtectText(const PriceProtectionDecision &decision);
    // The one that runs out first, and how many more apply.
    static QString entitlementsText(const QList<Entitlement> &entitlements);
    // Each one on its line, with its condition and its period.
    static QString entitlementsToolTip(const QList<Entitlement> &entitlements);
    static QVariant deadlineBrush(const std::optional<TimelineEntry> &node);
    // What order and line rows answer alike: overdue flag, deadline colour, alignment.
    static std::optional<QVariant> rowStyle(const std::optional<TimelineEntry> &currentNode, int column, int role);

    QList<OrderView> m_orders;
};

} // namespace parasol
