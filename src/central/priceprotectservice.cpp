#include "priceprotectservice.h"

#include "linerules.h"
#include "scancandidates.h"

#include "protocol/entitycodec.h"

#include "crypto/securerandom.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace parasol {

namespace {

const EntityDescriptor &entity(const char16_t *name)
{
    return EntitySchema::get(QStringView(name));
}

constexpr int kAttempts = 3;

// The idempotency keys of the claims a run files start with this. One key per drop of a
// line: without a run id, "auto:LINE@EVENT", the same for every automatic run and scan, so a
// page asked again finds its claims and pays nothing more. A lead's run adds its own id so
// that it can tell its claims from the others' (a manual claim or another run for the same
// drop still finds the paid one: claimIn answers with it whatever the key).
QString runKeyPrefix(const QString &runId)
{
    return runId.isEmpty() ? u"auto:"_qs : u"scan:"_qs + runId + u':';
}

PriceProtectService::Answer refused(const QString &code, const QString &message)
{
    return PriceProtectService::Answer { {}, false, Error { code, message } };
}

} // namespace

QJsonObject PriceProtectService::toJson(const Claim &claim)
{
    QJsonObject json = EntityCodec::toJson(claim);
    json.insert(QStringLiteral("reason"), claim.reason.isEmpty() ? QJsonValue::Null : QJsonValue(claim.reason));
    return json;
}

Result<PriceProtectService::Answer> PriceProtectService::claim(const QString &actor, const QString &orderLineId,
                                                               const QString &idempotencyKey, ClaimOrigin origin)
{
    Error last;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        Transaction tx = m_db.begin();
        if (!tx.started())
            return tx.error();
        auto answer = claimIn(tx, actor, orderLineId, idempotencyKey, origin);
        if (answer && answer->refusal)
            return *answer->refusal;
        if (answer) {
            if (Status committed = tx.commit(); !committed) {
                last = committed.error();
                continue;
            }
            return answer;
        }
        last = answer.error();
        tx.rollback();
        // A unique key someone else just took, or a serialisation failure: look again.
        // The next attempt finds their claim and answers with it.
        if (last.code != u"conflict" && last.code != u"retry")
            return last;
    }
    return last;
}

QJsonObject PriceProtectService::toJson(const RunReport &report)
{
    return QJsonObject { { QStringLiteral("scanned"), report.scanned },
                         { QStringLiteral("eligible"), report.eligible },
                         { QStringLiteral("eligible_total_fen"), report.eligibleTotalFen },
                         { QStringLiteral("claims_paid"), report.claimsPaid },
                         { QStringLiteral("paid_total_fen"), report.paidTotalFen } };
}

bool PriceProtectService::isValidRunId(const QString &runId)
{
    // No ':': it ends the run's part of a key, so one run's keys never start with another's.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{16,64}$"));
    return pattern.match(runId).hasMatch();
}

Result<PriceProtectService::RunReport> PriceProtectService::run(const QString &actor, bool dryRun, const QString &runId)
{
    RunReport report;
    constexpr int kPage = 500;
    QString after = QStringLiteral(""); // empty, not null: "id > NULL" would match nothing
    do {
        auto next = runPageInto(actor, after, kPage, dryRun, runId, report);
        if (!next)
            return next.error();
        after = *next;
    } while (!after.isEmpty());
    return report;
}

Result<QString> PriceProtectService::runPageInto(const QString &actor, const QString &after, int limit, bool dryRun,
                                                 const QString &runId, RunReport &report)
{
    // Lines go by id: each is looked at once per pass, and a page run twice (a retried
    // request) finds its drops paid under the same keys and pays nothing more. Only the
    // lines that could be due are read and judged; the others are counted as looked at.
    const qint64 now = m_clock.nowMs();
    const PriceProtection rule;
    auto page = ScanCandidates(m_db, rule.policy()).after(after, limit, now);
    if (!page)
        return page.error();
    QSet<QString> judged = page->candidates;
    if (!dryRun && !runId.isEmpty()) {
        // A line this run paid at an earlier attempt is judged again whatever the
        // pre-selection says now (its window may have closed since): its claim counts.
        auto own = paidByRun(page->lines, runId);
        if (!own)
            return own.error();
        for (const Claim &claim : std::as_const(*own))
            judged.insert(claim.orderLineId);
    }
    QStringList judgedIds; // in the page's order, so that lines are paid in id order
    for (const QString &id : std::as_const(page->lines))
        if (judged.contains(id))
            judgedIds.append(id);
    auto lines = m_entities.byIds(entity(u"order_line"), judgedIds);
    if (!lines)
        return lines.error();
    report.scanned += int(page->lines.size() - lines->size());
    if (Status done = runOver(*lines, actor, dryRun, runId, now, report); !done)
        return done.error();
    return page->lines.size() < limit ? QString() : page->lines.last();
}

