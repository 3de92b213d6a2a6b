#include "ebillpanel.h"

#include "timelinewidget.h"

#include "core/money.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parasol {

EbillPanel::EbillPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_table(new QTableWidget(this)), m_total(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_total->setFont(bold);
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    fill();
}

void EbillPanel::setLines(const QList<EbillLine> &lines)
{
    m_lines = lines;
    fill();
}

QString EbillPanel::totalText() const
{
    Money total;
    Money above;
    for (const EbillLine &line : m_lines) {
        total += Money::fromFen(line.totalFen());
        above += Money::fromFen(line.overchargePerUnitFen()) * line.qty;
    }
    if (above.isZero())
        return tr("Total %1").arg(total.toDisplayString());
    return tr("Total %1 — ▲ %2 above the standard prices").arg(total.toDisplayString(), above.toDisplayString());
}

void EbillPanel::fill()
{
    m_title->setText(tr("E-bill"));
    m_table->setHorizontalHeaderLabels(
        { tr("Part"), tr("Unit price"), tr("Qty"), tr("Standard price"), tr("Above standard") });
    m_table->setRowCount(int(m_lines.size()));
    const QColor flagged = TimelineWidget::stateColor(TimelineModel::Shape::Overdue);
    for (int row = 0; row < m_lines.size(); ++row) {
        const EbillLine &line = m_lines.at(row);
        const Money difference = Money::fromFen(line.overchargePerUnitFen());
        const QString flag = line.isOvercharged()
                                 ? tr("▲ +%1 a unit, +%2 in all")
                                       .arg(difference.toDisplayString(), (difference * line.qty).toDisplayString())
                                 : tr("✓ standard");
        const QStringList cells { line.part, Money::fromFen(line.unitPriceFen).toDisplayString(),
                                  QString::number(line.qty), Money::fromFen(line.standardPriceFen).toDisplayString(),
                                  flag };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column != PartColumn && column != FlagColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (line.isOvercharged()) {
                item->setForeground(flagged);
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_total->setText(totalText());
}

void EbillPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

} // namespace parasol
