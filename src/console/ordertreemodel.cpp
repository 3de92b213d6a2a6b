#include "ordertreemodel.h"

#include "displaynames.h"

#include "core/money.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

#include <algorithm>
#include <limits>

namespace parasol {

namespace {

// Lines carry their order's row + 1 as internal id; orders carry 0.
constexpr quintptr kOrderLevel = 0;

// An entitlement without an end (not yet signed for, or none) sorts after every dated one.
qint64 endOf(const Entitlement &entitlement)
{
    return entitlement.until.value_or(std::numeric_limits<qint64>::max());
}

// The entitlement that runs out first; null when none applies.
const Entitlement *soonestEnding(const QList<Entitlement> &entitlements)
{
    const auto first = std::min_element(entitlements.cbegin(), entitlements.cend(),
                                        [](const Entitlement &a, const Entitlement &b) { return endOf(a) < endOf(b); });
    return first == entitlements.cend() ? nullptr : &*first;
}

// The last day inside a period whose end is its first instant outside.
QString lastDay(qint64 endsAt, const QString &format)
{
    return DisplayNames::shanghaiTime(endsAt - 1, format);
}

} // namespace

OrderTreeModel::OrderTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void OrderTreeModel::setOrders(const QList<OrderView> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

void OrderTreeModel::retranslate()
{
    if (m_orders.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex order = index(row, 0);
        if (rowCount(order) > 0)
            Q_EMIT dataChanged(index(0, 0, order), index(rowCount(order) - 1, ColumnCount - 1, order));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex OrderTreeModel::indexOfOrder(const QString &orderNo) const
{
    for (int row = 0; row < m_orders.size(); ++row)
        if (m_orders[row].order.orderNo == orderNo)
            return index(row, 0);
    return {};
}

QModelIndex OrderTreeModel::indexOfLine(const QString &orderNo, const QString &orderLineId) const
{
    const QModelIndex order = indexOfOrder(orderNo);
    if (!order.isValid() || orderLineId.isEmpty())
        return order;
    const QList<OrderLineView> &lines = m_orders[order.row()].lines;
    for (int row = 0; row < lines.size(); ++row)
        if (lines[row].line.id == orderLineId)
            return index(row, 0, order);
    return order;
}

QModelIndex OrderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kOrderLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex OrderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kOrderLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kOrderLevel);
}

int OrderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_orders.size());
    if (parent.internalId() != kOrderLevel || parent.column() != 0)
        return 0;
    return int(m_orders.at(parent.row()).lines.size());
}

int OrderTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OrderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kOrderLevel)
        return orderData(m_orders.at(index.row()), index.column(), role);
    const OrderView &order = m_orders.at(int(index.internalId() - 1));
    if (role == OrderNoRole)
        return order.order.orderNo;
    return lineData(order.lines.at(index.row()), index.column(), role);
}

QString OrderTreeModel::nodeText(const std::optional<TimelineEntry> &node)
{
    if (!node || !node->at)
        return QString();
    return tr("%1 · %2").arg(DisplayNames::node(node->kind), DisplayNames::shanghaiTime(*node->at, QStringLiteral("MM-dd HH:mm")));
}

QString OrderTreeModel::priceProtectText(const PriceProtectionDecision &decision)
{
    const QString what = decision.eligible() ? tr("≈ %1").arg(Money::fromFen(decision.amountFen).toDisplayString())
                                             : DisplayNames::priceProtectionRefusal(decision.reason());
    if (!decision.window.endsAt)
        return what;
    // The window's end is its first instant outside: the last day inside is the one before.
    return tr("%1 · until %2").arg(what, DisplayNames::shanghaiTime(*decision.window.endsAt - 1, QStringLiteral("MM-dd")));
}

QString OrderTreeModel::entitlementsText(const QList<Entitlement> &entitlements)
{
    const Entitlement *first = soonestEnding(entitlements);
    if (!first)
        return tr("None left");
    QString text = DisplayNames::remedy(first->rule.remedy);
    if (first->until)
        text = tr("%1 until %2").arg(text, lastDay(*first->until, QStringLiteral("MM-dd")));
    if (entitlements.size() > 1)
        text = tr("%1 (+%2)").arg(text).arg(entitlements.size() - 1);
    return text;
}

