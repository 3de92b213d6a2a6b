#include "timelinewidget.h"

#include "timelineaccessible.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace parasol {

namespace {

constexpr int kRowHeight = 52;
constexpr int kRailX = 24; // the vertical line that links the nodes
constexpr int kTextX = 48;
constexpr int kShapeRadius = 7;

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    QAccessible::installFactory(&TimelineAccessible::create); // once: a repeat is ignored
    updateAccessibleName();
}

void TimelineWidget::setModel(const TimelineModel &model)
{
    m_model = model;
    m_selected = -1;
    updateScrollBar();
    const int current = m_model.currentIndex();
    if (QAccessible::isActive()) {
        QAccessibleEvent reordered(this, QAccessible::ObjectReorder); // other nodes, other items
        QAccessible::updateAccessibility(&reordered);
    }
    setSelectedIndex(current >= 0 ? current : m_model.count() - 1);
    updateAccessibleName();
    viewport()->update();
}

void TimelineWidget::setSelectedIndex(int index)
{
    index = m_model.count() == 0 ? -1 : std::clamp(index, 0, m_model.count() - 1);
    if (index == m_selected)
        return;
    const int previous = m_selected;
    m_selected = index;
    if (previous >= 0)
        viewport()->update(rowRect(previous));
    if (index >= 0) {
        // Keep the selected row in view.
        QScrollBar *bar = verticalScrollBar();
        const int top = index * kRowHeight;
        if (top < bar->value())
            bar->setValue(top);
        else if (top + kRowHeight > bar->value() + viewport()->height())
            bar->setValue(top + kRowHeight - viewport()->height());
        viewport()->update(rowRect(index));
    }
    notifyAccessibleSelection();
    Q_EMIT selectedIndexChanged(m_selected);
}

int TimelineWidget::indexAt(const QPoint &viewportPos) const
{
    const int index = (viewportPos.y() + verticalScrollBar()->value()) / kRowHeight;
    return viewportPos.y() >= 0 && index < m_model.count() ? index : -1;
}

QRect TimelineWidget::rowRect(int index) const
{
    return QRect(0, index * kRowHeight - verticalScrollBar()->value(), viewport()->width(), kRowHeight);
}

QColor TimelineWidget::stateColor(TimelineModel::Shape shape)
{
    switch (shape) {
    case TimelineModel::Shape::OnTime:
        return QColor(0x2e, 0x7d, 0x32);
    case TimelineModel::Shape::Approaching:
        return QColor(0xb2, 0x6a, 0x00);
    case TimelineModel::Shape::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case TimelineModel::Shape::Upcoming:
    case TimelineModel::Shape::NoDeadline:
        break;
    }
    return QColor(0x54, 0x6e, 0x7a);
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(520, kRowHeight * 6);
}

void TimelineWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().base());
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_model.count() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("Activate an order to see its service timeline."));
        return;
    }
    const int first = std::max(0, indexAt(event->rect().topLeft()));
    const int offset = verticalScrollBar()->value();
    const int last = std::min(m_model.count() - 1, (event->rect().bottom() + offset) / kRowHeight);
    for (int i = first; i <= last; ++i)
        paintRow(painter, i, rowRect(i));
}

void TimelineWidget::paintRow(QPainter &painter, int index, const QRect &rect)
{
    const TimelineEntry &entry = m_model.entry(index);
    const TimelineModel::Shape shape = m_model.shape(index);
    const QColor color = stateColor(shape);
    painter.save();

    if (entry.current)
        painter.fillRect(rect, QColor(0xff, 0xf4, 0xce));
    if (index == m_selected) {
        QColor selection = palette().color(QPalette::Highlight);
        selection.setAlpha(hasFocus() ? 60 : 30);
        painter.fillRect(rect, selection);
        if (hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
            painter.drawRect(rect.adjusted(1, 1, -2, -2));
        }
    }
    if (entry.current)
        painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor(0xe0, 0x9b, 0x00));
    if (!entry.reached())
        painter.setOpacity(0.55);

    // The rail between this node and its neighbours.
    painter.setPen(QPen(QColor(0xb0, 0xbe, 0xc5), 2));
    const int centerY = rect.top() + 18;
    if (index > 0)
        painter.drawLine(kRailX, rect.top(), kRailX, centerY - kShapeRadius);
    if (index + 1 < m_model.count())
        painter.drawLine(kRailX, centerY + kShapeRadius, kRailX, rect.bottom() + 1);
    paintShape(painter, shape, QPointF(kRailX, centerY));

    const int textWidth = rect.width() - kTextX - 8;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    QString title = m_model.title(index);
    if (entry.current)
        title = tr("%1 (now)").arg(title);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::Text));
    const QRect line1(kTextX, rect.top() + 6, textWidth, boldMetrics.height());
    painter.drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, title);
    const int stateX = kTextX + boldMetrics.horizontalAdvance(title) + 10;
    const QString state = m_model.shapeGlyph(index) + QLatin1Char(' ') + m_model.stateText(index);
    painter.setPen(color);
    painter.drawText(QRect(stateX, line1.top(), boldMetrics.horizontalAdvance(state) + 4, line1.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, state);
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Text));
    const int timeX = stateX + boldMetrics.horizontalAdvance(state) + 14;
    painter.drawText(QRect(timeX, line1.top(), rect.right() - 8 - timeX, line1.height()),
                     Qt::AlignRight | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_model.timeText(index), Qt::ElideLeft, rect.right() - 8 - timeX));

    QString detail = m_model.detailText(index);
    const QList<EbillLine> bill = m_model.ebill(index);
    if (!bill.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("E-bill: %n line(s)", "", int(bill.size()));
    const bool warn = !m_model.missingVerifications(index).isEmpty();
    painter.setPen(warn ? stateColor(TimelineModel::Shape::Overdue) : palette().color(QPalette::PlaceholderText));
    const QRect line2(kTextX, line1.bottom() + 4, textWidth, fontMetrics().height());
    painter.drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(detail, Qt::ElideRight, textWidth));
    painter.restore();
}

