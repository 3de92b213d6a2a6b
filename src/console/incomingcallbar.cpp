#include "incomingcallbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace parasol {

namespace {

QLabel *label(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

IncomingCallBar::IncomingCallBar(QWidget *parent)
    : QFrame(parent)
    , m_title(label(QStringLiteral("callTitle"), this))
    , m_number(label(QStringLiteral("callNumber"), this))
    , m_caller(label(QStringLiteral("callCaller"), this))
    , m_age(label(QStringLiteral("callAge"), this))
    , m_elderBadge(label(QStringLiteral("callElderBadge"), this))
    , m_queue(label(QStringLiteral("callQueue"), this))
    , m_note(label(QStringLiteral("callNote"), this))
    , m_open(new QPushButton(this))
    , m_wrapUp(new QPushButton(this))
{
    setObjectName(QStringLiteral("incomingCallBar"));
    setFocusPolicy(Qt::NoFocus);
    // Reached with Tab or their keys, never given the focus by the call's arrival.
    m_open->setFocusPolicy(Qt::TabFocus);
    m_wrapUp->setFocusPolicy(Qt::TabFocus);
    m_open->setObjectName(QStringLiteral("callOpenButton"));
    m_wrapUp->setObjectName(QStringLiteral("callWrapUpButton"));
    m_note->setWordWrap(true);

    auto *caller = new QHBoxLayout;
    caller->setSpacing(12);
    for (QWidget *w : std::initializer_list<QWidget *> { m_title, m_number, m_caller, m_age, m_elderBadge, m_queue })
        caller->addWidget(w);
    caller->addStretch(1);
    caller->addWidget(m_open);
    caller->addWidget(m_wrapUp);
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(12, 8, 12, 8);
    rows->addLayout(caller);
    rows->addWidget(m_note);

    connect(m_open, &QPushButton::clicked, this, &IncomingCallBar::openRequested);
    connect(m_wrapUp, &QPushButton::clicked, this, &IncomingCallBar::wrapUpRequested);
    // Window-wide keys, active only while the bar is shown.
    auto *openKey = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(openKey, &QShortcut::activated, this, &IncomingCallBar::openRequested);
    auto *wrapUpKey = new QShortcut(QKeySequence(Qt::Key_F4), this);
    connect(wrapUpKey, &QShortcut::activated, this, &IncomingCallBar::wrapUpRequested);

    retranslate();
    setNote({});
    hide();
}

void IncomingCallBar::showCall(const CallOffer &call)
{
    m_call = call;
    setNote({});
    retranslate();
    show();
}

void IncomingCallBar::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void IncomingCallBar::dismiss()
{
    m_call.reset();
    hide();
}

void IncomingCallBar::retranslate()
{
    m_title->setText(tr("Incoming call"));
    m_open->setText(tr("Open (F2)"));
    m_wrapUp->setText(tr("Wrap up (F4)"));
    m_elderBadge->setText(tr("Elder care"));
    if (!m_call)
        return;
    const CallOffer &call = *m_call;
    // A known caller's number is shown masked like everywhere else; a new caller's in full,
    // as the agent needs it to take their details.
    m_number->setText(call.isKnownCaller() && !call.phoneMasked.isEmpty() ? call.phoneMasked : call.ani);
    m_caller->setText(call.isKnownCaller() ? call.nameMasked : tr("New caller"));
    m_age->setText(call.age ? tr("%n year(s)", nullptr, *call.age) : QString());
    m_age->setVisible(call.age.has_value());
    m_elderBadge->setVisible(call.elder);
    m_queue->setText(call.queue == Seat::Elder ? tr("Elder-care queue") : tr("General queue"));
    setAccessibleName(tr("Incoming call from %1").arg(m_caller->text()));
}

void IncomingCallBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace parasol