Result<QString> PriceProtectService::runSkuBatch(const QString &actor, const QString &sku, const QString &after,
                                                int limit, RunReport &report)
{
    auto lines = m_entities.pageWhere(entity(u"order_line"), QStringLiteral("sku"), sku, after, limit);
    if (!lines)
        return lines.error();
    if (Status done = runOver(*lines, actor, false, QString(), m_clock.nowMs(), report); !done)
        return done.error();
    if (lines->size() < limit)
        return QString();
    return lines->last().value(QLatin1String("id")).toString();
}

Result<PriceProtectService::RunPage> PriceProtectService::runPage(const QString &actor, const QString &after, int limit,
                                                                  bool dryRun, const QString &runId)
{
    RunPage page;
    auto next = runPageInto(actor, after, limit, dryRun, runId, page.report);
    if (!next)
        return next.error();
    page.next = *next;
    auto total = m_entities.count(entity(u"order_line"));
    if (!total)
        return total.error();
    page.total = *total;
    return page;
}

QJsonObject PriceProtectService::toJson(const RunPage &page)
{
    QJsonObject json = toJson(page.report);
    json.insert(QStringLiteral("next"), page.next.isEmpty() ? QJsonValue::Null : QJsonValue(page.next));
    json.insert(QStringLiteral("total"), page.total);
    return json;
}

Status PriceProtectService::runOver(const QList<QJsonObject> &lineRows, const QString &actor, bool dryRun,
                                    const QString &runId, qint64 now, RunReport &report)
{
    // The page's orders, claims and price events in four reads (six in a lead's keyed run),
    // not three per line: a run over a million lines is bounded by the queries it makes. Of
    // a SKU's price history the rule needs only the price in effect now (all events sharing
    // its instant, which core orders) and the prices earlier claims paid against, so only
    // those are read.
    QList<OrderLine> lines;
    QStringList orderNos, skus, lineIds;
    for (const QJsonObject &row : lineRows) {
        lines.append(EntityCodec::orderLineFromJson(row));
        orderNos.append(lines.last().orderNo);
        skus.append(lines.last().sku);
        lineIds.append(lines.last().id);
    }
    orderNos.removeDuplicates();
    skus.removeDuplicates();
    static const QString inEffectNow = QStringLiteral(
        "effective_at <= ? AND NOT EXISTS (SELECT 1 FROM price_events later WHERE later.sku = price_events.sku"
        " AND later.seller = price_events.seller AND later.effective_at > price_events.effective_at"
        " AND later.effective_at <= ?)");
    auto orderRows = m_entities.whereIn(entity(u"order"), QStringLiteral("order_no"), orderNos);
    auto claimRows = m_entities.whereIn(entity(u"claim"), QStringLiteral("order_line_id"), lineIds);
    auto eventRows = m_entities.whereIn(entity(u"price_event"), QStringLiteral("sku"), skus, inEffectNow, { now, now });
    for (const auto *read : { &orderRows, &eventRows, &claimRows })
        if (!*read)
            return read->error();
    QHash<QString, Order> orders;
    for (const QJsonObject &row : std::as_const(*orderRows))
        orders.insert(row.value(QLatin1String("order_no")).toString(), EntityCodec::orderFromJson(row));
    // A lead's run asked for a page again (its answer lost, or central stopped half-way):
    // the claims it filed at the earlier attempt are left out of what the rule sees, so a
    // line it paid counts as due as it did before, and asking under the same key again
    // finds that claim instead of paying. Read after the claims, so that a claim filed in
    // between by a twin request of the same run is left out too.
    const bool keyedRun = !dryRun && !runId.isEmpty();
    QSet<QString> claimedByThisRun;
    if (keyedRun) {
        auto own = paidByRun(lineIds, runId);
        if (!own)
            return own.error();
        for (const Claim &claim : std::as_const(*own))
            claimedByThisRun.insert(claim.id);
    }
    QHash<QString, QList<Claim>> claimsByLine;
    QSet<QString> claimedEventIds;
    for (const QJsonObject &row : std::as_const(*claimRows)) {
        const Claim claim = EntityCodec::claimFromJson(row);
        if (!claimedByThisRun.contains(claim.id))
            claimsByLine[claim.orderLineId].append(claim);
        claimedEventIds.insert(claim.priceEventId);
    }
    QHash<QString, QList<PriceEvent>> eventsBySku;
    for (const QJsonObject &row : std::as_const(*eventRows)) {
        const PriceEvent event = EntityCodec::priceEventFromJson(row);
        claimedEventIds.remove(event.id);
        eventsBySku[event.sku].append(event);
    }
    auto claimedEventRows = m_entities.byIds(entity(u"price_event"), claimedEventIds.values());
    if (!claimedEventRows)
        return claimedEventRows.error();
    for (const QJsonObject &row : std::as_const(*claimedEventRows)) {
        const PriceEvent event = EntityCodec::priceEventFromJson(row);
        eventsBySku[event.sku].append(event);
    }

    const PriceProtection rule;
    for (const OrderLine &line : std::as_const(lines)) {
        ++report.scanned;
        const Order order = orders.value(line.orderNo);
        const PriceProtectionDecision decision = rule.decide(PriceProtectionCase {
            line, order.placedAt, order.signedAt, eventsBySku.value(line.sku), claimsByLine.value(line.id), now });
        if (!decision.eligible())
            continue;
        ++report.eligible;
        report.eligibleTotalFen += decision.amountFen;
        if (dryRun)
            continue;
        const QString key = runKeyPrefix(runId) + line.id + u'@' + decision.priceEventId;
        auto answer = claim(actor, line.id, key, ClaimOrigin::Auto);
        if (!answer)
            return answer.error();
        if (!keyedRun && answer->created && answer->claim.status == ClaimStatus::Paid) {
            ++report.claimsPaid;
            report.paidTotalFen += answer->claim.amountFen;
        }
    }
    if (!keyedRun)
        return {};
    // What this run paid on these lines, whichever attempt paid it: read back from its claims.
    auto paid = paidByRun(lineIds, runId);
    if (!paid)
        return paid.error();
    for (const Claim &claim : std::as_const(*paid)) {
        ++report.claimsPaid;
        report.paidTotalFen += claim.amountFen;
    }
    return {};
}

