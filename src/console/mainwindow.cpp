#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "consolesession.h"
#include "consolesettings.h"
#include "customerpanel.h"
#include "ebillpanel.h"
#include "incomingcallbar.h"
#include "notedialog.h"
#include "pricescandialog.h"
#include "searchresultsmodel.h"
#include "settingsdialog.h"
#include "timelinewidget.h"

#include "cache/customerview.h"
#include "cache/outboxstore.h"
#include "cache/replicastore.h"
#include "core/access.h"
#include "core/phonenumbers.h"
#include "core/user.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace parasol {

namespace {
constexpr int kSearchDelayMs = 200;
constexpr int kMessageMs = 30'000;

QString searchOfflineMessage()
{
    return MainWindow::tr("No customer found in the local cache, and the central service cannot be reached to look further.");
}

QString fetchOfflineMessage()
{
    return MainWindow::tr("This customer is not in the local cache, and the central service cannot be reached: "
                          "open them again when the console is back online.");
}
} // namespace

MainWindow::MainWindow(ConsoleSession &session, ConsoleSettings &settings, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_settings(settings)
    , m_clock(clock)
    , m_results(new SearchResultsModel(this))
    , m_userLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_syncProgress(new QProgressBar(this))
    , m_timeline(new TimelineWidget(this))
    , m_ebill(new EbillPanel(this))
    , m_callBar(new IncomingCallBar(this))
{
    m_ui->setupUi(this);
    // The incoming-call bar sits above the customer panel.
    auto *customerColumn = new QWidget(this);
    auto *column = new QVBoxLayout(customerColumn);
    column->setContentsMargins(0, 0, 0, 0);
    m_ui->splitter->replaceWidget(1, customerColumn);
    column->addWidget(m_callBar);
    column->addWidget(m_ui->customerPanel, 1);
    m_ui->customerPanel->show();
    setWindowIcon(QIcon(QStringLiteral(":/icons/parasol.svg")));
    m_ui->searchEdit->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_ui->resultsView->setModel(m_results);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 300, 1000 });

    // The activated order's timeline, with the selected node's e-bill beside it, as a page
    // of the customer's sections.
    m_timelinePage = new QSplitter(Qt::Horizontal, this);
    m_ui->customerPanel->setSection(m_timelinePage, TimelineWidget::tr("Service timeline"));
    m_timelinePage->addWidget(m_timeline);
    m_timelinePage->addWidget(m_ebill);
    m_timelinePage->setStretchFactor(0, 1);
    m_timelinePage->setStretchFactor(1, 1);
    m_ebill->hide();
    connect(m_ui->customerPanel, &CustomerPanel::orderActivated, this, &MainWindow::showOrderTimeline);
    connect(m_timeline, &TimelineWidget::selectedIndexChanged, this, &MainWindow::showSelectedEbill);

    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->setRange(0, 0);
    m_syncProgress->hide();
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncLabel);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    connect(m_ui->resultsView, &QListView::activated, this, &MainWindow::onResultActivated);
    connect(m_ui->resultsView, &QListView::clicked, this, &MainWindow::onResultActivated);
    connect(m_ui->syncAction, &QAction::triggered, this, [this] {
        m_syncProgress->show();
        m_session.syncNow();
    });
    // Leads and admins may run price protection over every line; others never see the action.
    m_ui->priceScanAction->setVisible(m_session.isLoggedIn()
                                      && isAllowed(m_session.user().role, Permission::ScanPriceProtection));
    connect(m_ui->priceScanAction, &QAction::triggered, this, [this] {
        auto *dialog = new PriceScanDialog(m_session.client(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        dialog->start();
    });
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(&m_session, &ConsoleSession::synced, this, &MainWindow::onSynced);
    connect(&m_session, &ConsoleSession::syncFailed, this, &MainWindow::onSyncFailed);
    connect(&m_session, &ConsoleSession::onlineChanged, this, &MainWindow::updateStatus);
    connect(m_ui->customerPanel, &CustomerPanel::noteWritten, this,
            [this](const QString &customerId, const QString &reason, const QString &text) {
                queueWrite(QStringLiteral("contact.note"),
                           { { QStringLiteral("customer_id"), customerId },
                             { QStringLiteral("reason"), reason },
                             { QStringLiteral("text"), text } },
                           customerId);
            });
    connect(m_ui->customerPanel, &CustomerPanel::claimRequested, this,
            [this](const QString &customerId, const QString &orderLineId, const QString &idempotencyKey) {
                queueWrite(QStringLiteral("price_protect.claim"),
                           { { QStringLiteral("order_line_id"), orderLineId },
                             { QStringLiteral("idempotency_key"), idempotencyKey } },
                           customerId);
            });
    connect(&m_session, &ConsoleSession::callRouted, this, &MainWindow::onCallRouted);
    connect(m_callBar, &IncomingCallBar::openRequested, this, &MainWindow::openCaller);
    connect(m_callBar, &IncomingCallBar::wrapUpRequested, this, &MainWindow::wrapUpCall);
    connect(m_ui->customerPanel, &CustomerPanel::ticketRequested, this,
            [this](const QString &customerId, const QString &orderLineId, const QString &kind, const QString &description) {
                queueWrite(QStringLiteral("ticket.open"),
                           { { QStringLiteral("order_line_id"), orderLineId },
                             { QStringLiteral("kind"), kind },
                             { QStringLiteral("description"), description } },
                           customerId);
            });
    connect(m_ui->customerPanel, &CustomerPanel::complaintRequested, this,
            [this](const QString &customerId, const QString &orderNo, const QString &category, const QString &text) {
                queueWrite(QStringLiteral("complaint.open"),
                           { { QStringLiteral("customer_id"), customerId },
                             { QStringLiteral("order_no"), orderNo },
                             { QStringLiteral("category"), category },
                             { QStringLiteral("text"), text } },
                           customerId);
            });
    connect(m_ui->customerPanel, &CustomerPanel::revealRequested, this,
            [this](const QString &customerId, const QString &field) {
                queueWrite(QStringLiteral("customer.reveal"),
                           { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("field"), field } },
                           customerId);
            });
    // A note or a claim queued or answered shows at once in the customer's contacts.
    connect(&m_session, &ConsoleSession::outboxChanged, this, [this] {
        if (!m_customerId.isEmpty())
            showCustomer(m_customerId);
    });

    m_session.setIdleLimitDays(m_settings.idleDays());
    if (m_session.isLoggedIn()) {
        m_ui->customerPanel->setRevealAllowed(isAllowed(m_session.user().role, Permission::RevealPersonalData));
        m_results->setReplica(&m_session.replica());
        m_lastSyncMs = m_clock.nowMs();
    }
    updateStatus();
    m_ui->searchEdit->setFocus();
}

