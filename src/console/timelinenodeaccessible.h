#pragma once

#include <QAccessibleInterface>
#include <QPointer>

namespace parasol {

class TimelineWidget;

// One node of a timeline as an accessible list item: its name, the sentence its tooltip
// says as description, its painted row as rect, selected and focused as the keyboard moves.
class TimelineNodeAccessible : public QAccessibleInterface
{
public:
    TimelineNodeAccessible(TimelineWidget *timeline, int index);

    int index() const { return m_index; }
    const TimelineWidget *timeline() const { return m_timeline; }

    bool isValid() const override;
    QObject *object() const override;
    QWindow *window() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text t, const QString &text) override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;

private:
    QPointer<TimelineWidget> m_timeline;
    int m_index;
};

} // namespace parasol