Result<QList<Claim>> PriceProtectService::paidByRun(const QStringList &lineIds, const QString &runId)
{
    const QString prefix = runKeyPrefix(runId);
    auto rows = m_entities.whereIn(entity(u"claim"), QStringLiteral("order_line_id"), lineIds,
                                   QStringLiteral("status = 'paid' AND substr(idempotency_key, 1, ?) = ?"),
                                   { int(prefix.size()), prefix });
    if (!rows)
        return rows.error();
    QList<Claim> claims;
    for (const QJsonObject &row : std::as_const(*rows))
        claims.append(EntityCodec::claimFromJson(row));
    return claims;
}

Result<QJsonArray> PriceProtectService::claimsOfOrder(const QString &orderNo)
{
    auto lines = m_entities.where(entity(u"order_line"), QStringLiteral("order_no"), orderNo);
    if (!lines)
        return lines.error();
    QList<Claim> claims;
    for (const QJsonObject &line : std::as_const(*lines)) {
        auto rows = m_entities.where(entity(u"claim"), QStringLiteral("order_line_id"), line.value(QLatin1String("id")).toString(),
                                     QStringLiteral("created_at"));
        if (!rows)
            return rows.error();
        for (const QJsonObject &row : std::as_const(*rows))
            claims.append(EntityCodec::claimFromJson(row));
    }
    std::stable_sort(claims.begin(), claims.end(), [](const Claim &a, const Claim &b) { return a.createdAt < b.createdAt; });
    QJsonArray out;
    for (const Claim &claim : std::as_const(claims))
        out.append(toJson(claim));
    return out;
}

Result<std::optional<Claim>> PriceProtectService::claimByKey(const QString &idempotencyKey)
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM claims WHERE idempotency_key = ?"), { idempotencyKey });
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<Claim>();
    auto row = m_entities.get(entity(u"claim"), id->toString());
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Claim>();
    return std::optional<Claim>(EntityCodec::claimFromJson(**row));
}

