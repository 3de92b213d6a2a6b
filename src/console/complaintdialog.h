#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace parasol {

// A complaint by the customer: a first-level category (RULES.md §5), optionally one of
// their orders, and the complaint in their words. Tab moves between the fields,
// Ctrl+Enter opens the complaint, Esc cancels.
class ComplaintDialog : public QDialog
{
    Q_OBJECT
public:
    // `orderNos`: the customer's orders, most recent first; the complaint may name none.
    explicit ComplaintDialog(const QStringList &orderNos, QWidget *parent = nullptr);

    QString category() const; // the wire name, e.g. "after_sales_service"
    QString orderNo() const; // empty: about no particular order
    QString text() const;
    void setCategory(const QString &category);
    void setOrderNo(const QString &orderNo);
    void setText(const QString &text);

private:
    QComboBox *m_category;
    QComboBox *m_order;
    QPlainTextEdit *m_text;
};

} // namespace parasol
