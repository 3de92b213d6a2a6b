#pragma once

#include "core/result.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace parasol {

class CentralClient;

// A lead's price-protection scan over every order line (RULES.md §1, price-protect/scan):
// a dry run first, page by page with a progress bar, then a summary of what would be
// paid and a Pay button that runs the real scan and shows what it paid. Between pages the
// run can be cancelled; a run stopped (cancelled, offline, refused) says so and can go on
// from where it stopped. Paying a page again pays nothing more: central keys each payout
// by (line, price drop); and as the real run sends its own id with each page, a page paid
// whose answer was lost is still counted in the run's totals when Continue asks for it again.
class PriceScanDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kPageLines = 500;

    explicit PriceScanDialog(CentralClient &client, QWidget *parent = nullptr);

    // Starts the dry run.
    void start();
    bool isRunning() const { return m_running; }

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Stage { DryRun, RealRun };
    struct Counts
    {
        qint64 scanned = 0;
        qint64 eligible = 0;
        qint64 eligibleTotalFen = 0; // what the eligible lines are due
        qint64 claimsPaid = 0;
        qint64 paidTotalFen = 0;
    };

    void begin(Stage stage);
    void requestPage();
    void onPage(const Result<QJsonObject> &page);
    void resume();
    void updateView();
    QString intro() const;
    QString message() const;

    CentralClient &m_client;
    QLabel *m_intro;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QFormLayout *m_summary;
    QLabel *m_scannedValue;
    QLabel *m_eligibleValue;
    QLabel *m_claimsValue;
    QLabel *m_amountValue;
    QLabel *m_message;
    QPushButton *m_payButton;
    QPushButton *m_continueButton;
    QPushButton *m_closeButton;

    Stage m_stage = Stage::DryRun;
    QString m_runId; // the real run's, sent with each of its pages; empty on a dry run
    Counts m_counts;
    qint64 m_total = 0; // order lines in all, as central counted them on the last page
    QString m_after; // the cursor of the next page; empty before the first
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_stopped = false; // cancelled between pages
    std::optional<Error> m_error;
};

} // namespace parasol