void TimelineWidget::paintShape(QPainter &painter, TimelineModel::Shape shape, QPointF center)
{
    const QColor color = stateColor(shape);
    const qreal r = kShapeRadius;
    painter.setPen(QPen(color, 2));
    painter.setBrush(color);
    switch (shape) {
    case TimelineModel::Shape::OnTime:
        painter.drawEllipse(center, r, r);
        break;
    case TimelineModel::Shape::Approaching: {
        QPainterPath triangle;
        triangle.moveTo(center.x(), center.y() - r);
        triangle.lineTo(center.x() + r, center.y() + r * 0.8);
        triangle.lineTo(center.x() - r, center.y() + r * 0.8);
        triangle.closeSubpath();
        painter.drawPath(triangle);
        break;
    }
    case TimelineModel::Shape::Overdue:
        painter.drawRect(QRectF(center.x() - r * 0.85, center.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case TimelineModel::Shape::Upcoming:
        painter.setBrush(palette().base());
        painter.drawEllipse(center, r, r);
        break;
    case TimelineModel::Shape::NoDeadline: {
        QPainterPath diamond;
        diamond.moveTo(center.x(), center.y() - r);
        diamond.lineTo(center.x() + r, center.y());
        diamond.lineTo(center.x(), center.y() + r);
        diamond.lineTo(center.x() - r, center.y());
        diamond.closeSubpath();
        painter.drawPath(diamond);
        break;
    }
    }
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const int page = std::max(1, viewport()->height() / kRowHeight);
    switch (event->key()) {
    case Qt::Key_Up:
        setSelectedIndex(m_selected - 1);
        break;
    case Qt::Key_Down:
        setSelectedIndex(m_selected + 1);
        break;
    case Qt::Key_PageUp:
        setSelectedIndex(m_selected - page);
        break;
    case Qt::Key_PageDown:
        setSelectedIndex(m_selected + page);
        break;
    case Qt::Key_Home:
        setSelectedIndex(0);
        break;
    case Qt::Key_End:
        setSelectedIndex(m_model.count() - 1);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const int index = indexAt(event->position().toPoint());
    if (index >= 0)
        setSelectedIndex(index);
    setFocus(Qt::MouseFocusReason);
}

bool TimelineWidget::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = indexAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_model.description(index), viewport(), rowRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        viewport()->update();
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleName();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

void TimelineWidget::updateScrollBar()
{
    verticalScrollBar()->setSingleStep(kRowHeight);
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, m_model.count() * kRowHeight - viewport()->height()));
}

void TimelineWidget::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    notifyAccessibleSelection();
}

void TimelineWidget::updateAccessibleName()
{
    setAccessibleName(m_model.orderNo().isEmpty() ? tr("Service timeline")
                                                  : tr("Service timeline of order %1").arg(m_model.orderNo()));
}

// Screen readers follow the selected node item (TimelineAccessible's children): it is the
// selection, and the focus while the widget has it.
void TimelineWidget::notifyAccessibleSelection()
{
    if (!QAccessible::isActive() || m_selected < 0)
        return;
    QAccessibleEvent selection(this, QAccessible::Selection);
    selection.setChild(m_selected);
    QAccessible::updateAccessibility(&selection);
    if (hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(m_selected);
        QAccessible::updateAccessibility(&focus);
    }
}

} // namespace parasol