Result<PriceProtectService::Answer> PriceProtectService::claimIn(Transaction &tx, const QString &actor,
                                                                 const QString &orderLineId,
                                                                 const QString &idempotencyKey, ClaimOrigin origin)
{
    // Claims for one line queue here: whoever comes second sees the first one's claim.
    auto lineRow = m_entities.getForUpdate(tx, entity(u"order_line"), orderLineId);
    if (!lineRow)
        return lineRow.error();
    if (!*lineRow)
        return refused(QStringLiteral("not_found"), QStringLiteral("no order line %1").arg(orderLineId));
    const OrderLine line = EntityCodec::orderLineFromJson(**lineRow);

    if (!idempotencyKey.isEmpty()) {
        auto earlier = claimByKey(idempotencyKey);
        if (!earlier)
            return earlier.error();
        if (*earlier && (*earlier)->orderLineId != orderLineId)
            return refused(QStringLiteral("conflict"),
                           QStringLiteral("the idempotency key %1 was used for another order line").arg(idempotencyKey));
        if (*earlier)
            return Answer { **earlier, false, std::nullopt };
    }

    auto orderRow = m_entities.get(entity(u"order"), line.orderNo);
    if (!orderRow)
        return orderRow.error();
    if (!*orderRow)
        return refused(QStringLiteral("not_found"), QStringLiteral("no order %1").arg(line.orderNo));
    const qint64 now = m_clock.nowMs();
    auto input = LineRules::priceProtectionCase(m_entities, line, EntityCodec::orderFromJson(**orderRow), now);
    if (!input)
        return input.error();
    const PriceProtectionDecision decision = PriceProtection().decide(*input);

    // This drop is paid already: that claim is the answer, whatever the key.
    if (decision.refusal == PriceProtectionRefusal::AlreadyCompensated) {
        for (const Claim &paid : input->claims)
            if (paid.status == ClaimStatus::Paid && paid.priceEventId == decision.priceEventId)
                return Answer { paid, false, std::nullopt };
    }

    Claim claim;
    claim.id = QStringLiteral("CL") + SecureRandom::token(9);
    claim.orderLineId = line.id;
    claim.customerId = line.customerId;
    claim.priceEventId = decision.priceEventId;
    claim.status = decision.eligible() ? ClaimStatus::Paid : ClaimStatus::Rejected;
    claim.amountFen = decision.amountFen;
    claim.reason = decision.reason();
    claim.origin = origin;
    claim.createdAt = now;
    auto recorded = record(tx, actor, claim, idempotencyKey);
    if (!recorded)
        return recorded.error();
    return Answer { *recorded, true, std::nullopt };
}

Result<Claim> PriceProtectService::record(Transaction &tx, const QString &actor, Claim claim,
                                          const QString &idempotencyKey)
{
    QJsonObject row = EntityCodec::toJson(claim);
    row.remove(QStringLiteral("row_version"));
    auto inserted = m_entities.insertIfAbsent(tx, entity(u"claim"), row);
    if (!inserted)
        return inserted.error();
    if (!*inserted) // the paid (line, event) pair exists: a twin committed first
        return Error { QStringLiteral("conflict"), QStringLiteral("this drop was claimed at the same moment") };
    claim.rowVersion = **inserted;
    if (!idempotencyKey.isEmpty()) {
        auto keyed = m_db.exec(QStringLiteral("UPDATE claims SET idempotency_key = ? WHERE id = ?"),
                               { idempotencyKey, claim.id });
        if (!keyed)
            return keyed.error();
    }
    if (claim.status == ClaimStatus::Paid) {
        auto paid = m_db.exec(QStringLiteral("INSERT INTO ledger (id, claim_id, customer_id, amount_fen, at) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              { QString(u'L' + SecureRandom::token(9)), claim.id, claim.customerId, claim.amountFen, claim.createdAt });
        if (!paid)
            return paid.error();
    }
    const QJsonObject payload { { QStringLiteral("order_line_id"), claim.orderLineId },
                                { QStringLiteral("price_event_id"), claim.priceEventId },
                                { QStringLiteral("status"), claimStatusNames.name(claim.status) },
                                { QStringLiteral("amount_fen"), claim.amountFen },
                                { QStringLiteral("reason"), claim.reason },
                                { QStringLiteral("origin"), claimOriginNames.name(claim.origin) },
                                { QStringLiteral("idempotency_key"), idempotencyKey } };
    auto audited = m_audit.append(tx, claim.createdAt, actor, QStringLiteral("price_protect.claim"),
                                  QStringLiteral("claim"), claim.id, payload);
    if (!audited)
        return audited.error();
    return claim;
}

} // namespace parasol