QString OrderTreeModel::entitlementsToolTip(const QList<Entitlement> &entitlements)
{
    if (entitlements.isEmpty())
        return tr("No after-sales entitlement applies any more.");
    const QString dateFormat = QStringLiteral("yyyy-MM-dd");
    QStringList lines;
    for (const Entitlement &entitlement : entitlements) {
        QString what = DisplayNames::remedy(entitlement.rule.remedy);
        const QString condition = DisplayNames::entitlementCondition(entitlement.rule.condition);
        if (!condition.isEmpty())
            what = tr("%1 %2").arg(what, condition);
        QString period;
        if (entitlement.from && entitlement.until)
            period = tr("from %1 until %2")
                         .arg(DisplayNames::shanghaiTime(*entitlement.from, dateFormat), lastDay(*entitlement.until, dateFormat));
        else if (entitlement.until)
            period = tr("until %1").arg(lastDay(*entitlement.until, dateFormat));
        else if (entitlement.from)
            period = tr("from %1").arg(DisplayNames::shanghaiTime(*entitlement.from, dateFormat));
        else
            period = tr("no end date yet");
        lines.append(tr("%1 — %2: %3").arg(entitlement.rule.id, what, period));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant OrderTreeModel::deadlineBrush(const std::optional<TimelineEntry> &node)
{
    if (!node)
        return {};
    if (node->deadline == DeadlineState::Overdue)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (node->deadline == DeadlineState::Approaching)
        return QBrush(QColor(0xb2, 0x6a, 0x00));
    return {};
}

std::optional<QVariant> OrderTreeModel::rowStyle(const std::optional<TimelineEntry> &currentNode, int column, int role)
{
    if (role == OverdueRole)
        return currentNode && currentNode->overdue();
    if (role == Qt::ForegroundRole && column == ServiceColumn)
        return deadlineBrush(currentNode);
    if (role == Qt::TextAlignmentRole && (column == QtyColumn || column == PaidColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return std::nullopt;
}

QVariant OrderTreeModel::orderData(const OrderView &view, int column, int role) const
{
    const Order &order = view.order;
    if (role == OrderNoRole)
        return order.orderNo;
    if (auto style = rowStyle(view.currentNode, column, role))
        return *style;
    int qty = 0;
    QStringList brands;
    for (const OrderLineView &line : view.lines) {
        qty += line.line.qty;
        if (!brands.contains(line.line.brand))
            brands.append(line.line.brand);
    }
    if (role == SortRole) {
        switch (column) {
        case QtyColumn:
            return qty;
        case PaidColumn:
            return view.paidFen();
        case PlacedColumn:
            return order.placedAt;
        case ServiceColumn:
            return view.currentNode && view.currentNode->at ? *view.currentNode->at : 0;
        default:
            role = Qt::DisplayRole;
        }
    }
    if (role == Qt::ToolTipRole && column == ItemColumn)
        return tr("Ordered through %1").arg(DisplayNames::channel(order.channel));
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ItemColumn:
        return order.orderNo;
    case BrandColumn:
        return brands.join(QStringLiteral(", "));
    case CategoryColumn:
        return tr("%n line(s)", nullptr, int(view.lines.size()));
    case QtyColumn:
        return qty;
    case PaidColumn:
        return Money::fromFen(view.paidFen()).toDisplayString();
    case ServiceColumn:
        return nodeText(view.currentNode);
    case PlacedColumn:
        return DisplayNames::shanghaiTime(order.placedAt, QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return {};
    }
}

QVariant OrderTreeModel::lineData(const OrderLineView &view, int column, int role) const
{
    const OrderLine &line = view.line;
    if (role == OrderLineIdRole)
        return line.id;
    if (auto style = rowStyle(view.currentNode, column, role))
        return *style;
    if (role == SortRole) {
        switch (column) {
        case QtyColumn:
            return line.qty;
        case PaidColumn:
            return line.paidFen();
        case ServiceColumn:
            return view.currentNode && view.currentNode->at ? *view.currentNode->at : 0;
        case ItemColumn:
            return line.lineNo;
        case PriceProtectColumn:
            return view.priceProtection.amountFen;
        case EntitlementsColumn:
            if (const Entitlement *first = soonestEnding(view.entitlements))
                return endOf(*first);
            return qint64(0);
        default:
            role = Qt::DisplayRole;
        }
    }
    if (role == Qt::ToolTipRole && column == ItemColumn)
        return tr("SKU %1, line %2").arg(line.sku, line.lineNo);
    // The long texts may be elided in a narrow window: their tooltips say them in full.
    if (role == Qt::ToolTipRole && column == ServiceColumn)
        return nodeText(view.currentNode);
    if (role == Qt::ToolTipRole && column == PriceProtectColumn)
        return QStringLiteral("%1\n%2").arg(
            priceProtectText(view.priceProtection),
            tr("An estimate from this console's copy of prices and claims; central decides when the claim is made."));
    if (role == Qt::ToolTipRole && column == EntitlementsColumn)
        return entitlementsToolTip(view.entitlements);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ItemColumn:
        return line.isGift ? tr("%1 (gift)").arg(line.title) : line.title;
    case BrandColumn:
        return line.brand;
    case CategoryColumn:
        return DisplayNames::category(line.category);
    case QtyColumn:
        return line.qty;
    case PaidColumn:
        return Money::fromFen(line.paidFen()).toDisplayString();
    case ServiceColumn:
        return nodeText(view.currentNode);
    case PriceProtectColumn:
        return priceProtectText(view.priceProtection);
    case EntitlementsColumn:
        return entitlementsText(view.entitlements);
    default:
        return {};
    }
}

QVariant OrderTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Order / item");
    case BrandColumn:
        return tr("Brand");
    case CategoryColumn:
        return tr("Category");
    case QtyColumn:
        return tr("Qty");
    case PaidColumn:
        return tr("Paid");
    case ServiceColumn:
        return tr("Service node");
    case PriceProtectColumn:
        return tr("Price protection (estimate)");
    case EntitlementsColumn:
        return tr("Entitlements");
    case PlacedColumn:
        return tr("Placed");
    default:
        return {};
    }
}

} // namespace parasol
