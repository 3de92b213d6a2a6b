#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace parasol {

class TimelineWidget;

// What assistive technology sees of the timeline: a list whose items are its nodes (see
// TimelineNodeAccessible), the selected one selected and, while the widget has focus, focused.
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineWidget *timeline);
    ~TimelineAccessible() override;

    // The factory for QAccessible::installFactory: this interface for a TimelineWidget.
    static QAccessibleInterface *create(const QString &className, QObject *object);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    TimelineWidget *timeline() const;

    // One registered interface per node index, made when first asked for and kept (an index
    // beyond a later, shorter order is simply invalid) until the widget goes.
    mutable QHash<int, QAccessible::Id> m_children;
};

} // namespace parasol
