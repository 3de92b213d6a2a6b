#pragma once

#include "core/ebillline.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace parasol {

// A ticket's e-bill (RULES.md §4): each part with its unit price, quantity and the brand's
// standard price; a line charged above standard is flagged with the difference; the total.
class EbillPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { PartColumn, UnitPriceColumn, QtyColumn, StandardPriceColumn, FlagColumn, ColumnCount };

    explicit EbillPanel(QWidget *parent = nullptr);

    void setLines(const QList<EbillLine> &lines);
    const QList<EbillLine> &lines() const { return m_lines; }
    QTableWidget *table() const { return m_table; }
    QString totalText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QLabel *m_title;
    QTableWidget *m_table;
    QLabel *m_total;
    QList<EbillLine> m_lines;
};

} // namespace parasol