MainWindow::~MainWindow() = default;

CustomerPanel *MainWindow::customerPanel() const
{
    return m_ui->customerPanel;
}

void MainWindow::search(const QString &text)
{
    m_ui->searchEdit->setText(text);
    runSearch();
}

// What the search found, said as a new caller's when the search is the caller's number,
// also when central's answer comes later.
void MainWindow::setResultsText(const QString &text)
{
    const bool newCaller = !m_newCallerSearch.isEmpty() && m_ui->searchEdit->text() == m_newCallerSearch;
    m_ui->resultsLabel->setText(newCaller ? tr("New caller. %1").arg(text) : text);
}

void MainWindow::runSearch()
{
    m_searchDelay.stop();
    const QString text = m_ui->searchEdit->text();
    if (Status searched = m_results->search(text); !searched) {
        setResultsText(searched.error().message);
        return;
    }
    m_centralSearch.clear();
    const int found = m_results->rowCount();
    if (text.trimmed().isEmpty())
        m_ui->resultsLabel->clear();
    else if (found == 0 && m_session.isLoggedIn())
        searchAtCentral(text);
    else if (found == 0)
        setResultsText(tr("No customer found."));
    else
        setResultsText(tr("%n customer(s) found.", nullptr, found));
    // One match is the caller: open them at once.
    if (found == 1) {
        const QModelIndex only = m_results->index(0);
        m_ui->resultsView->setCurrentIndex(only);
        onResultActivated(only);
    }
}

void MainWindow::searchAtCentral(const QString &text)
{
    if (!m_session.isOnline()) {
        setResultsText(searchOfflineMessage());
        return;
    }
    setResultsText(tr("Not in the local cache; asking the central service…"));
    m_centralSearch = text;
    m_session.findAtCentral(text, [self = QPointer(this), text](Result<QJsonArray> found) {
        if (!self || self->m_centralSearch != text)
            return; // the agent searched for something else meanwhile
        self->m_centralSearch.clear();
        if (!found) {
            self->setResultsText(found.error().code == u"offline" ? searchOfflineMessage() : found.error().message);
            return;
        }
        self->m_results->showFromCentral(*found);
        const int count = self->m_results->rowCount();
        self->setResultsText(count == 0 ? tr("No customer found.")
                                        : tr("%n customer(s) found at the central service.", nullptr, count));
        if (count == 1) {
            const QModelIndex only = self->m_results->index(0);
            self->m_ui->resultsView->setCurrentIndex(only);
            self->onResultActivated(only);
        }
    });
}

