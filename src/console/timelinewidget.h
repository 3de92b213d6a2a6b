#pragma once

#include "timelinemodel.h"

#include <QAbstractScrollArea>

namespace parasol {

// An order's service timeline, painted: one row per node in order, each with a shape and a
// word for its deadline state besides the colour (● on time, ▲ amber, ■ overdue, ○ to come),
// its time or due time, and who acted; the engineer's verifications on the engineer's nodes.
// The node where the order stands is highlighted, nodes to come are faded. Arrow keys, Home,
// End and the page keys move the selection. Every node is an accessible list item
// (TimelineAccessible) whose description is the sentence its tooltip shows; the selected item
// is announced as the selection moves. Only visible rows are painted.
class TimelineWidget : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    // Shows `model` and selects its current node (or its last node when none is current).
    void setModel(const TimelineModel &model);
    const TimelineModel &model() const { return m_model; }
    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index);
    // The node row at a viewport position, or -1.
    int indexAt(const QPoint &viewportPos) const;
    QRect rowRect(int index) const; // in viewport coordinates

    // The colour that goes with each deadline state (always next to its shape and word).
    static QColor stateColor(TimelineModel::Shape shape);

    QSize sizeHint() const override;

Q_SIGNALS:
    void selectedIndexChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void paintRow(QPainter &painter, int index, const QRect &rect);
    void paintShape(QPainter &painter, TimelineModel::Shape shape, QPointF center);
    void updateScrollBar();
    void updateAccessibleName();
    void notifyAccessibleSelection();

    TimelineModel m_model;
    int m_selected = -1;
};

} // namespace parasol
