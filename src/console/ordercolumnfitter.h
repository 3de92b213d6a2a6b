#pragma once

#include <QObject>

class QTreeView;

namespace parasol {

// Shares the order tree's width between its columns (OrderTreeModel's): the order numbers
// always in full, the short columns (brand, category, quantity, paid, placed) at their
// contents' width, and the long texts (service node, price protection, entitlements) at
// theirs while the view is wide enough, narrower and elided (with a tooltip) when not; the
// item column takes what is left. Refits when the view is resized.
class OrderColumnFitter : public QObject
{
    Q_OBJECT
public:
    explicit OrderColumnFitter(QTreeView *view);

    // After the rows changed (a customer shown, an order expanded).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The widest order number, as drawn with the expand arrow.
    int orderNumbersWidth() const;

    QTreeView *m_view;
};

} // namespace parasol
