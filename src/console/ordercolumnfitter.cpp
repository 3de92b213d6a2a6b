#include "ordercolumnfitter.h"

#include "ordertreemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

namespace parasol {

namespace {

bool isLongText(int column)
{
    return column == OrderTreeModel::ServiceColumn || column == OrderTreeModel::PriceProtectColumn
        || column == OrderTreeModel::EntitlementsColumn;
}

} // namespace

OrderColumnFitter::OrderColumnFitter(QTreeView *view)
    : QObject(view)
    , m_view(view)
{
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QTreeView::expanded, this, &OrderColumnFitter::fit);
    connect(m_view, &QTreeView::collapsed, this, &OrderColumnFitter::fit);
}

bool OrderColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

int OrderColumnFitter::orderNumbersWidth() const
{
    const QAbstractItemModel *model = m_view->model();
    int widest = 0;
    for (int row = 0; model && row < model->rowCount(); ++row)
        widest = std::max(widest, m_view->sizeHintForIndex(model->index(row, OrderTreeModel::ItemColumn)).width());
    return widest + m_view->indentation();
}

void OrderColumnFitter::fit()
{
    QHeaderView *header = m_view->header();
    if (!m_view->model() || header->count() != OrderTreeModel::ColumnCount)
        return;
    header->setSectionResizeMode(QHeaderView::Interactive);
    QList<int> widths(OrderTreeModel::ColumnCount);
    int shortWidth = 0;
    int longWidth = 0;
    for (int column = 0; column < OrderTreeModel::ColumnCount; ++column) {
        if (column == OrderTreeModel::ItemColumn)
            continue;
        // QTreeView makes its override (which counts the indentation) protected; through the base it is public.
        const QAbstractItemView *view = m_view;
        widths[column] = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        (isLongText(column) ? longWidth : shortWidth) += widths[column];
    }
    const int available = m_view->viewport()->width();
    const int itemMinimum = std::max(orderNumbersWidth(), header->sectionSizeHint(OrderTreeModel::ItemColumn));
    // The long texts give way first, in proportion, down to a date's width each.
    const int room = available - shortWidth - itemMinimum;
    // A date's width ("12-31"); not the average character, which CJK fonts make wide.
    const int longMinimum = m_view->fontMetrics().horizontalAdvance(QStringLiteral("00-00 "));
    int longGiven = 0;
    for (int column = 0; column < OrderTreeModel::ColumnCount; ++column) {
        if (!isLongText(column))
            continue;
        if (room < longWidth)
            widths[column] = std::max(longMinimum, int(qint64(widths[column]) * std::max(room, 0) / std::max(longWidth, 1)));
        longGiven += widths[column];
    }
    widths[OrderTreeModel::ItemColumn] = std::max(itemMinimum, available - shortWidth - longGiven);
    for (int column = 0; column < OrderTreeModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
}

} // namespace parasol
