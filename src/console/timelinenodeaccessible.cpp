#include "timelinenodeaccessible.h"

#include "timelinewidget.h"

#include <QWindow>

namespace parasol {

TimelineNodeAccessible::TimelineNodeAccessible(TimelineWidget *timeline, int index)
    : m_timeline(timeline)
    , m_index(index)
{ }

bool TimelineNodeAccessible::isValid() const
{
    return m_timeline && m_index < m_timeline->model().count();
}

// A node is painted, not a QObject of its own.
QObject *TimelineNodeAccessible::object() const
{
    return nullptr;
}

QWindow *TimelineNodeAccessible::window() const
{
    return m_timeline ? m_timeline->window()->windowHandle() : nullptr;
}

QAccessibleInterface *TimelineNodeAccessible::childAt(int, int) const
{
    return nullptr;
}

QAccessibleInterface *TimelineNodeAccessible::parent() const
{
    return m_timeline ? QAccessible::queryAccessibleInterface(m_timeline.data()) : nullptr;
}

QAccessibleInterface *TimelineNodeAccessible::child(int) const
{
    return nullptr;
}

int TimelineNodeAccessible::childCount() const
{
    return 0;
}

int TimelineNodeAccessible::indexOfChild(const QAccessibleInterface *) const
{
    return -1;
}

QString TimelineNodeAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    switch (t) {
    case QAccessible::Name:
        return m_timeline->model().title(m_index);
    case QAccessible::Description:
        return m_timeline->model().description(m_index);
    default:
        return {};
    }
}

void TimelineNodeAccessible::setText(QAccessible::Text, const QString &)
{ }

QRect TimelineNodeAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect row = m_timeline->rowRect(m_index);
    return QRect(m_timeline->viewport()->mapToGlobal(row.topLeft()), row.size());
}

QAccessible::Role TimelineNodeAccessible::role() const
{
    return QAccessible::ListItem;
}

QAccessible::State TimelineNodeAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.selectable = true;
    state.focusable = true;
    const bool selected = m_index == m_timeline->selectedIndex();
    state.selected = selected;
    state.focused = selected && m_timeline->hasFocus();
    if (!m_timeline->isVisible()) {
        state.invisible = true;
    } else if (!m_timeline->viewport()->rect().intersects(m_timeline->rowRect(m_index))) {
        state.offscreen = true;
    }
    return state;
}

} // namespace parasol
