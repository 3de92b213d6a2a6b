#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QProgressBar;
class QSplitter;

namespace Ui {
class MainWindow;
}

namespace parasol {

class ConsoleSession;
class ConsoleSettings;
class CustomerPanel;
class EbillPanel;
class IncomingCallBar;
class TimelineWidget;
class SearchResultsModel;

// The agent's screen: a search box (phone, order number, name), the customers found,
// and the chosen customer's panel. Everything it shows comes from the local replica,
// which holds this console's working set: a customer it does not hold is looked up at
// central, brought into the replica, and shown from there.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `clock` is "now" for ages and service deadlines.
    MainWindow(ConsoleSession &session, ConsoleSettings &settings, const Clock &clock = Clock::system(),
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Types `text` into the search box and searches at once (no typing delay).
    void search(const QString &text);
    // Opens a customer from the replica: true when shown at once. When the replica does not
    // hold them, fetches them from central (online) and shows them when they arrived, or
    // says why it cannot (offline, unknown); false then.
    bool openCustomer(const QString &customerId);
    CustomerPanel *customerPanel() const;
    // Shows the service timeline of one of the open customer's orders under their panel;
    // false when the customer has no such order.
    bool showOrderTimeline(const QString &orderNo);
    TimelineWidget *timelineWidget() const { return m_timeline; }
    EbillPanel *ebillPanel() const { return m_ebill; }
    IncomingCallBar *incomingCallBar() const { return m_callBar; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void runSearch();
    void setResultsText(const QString &text);
    // No local match for `text`: ask central and list what it finds.
    void searchAtCentral(const QString &text);
    // Shows the customer from the replica; false when it does not hold them.
    bool showCustomer(const QString &customerId);
    void fetchCustomer(const QString &customerId);
    void onResultActivated(const QModelIndex &index);
    void onSynced();
    void onSyncFailed(const parasol::Error &error);
    void showSettings();
    void updateStatus();
    // Queues a write for central; a failure to record it shows in the status bar (and answers false).
    bool queueWrite(const QString &type, const QJsonObject &data, const QString &customerId);
    void showSelectedEbill();
    void onCallRouted(const QJsonObject &call);
    bool isWrappedUpHere(const QString &callId) const;
    // F2 on the incoming-call bar: the caller's view, or a "new caller" search by their number.
    void openCaller();
    // F4: the wrap-up note, queued as call.wrap_up; the bar goes when it is queued.
    void wrapUpCall();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConsoleSession &m_session;
    ConsoleSettings &m_settings;
    const Clock &m_clock;
    SearchResultsModel *m_results;
    QTimer m_searchDelay;
    QLabel *m_userLabel;
    QLabel *m_syncLabel;
    QProgressBar *m_syncProgress;
    TimelineWidget *m_timeline;
    EbillPanel *m_ebill;
    IncomingCallBar *m_callBar;
    QString m_customerIdWhenRang; // who was on screen when the call came in
    QSplitter *m_timelinePage = nullptr; // the timeline and the e-bill, a page of the customer panel
    QString m_timelineOrderNo;
    QString m_customerId;
    QString m_newCallerSearch; // the unknown caller's number the call bar searched for
    QString m_fetchingCustomerId; // being fetched from central
    QString m_centralSearch; // the text central is being asked about
    qint64 m_lastSyncMs = 0;
    std::optional<Error> m_syncError;
};

} // namespace parasol
