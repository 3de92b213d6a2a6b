#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace parasol {

// An after-sales ticket for one order line: the kind (return, exchange, repair,
// installation) and what the customer describes. Keyboard first like the note editor:
// Tab moves between the fields, Ctrl+Enter opens the ticket, Esc cancels.
class TicketDialog : public QDialog
{
    Q_OBJECT
public:
    // `item`: the line as the agent reads it (its title), shown above the fields.
    explicit TicketDialog(const QString &item, QWidget *parent = nullptr);

    QString kind() const; // the wire name, e.g. "repair"
    QString description() const;
    void setKind(const QString &kind);
    void setDescription(const QString &description);

private:
    QComboBox *m_kind;
    QPlainTextEdit *m_description;
};

} // namespace parasol