void MainWindow::onResultActivated(const QModelIndex &index)
{
    if (index.isValid())
        openCustomer(index.data(SearchResultsModel::CustomerIdRole).toString());
}

bool MainWindow::openCustomer(const QString &customerId)
{
    if (!m_session.isLoggedIn())
        return false;
    if (showCustomer(customerId)) {
        // Needed now: the customer stays in the local cache for a while more.
        if (Status used = m_session.useCustomer(customerId); !used)
            statusBar()->showMessage(used.error().message, 10'000);
        return true;
    }
    fetchCustomer(customerId);
    return false;
}

void MainWindow::fetchCustomer(const QString &customerId)
{
    if (customerId.isEmpty() || m_fetchingCustomerId == customerId)
        return;
    if (!m_session.isOnline()) {
        statusBar()->showMessage(fetchOfflineMessage(), kMessageMs);
        return;
    }
    m_fetchingCustomerId = customerId;
    statusBar()->showMessage(tr("Fetching the customer from the central service…"));
    m_session.fetchCustomer(customerId, [self = QPointer(this), customerId](Status fetched) {
        if (!self)
            return;
        self->m_fetchingCustomerId.clear();
        if (!fetched) {
            self->statusBar()->showMessage(
                fetched.error().code == u"offline"
                    ? fetchOfflineMessage()
                    : tr("The customer could not be fetched from the central service: %1").arg(fetched.error().message),
                kMessageMs);
            return;
        }
        self->statusBar()->clearMessage();
        self->showCustomer(customerId);
    });
}

bool MainWindow::showCustomer(const QString &customerId)
{
    auto view = CustomerView::load(m_session.replica(), customerId, m_clock.nowMs());
    if (!view) {
        statusBar()->showMessage(view.error().message, 10'000);
        return false;
    }
    if (!*view) {
        m_customerId.clear();
        m_ui->customerPanel->clear();
        return false;
    }
    auto outbox = m_session.outbox().entriesOf(customerId);
    if (!outbox)
        statusBar()->showMessage(outbox.error().message, 10'000);
    m_customerId = customerId;
    m_ui->customerPanel->showCustomer(**view, outbox ? *outbox : QList<OutboxEntry>());
    const auto shown = std::find_if((*view)->orders.cbegin(), (*view)->orders.cend(),
                                    [this](const OrderView &order) { return order.order.orderNo == m_timelineOrderNo; });
    if (shown == (*view)->orders.cend()) {
        m_timelineOrderNo.clear();
        m_timeline->setModel({});
    } else if (auto timeline = TimelineModel::load(m_session.replica(), *shown)) {
        // A sync that brings news of the same order keeps the node the agent chose.
        const bool sameOrder = m_timeline->model().orderNo() == m_timelineOrderNo;
        const int chosen = m_timeline->selectedIndex();
        m_timeline->setModel(*timeline);
        if (sameOrder && chosen >= 0)
            m_timeline->setSelectedIndex(chosen);
    }
    return true;
}

bool MainWindow::queueWrite(const QString &type, const QJsonObject &data, const QString &customerId)
{
    auto queued = m_session.queue(type, data, customerId);
    if (!queued)
        statusBar()->showMessage(queued.error().message, 10'000);
    return queued.ok();
}

void MainWindow::onCallRouted(const QJsonObject &call)
{
    auto offer = CallOfferCodec::parse(call);
    if (!offer) {
        qWarning("parasol: ignored a call message: %s", qPrintable(offer.error().message));
        return;
    }
    if (isWrappedUpHere(offer->id))
        return;
    m_customerIdWhenRang = m_customerId;
    m_callBar->showCall(*offer);
    // The seat's queue is part of its working set: fetch the caller while the phone rings,
    // so that one key opens them from the cache.
    if (offer->isKnownCaller()) {
        auto held = m_session.replica().holdsCustomer(offer->customerId);
        if (held && !*held)
            fetchCustomer(offer->customerId);
    }
}

// Central sends an unfinished call again when the console reconnects, which can be before
// this console has pushed the wrap-up it queued offline.
bool MainWindow::isWrappedUpHere(const QString &callId) const
{
    auto waiting = m_session.outbox().pending(std::numeric_limits<int>::max());
    return waiting && std::any_of(waiting->cbegin(), waiting->cend(), [&callId](const OutboxEntry &entry) {
               return entry.type == u"call.wrap_up" && entry.data.value(QLatin1String("call_id")).toString() == callId;
           });
}

void MainWindow::openCaller()
{
    const std::optional<CallOffer> &call = m_callBar->call();
    if (!call)
        return;
    if (!call->isKnownCaller()) {
        m_newCallerSearch = PhoneNumbers::nationalNumber(call->ani);
        search(m_newCallerSearch);
        return;
    }
    // Opened at once, or being fetched from central (not in this console's working set yet).
    if (openCustomer(call->customerId) || m_fetchingCustomerId == call->customerId) {
        m_callBar->setNote({});
        return;
    }
    const QString why = tr("The caller's record could not be opened; search for them by phone or name.");
    m_callBar->setNote(why);
    statusBar()->showMessage(why, 10'000);
}

void MainWindow::wrapUpCall()
{
    if (!m_callBar->call())
        return;
    auto *dialog = new NoteDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Wrap up the call"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, call = *m_callBar->call()] {
        // A new caller the agent found and opened during the call is who the call was about.
        QString customerId = call.customerId;
        if (!call.isKnownCaller() && m_customerId != m_customerIdWhenRang)
            customerId = m_customerId;
        const QJsonObject data { { QStringLiteral("call_id"), call.id },
                                 { QStringLiteral("reason"), dialog->reason() },
                                 { QStringLiteral("text"), dialog->text() },
                                 { QStringLiteral("customer_id"), customerId.isEmpty() ? QJsonValue() : QJsonValue(customerId) } };
        // The outbox files every entry under a customer; a call about no one under "" (never null).
        const QString filedUnder = customerId.isEmpty() ? QStringLiteral("") : customerId;
        if (queueWrite(QStringLiteral("call.wrap_up"), data, filedUnder) && m_callBar->call() && m_callBar->call()->id == call.id)
            m_callBar->dismiss();
    });
    dialog->open();
}

bool MainWindow::showOrderTimeline(const QString &orderNo)
{
    if (m_customerId.isEmpty())
        return false;
    m_timelineOrderNo = orderNo;
    showCustomer(m_customerId);
    m_ui->customerPanel->showSection(m_timelinePage);
    return m_timeline->model().orderNo() == orderNo;
}

void MainWindow::showSelectedEbill()
{
    const int selected = m_timeline->selectedIndex();
    const QList<EbillLine> bill = selected >= 0 ? m_timeline->model().ebill(selected) : QList<EbillLine>();
    m_ebill->setLines(bill);
    m_ebill->setVisible(!bill.isEmpty());
}

void MainWindow::onSynced()
{
    m_syncError.reset();
    m_lastSyncMs = m_clock.nowMs();
    m_syncProgress->hide();
    // What is on screen may have changed: show it as the replica has it now.
    if (!m_customerId.isEmpty())
        showCustomer(m_customerId);
    updateStatus();
}

void MainWindow::onSyncFailed(const Error &error)
{
    m_syncError = error;
    m_syncProgress->hide();
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (m_session.isLoggedIn()) {
        const User &user = m_session.user();
        const QString seat = m_session.seat() == Seat::Elder ? tr("elder-care seat") : tr("general seat");
        m_userLabel->setText(tr("%1 at %2, %3")
                                 .arg(user.displayName.isEmpty() ? user.login : user.displayName,
                                      m_session.central().host(), seat));
    }
    if (m_syncError) {
        m_syncLabel->setText(tr("Sync stopped: %1").arg(m_syncError->message));
        m_syncLabel->setProperty("offline", true);
    } else if (m_session.isLoggedIn() && !m_session.isOnline()) {
        m_syncLabel->setText(tr("Working offline from the local cache; reconnecting…"));
        m_syncLabel->setProperty("offline", true);
    } else {
        const QString time = QDateTime::fromMSecsSinceEpoch(m_lastSyncMs).toString(QStringLiteral("HH:mm"));
        m_syncLabel->setText(m_lastSyncMs ? tr("Synced at %1").arg(time) : QString());
        m_syncLabel->setProperty("offline", false);
    }
    // The theme colours the label by this property: re-polish it.
    m_syncLabel->style()->unpolish(m_syncLabel);
    m_syncLabel->style()->polish(m_syncLabel);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session.setIdleLimitDays(m_settings.idleDays());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_timelinePage)
            m_ui->customerPanel->setSection(m_timelinePage, TimelineWidget::tr("Service timeline"));
        updateStatus();
        if (!m_ui->searchEdit->text().isEmpty())
            runSearch();
    }
    QMainWindow::changeEvent(event);
}

} // namespace parasol
