#include "timelineaccessible.h"

#include "timelinenodeaccessible.h"
#include "timelinewidget.h"

namespace parasol {

TimelineAccessible::TimelineAccessible(TimelineWidget *timeline)
    : QAccessibleWidget(timeline, QAccessible::List)
{ }

TimelineAccessible::~TimelineAccessible()
{
    // Node interfaces belong to no QObject, so nothing else deletes them.
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

QAccessibleInterface *TimelineAccessible::create(const QString &className, QObject *object)
{
    Q_UNUSED(className);
    auto *timeline = qobject_cast<TimelineWidget *>(object);
    return timeline ? new TimelineAccessible(timeline) : nullptr;
}

TimelineWidget *TimelineAccessible::timeline() const
{
    return static_cast<TimelineWidget *>(widget());
}

int TimelineAccessible::childCount() const
{
    return timeline()->model().count();
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const auto known = m_children.constFind(index);
    if (known != m_children.cend())
        return QAccessible::accessibleInterface(*known);
    auto *node = new TimelineNodeAccessible(timeline(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(node));
    return node;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *node = dynamic_cast<const TimelineNodeAccessible *>(child);
    return node && node->timeline() == timeline() && node->isValid() ? node->index() : -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const QWidget *viewport = timeline()->viewport();
    const QPoint pos = viewport->mapFromGlobal(QPoint(x, y));
    return viewport->rect().contains(pos) ? child(timeline()->indexAt(pos)) : nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    if (timeline()->hasFocus() && timeline()->selectedIndex() >= 0)
        return child(timeline()->selectedIndex());
    return QAccessibleWidget::focusChild();
}

} // namespace parasol
