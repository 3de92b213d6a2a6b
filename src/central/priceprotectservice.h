#pragma once

#include "store/auditlog.h"
#include "store/entitystore.h"

#include "core/claim.h"
#include "core/clock.h"

#include <QJsonArray>

namespace parasol {

// Price-protection claims (RULES.md §1, central-api.md): the service decides from its own
// rows, never from figures a client sends, and pays each drop of a line exactly once.
// The claim, its payout in the ledger and an audit entry are written in one transaction.
class PriceProtectService
{
public:
    PriceProtectService(Database &db, EntityStore &entities, const Clock &clock)
        : m_db(db)
        , m_entities(entities)
        , m_audit(db)
        , m_clock(clock)
    {
    }

    struct Answer
    {
        Claim claim;
        bool created = false; // false: an earlier claim answers (same key, or this drop already paid)
        // Set, and nothing written, when the request itself is refused: "not_found" (no
        // such line) or "conflict" (the key was used for another line).
        std::optional<Error> refusal;
    };

    // In its own transaction, retried when a concurrent twin got there first. A refusal
    // comes back as the Error.
    Result<Answer> claim(const QString &actor, const QString &orderLineId, const QString &idempotencyKey,
                         ClaimOrigin origin = ClaimOrigin::Manual);
    // Inside the caller's transaction (a push mutation, an automatic run). An Error is a
    // database failure: the caller rolls back.
    Result<Answer> claimIn(Transaction &tx, const QString &actor, const QString &orderLineId,
                           const QString &idempotencyKey, ClaimOrigin origin);

    // What an automatic run did, or would do on a dry run.
    struct RunReport
    {
        int scanned = 0; // lines looked at
        int eligible = 0; // lines with a drop to pay now
        qint64 eligibleTotalFen = 0; // what those lines are due (what a dry run would pay)
        int claimsPaid = 0;
        qint64 paidTotalFen = 0;
    };
    // Automatic price protection (RULES.md §1) over every line (the leads' scan): unless
    // `dryRun`, files and pays what is due, as `auto` claims keyed by (line, price event),
    // so a run repeated pays nothing more.
    //
    // `runId` (optional, see isValidRunId) names one real run of a lead's scan. Its claims
    // are keyed by (run, line, price event), so a page asked again after its answer was
    // lost, or after central stopped half-way through it, reports what this run paid on
    // those lines whichever attempt paid them: its `claims_paid` and `paid_total_fen` are
    // read back from this run's claims, and `eligible` judges the lines leaving this run's
    // own claims out, so a line it paid counts as due while its drop is still in effect.
    // Without it a page asked again reports only what that attempt paid.
    Result<RunReport> run(const QString &actor, bool dryRun, const QString &runId = {});
    static QJsonObject toJson(const RunReport &report);

    // One page of a run over every line, for a caller that shows progress (the paged form
    // of price-protect/scan): up to `limit` lines by id after `after` ("" = from the start).
    struct RunPage
    {
        RunReport report; // of this page's lines only
        QString next; // the `after` of the next page; empty when this page was the last
        qint64 total = 0; // order lines in all, now
    };
    Result<RunPage> runPage(const QString &actor, const QString &after, int limit, bool dryRun,
                            const QString &runId = {});
    // 16 to 64 letters, digits, '-' or '_': unguessable enough that two runs never share one.
    static bool isValidRunId(const QString &runId);
    // One batch of the automatic run for a price event: files and pays what is due on up to
    // `limit` lines of `sku` after the line `after`. Returns the next batch's `after`, empty
    // after the last.
    Result<QString> runSkuBatch(const QString &actor, const QString &sku, const QString &after, int limit,
                                RunReport &report);
    static QJsonObject toJson(const RunPage &page);

    // The claims of an order's lines, oldest first.
    Result<QJsonArray> claimsOfOrder(const QString &orderNo);

    // The claim as the API answers it.
    static QJsonObject toJson(const Claim &claim);

private:
    Result<std::optional<Claim>> claimByKey(const QString &idempotencyKey);
    // Runs over the page after `after`; returns the next page's `after`, empty after the last.
    Result<QString> runPageInto(const QString &actor, const QString &after, int limit, bool dryRun,
                                const QString &runId, RunReport &report);
    // Judges the lines as of `now` and, unless `dryRun`, pays what is due.
    Status runOver(const QList<QJsonObject> &lineRows, const QString &actor, bool dryRun, const QString &runId,
                   qint64 now, RunReport &report);
    // The paid claims filed under the run's keys on these lines.
    Result<QList<Claim>> paidByRun(const QStringList &lineIds, const QString &runId);
    Result<Claim> record(Transaction &tx, const QString &actor, Claim claim, const QString &idempotencyKey);

    Database &m_db;
    EntityStore &m_entities;
    AuditLog m_audit;
    const Clock &m_clock;
};

} // namespace parasol
