#include "pricescandialog.h"

#include "sync/centralclient.h"

#include "core/money.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace parasol {

namespace {

QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PriceScanDialog::PriceScanDialog(CentralClient &client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_intro(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_summary(new QFormLayout)
    , m_scannedValue(valueLabel("scannedValue", this))
    , m_eligibleValue(valueLabel("eligibleValue", this))
    , m_claimsValue(valueLabel("claimsValue", this))
    , m_amountValue(valueLabel("amountValue", this))
    , m_message(new QLabel(this))
    , m_payButton(new QPushButton(this))
    , m_continueButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setTextVisible(false);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setProperty("offline", true); // the theme's warning colour
    m_payButton->setObjectName(QStringLiteral("payButton"));
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    // The labels' texts come from updateView(), so a language change redraws them all.
    for (QLabel *value : { m_scannedValue, m_eligibleValue, m_claimsValue, m_amountValue })
        m_summary->addRow(new QLabel(this), value);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_payButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_continueButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_payButton, &QPushButton::clicked, this, [this] { begin(Stage::RealRun); });
    connect(m_continueButton, &QPushButton::clicked, this, &PriceScanDialog::resume);
    connect(m_closeButton, &QPushButton::clicked, this, &PriceScanDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addLayout(m_summary);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateView();
}

void PriceScanDialog::start()
{
    begin(Stage::DryRun);
}

void PriceScanDialog::begin(Stage stage)
{
    m_stage = stage;
    // A new id for each real run: a page asked again (Continue after a lost answer) is
    // counted by central as this run's, with what the lost answer would have said.
    m_runId = stage == Stage::RealRun ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    m_counts = {};
    m_total = 0;
    m_after.clear();
    m_finished = false;
    requestPage();
}

void PriceScanDialog::resume()
{
    if (!m_running && !m_finished)
        requestPage();
}

void PriceScanDialog::requestPage()
{
    m_running = true;
    m_stopped = false;
    m_cancelRequested = false;
    m_error.reset();
    updateView();
    QJsonObject body { { QStringLiteral("dry_run"), m_stage == Stage::DryRun },
                       { QStringLiteral("after"), m_after.isEmpty() ? QJsonValue::Null : QJsonValue(m_after) },
                       { QStringLiteral("limit"), kPageLines } };
    if (!m_runId.isEmpty())
        body.insert(QStringLiteral("run_id"), m_runId);
    // The dialog may be closed while a page is on its way: then nothing more is asked.
    m_client.request("POST", QStringLiteral("/api/v1/price-protect/scan"), body,
                     [self = QPointer(this)](const Result<QJsonObject> &page) {
                         if (self)
                             self->onPage(page);
                     });
}

void PriceScanDialog::onPage(const Result<QJsonObject> &page)
{
    m_running = false;
    if (!page) {
        m_error = page.error();
        updateView();
        return;
    }
    m_counts.scanned += page->value(QLatin1String("scanned")).toInteger();
    m_counts.eligible += page->value(QLatin1String("eligible")).toInteger();
    m_counts.eligibleTotalFen += page->value(QLatin1String("eligible_total_fen")).toInteger();
    m_counts.claimsPaid += page->value(QLatin1String("claims_paid")).toInteger();
    m_counts.paidTotalFen += page->value(QLatin1String("paid_total_fen")).toInteger();
    m_total = page->value(QLatin1String("total")).toInteger();
    m_after = page->value(QLatin1String("next")).toString();
    if (!m_after.isEmpty() && !m_cancelRequested) {
        requestPage();
        return;
    }
    m_finished = m_after.isEmpty();
    m_stopped = !m_finished;
    updateView();
}

void PriceScanDialog::reject()
{
    // While a page is out, cancelling waits for its answer: its counts are part of what was done.
    if (m_running) {
        m_cancelRequested = true;
        updateView();
        return;
    }
    QDialog::reject();
}

QString PriceScanDialog::intro() const
{
    if (m_stage == Stage::DryRun && !m_finished)
        return tr("Dry run: every order line is checked for a price drop to pay now. Nothing is paid.");
    if (m_stage == Stage::DryRun)
        return m_counts.eligible > 0 ? tr("Dry run done; nothing has been paid. Pay files and pays these claims now, "
                                          "each drop once.")
                                     : tr("Dry run done: no line has a price drop to pay now.");
    if (!m_finished)
        return tr("Paying: each line's claim for the price in effect now is filed and paid, each drop once.");
    return m_counts.claimsPaid > 0 ? tr("Paid. Each claim is on its customer's record.")
                                   : tr("Nothing was paid: no drop was due any more.");
}

QString PriceScanDialog::message() const
{
    const QString done = tr("%1 of %2 lines").arg(QLocale().toString(m_counts.scanned), QLocale().toString(m_total));
    if (m_error && m_error->code == u"offline")
        return tr("The central service cannot be reached; the scan stopped after %1. Nothing is lost: what was paid "
                  "stays paid. Continue goes on from there.")
            .arg(done);
    if (m_error && m_error->code == u"forbidden")
        return tr("Your account may not run price-protection scans.");
    if (m_error)
        return tr("The scan stopped after %1: %2").arg(done, m_error->message);
    if (m_running && m_cancelRequested)
        return tr("Stopping after this page…");
    if (m_stopped)
        return m_stage == Stage::DryRun ? tr("Dry run stopped after %1.").arg(done)
                                        : tr("Stopped after %1; the claims paid so far stay paid.").arg(done);
    return QString();
}

void PriceScanDialog::updateView()
{
    setWindowTitle(tr("Price-protection scan"));
    const bool real = m_stage == Stage::RealRun;
    m_intro->setText(intro());

    const int total = int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(m_finished ? std::max(1, total) : int(std::min<qint64>(m_counts.scanned, total)));
    m_progressText->setText(m_total > 0 ? tr("%1 of %2 lines")
                                              .arg(QLocale().toString(m_counts.scanned), QLocale().toString(m_total))
                                        : QString());

    const struct
    {
        QLabel *value;
        QString label;
        QString text;
        bool shown;
    } rows[] = {
        { m_scannedValue, tr("Lines scanned:"), QLocale().toString(m_counts.scanned), true },
        { m_eligibleValue, real ? tr("Eligible lines:") : tr("Eligible lines (would be paid):"),
          QLocale().toString(m_counts.eligible), true },
        { m_claimsValue, tr("Claims paid:"), QLocale().toString(m_counts.claimsPaid), real },
        { m_amountValue, real ? tr("Total paid:") : tr("Total to pay:"),
          Money::fromFen(real ? m_counts.paidTotalFen : m_counts.eligibleTotalFen).toDisplayString(), true },
    };
    for (const auto &row : rows) {
        auto *label = qobject_cast<QLabel *>(m_summary->labelForField(row.value));
        label->setText(row.label);
        row.value->setText(row.text);
        m_summary->setRowVisible(row.value, row.shown);
    }

    const QString text = message();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());

    m_payButton->setText(tr("&Pay"));
    m_payButton->setVisible(!real && m_finished);
    m_payButton->setEnabled(!m_running && m_counts.eligible > 0);
    m_continueButton->setText(tr("C&ontinue"));
    m_continueButton->setVisible(!m_running && !m_finished && (m_error || m_stopped));
    m_closeButton->setText(m_running ? tr("&Cancel") : tr("C&lose"));
    m_closeButton->setEnabled(!m_cancelRequested || !m_running);
}

void PriceScanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateView();
    QDialog::changeEvent(event);
}

} // namespace parasol
