#pragma once

#include "protocol/calloffer.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace parasol {

// The bar above the customer panel while a call routed to this seat is on: the number,
// the matched customer (masked), their age, the elder badge and the queue. It never
// takes the focus from what the agent is typing and nothing on it closes by itself:
// F2 (or its button) opens the caller, F4 (or its button) wraps the call up.
class IncomingCallBar : public QFrame
{
    Q_OBJECT
public:
    explicit IncomingCallBar(QWidget *parent = nullptr);

    // Shows the bar for `call` (replacing any other).
    void showCall(const CallOffer &call);
    // A line under the caller, e.g. why their record could not be opened; empty hides it.
    void setNote(const QString &note);
    const std::optional<CallOffer> &call() const { return m_call; }
    // Hides the bar; the call is over.
    void dismiss();

Q_SIGNALS:
    void openRequested();
    void wrapUpRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::optional<CallOffer> m_call;
    QLabel *m_title;
    QLabel *m_number;
    QLabel *m_caller;
    QLabel *m_age;
    QLabel *m_elderBadge;
    QLabel *m_queue;
    QLabel *m_note;
    QPushButton *m_open;
    QPushButton *m_wrapUp;
};

} // namespace parasol
