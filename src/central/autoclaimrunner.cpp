#include "autoclaimrunner.h"

#include "priceprotectservice.h"

#include "store/database.h"

#include <QDebug>

namespace parasol {

namespace {
// Lines per batch: small enough that a batch holds the loop for well under a second.
constexpr int kBatchLines = 100;
// After a database failure, the next attempt.
constexpr int kRetryMs = 5000;
} // namespace

AutoClaimRunner::AutoClaimRunner(Database &db, PriceProtectService &priceProtect, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_priceProtect(priceProtect)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &AutoClaimRunner::runBatch);
}

void AutoClaimRunner::wake()
{
    m_next.start(0);
}

void AutoClaimRunner::runBatch()
{
    bool more = false;
    if (Status ran = runOneBatch(more); !ran) {
        qWarning().noquote() << "parasol-central: automatic price protection:" << ran.error().message;
        m_next.start(kRetryMs);
        return;
    }
    if (more)
        m_next.start(0);
}

Status AutoClaimRunner::runOneBatch(bool &more)
{
    auto run = m_db.exec(QStringLiteral("SELECT price_event_id, sku, actor, after_line_id FROM price_protect_runs "
                                        "ORDER BY created_at, price_event_id LIMIT 1"));
    if (!run)
        return run.error();
    if (!run->next()) {
        more = false;
        return {};
    }
    const QString eventId = run->value(0).toString();
    const QString sku = run->value(1).toString();
    const QString actor = run->value(2).toString();
    const QString after = run->value(3).toString();
    run->finish();

    PriceProtectService::RunReport report;
    auto next = m_priceProtect.runSkuBatch(actor, sku, after, kBatchLines, report);
    if (!next)
        return next.error();
    auto recorded = next->isEmpty()
        ? m_db.exec(QStringLiteral("DELETE FROM price_protect_runs WHERE price_event_id = ?"), { eventId })
        : m_db.exec(QStringLiteral("UPDATE price_protect_runs SET after_line_id = ? WHERE price_event_id = ?"),
                    { *next, eventId });
    if (!recorded)
        return recorded.error();
    if (report.claimsPaid > 0)
        Q_EMIT paid();
    more = true; // this run's next batch, or the next run
    return {};
}

} // namespace parasol
