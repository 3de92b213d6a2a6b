// Price-protection scan benchmark (label "bench", not in the default run), on PostgreSQL:
// seeds `scale:N` customers (N from PARASOL_BENCH_SCAN_CUSTOMERS, 200000 by default: about
// 1 M order lines), drops the price of every SKU, then times in one run the central
// service's dry-run scan (RULES.md §1 applied line by line by core) against one
// hand-written SQL statement computing the same eligible set. The two must agree on the
// lines and the amount, or the benchmark fails.
#include "support/testdatabase.h"

#include "central/priceprotectservice.h"

#include "store/changefeed.h"
#include "store/entityschema.h"
#include "store/entitystore.h"
#include "store/seeder.h"

#include "core/businesscalendar.h"
#include "core/clock.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace parasol;
using namespace Qt::StringLiterals;

namespace {

const QDate kAnchor(2026, 11, 20);

// RULES.md §1 as one statement: the price in effect now per (sku, seller), the lowest price
// already compensated per line, the window by label or category on the sign basis (Shanghai
// midnight) or the order basis, and the amount in exact integer arithmetic.
const QString kEligibleSql = uR"(
WITH params AS (SELECT CAST(? AS BIGINT) AS now_ms),
price_now AS (
  SELECT DISTINCT ON (e.sku, e.seller) e.sku, e.seller, e.id, e.price_fen, e.effective_at, e.source
  FROM price_events e, params p
  WHERE e.effective_at <= p.now_ms
  ORDER BY e.sku, e.seller, e.effective_at DESC, e.created_at DESC, e.id COLLATE "C" DESC
),
facts AS (
  SELECT l.id, l.seller, l.is_gift, o.placed_at, o.signed_at,
         GREATEST(l.qty, 1) AS q, l.unit_price_fen * l.qty - l.discount_fen AS paid,
         l.qty - l.returned_qty - l.pending_return_qty AS kept,
         COALESCE(l.price_protect_days,
                  CASE WHEN l.category IN ('small_kitchen', 'small_home', 'personal_care') THEN 15 ELSE 30 END) AS days,
         n.id AS event_id, n.price_fen, n.effective_at, n.source,
         (SELECT MIN(pe.price_fen) FROM claims c JOIN price_events pe ON pe.id = c.price_event_id
           WHERE c.order_line_id = l.id AND c.status = 'paid') AS lowest_paid
  FROM order_lines l
  JOIN orders o ON o.order_no = l.order_no
  JOIN price_now n ON n.sku = l.sku AND n.seller = l.seller
),
due AS (
  SELECT f.*, CASE WHEN f.lowest_paid IS NOT NULL AND f.lowest_paid * f.q < f.paid
                     THEN GREATEST(0, f.lowest_paid - f.price_fen) * f.kept
                   WHEN f.paid > f.price_fen * f.q THEN (f.paid - f.price_fen * f.q) * f.kept / f.q
                   ELSE 0 END AS amount
  FROM facts f
)
SELECT COUNT(*), COALESCE(SUM(d.amount), 0)
FROM due d, params p
WHERE d.is_gift = 0 AND d.kept > 0 AND d.source = 'normal' AND d.amount >= 1
  AND d.effective_at > d.placed_at AND p.now_ms >= d.placed_at
  AND CASE WHEN d.seller = 'self'
           THEN d.signed_at IS NULL
                OR p.now_ms < ((d.signed_at + 28800000) / 86400000 + 1 + d.days) * 86400000 - 28800000
           ELSE p.now_ms < d.placed_at + d.days * CAST(86400000 AS BIGINT) END
  AND NOT EXISTS (SELECT 1 FROM claims c
                  WHERE c.order_line_id = d.id AND c.price_event_id = d.event_id AND c.status = 'paid')
)"_s;

qint64 customersToSeed()
{
    bool ok = false;
    const qint64 n = qEnvironmentVariableIntValue("PARASOL_BENCH_SCAN_CUSTOMERS", &ok);
    return ok && n > 0 ? n : 200000;
}

void report(const QString &what, double seconds, const QString &detail = {})
{
    qInfo().noquote() << u"BENCH %1 [postgresql]: %2 s%3"_s.arg(what, QString::number(seconds, 'f', 2), detail);
}

} // namespace

class BenchPriceScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dryRunScanAgainstOneSqlStatement();
};

void BenchPriceScan::dryRunScanAgainstOneSqlStatement()
{
    QVERIFY2(test::TestDatabase::postgres(), "runs on PostgreSQL: PARASOL_TEST_DB=postgresql");
    test::TestDatabase database;
    const std::unique_ptr<Database> db = database.openMigrated();
    ManualClock clock;
    clock.setNowMs(BusinessCalendar::startOfDay(kAnchor) + 12 * 3600 * 1000);

    const qint64 customers = customersToSeed();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(Seeder::seed(*db, u"scale:%1"_s.arg(customers), kAnchor).ok());
    const double seedSeconds = double(timer.elapsed()) / 1000;
    const qint64 lines = db->scalar(u"SELECT COUNT(*) FROM order_lines"_s).value().toLongLong();
    report(u"seeding scale:%1"_s.arg(customers), seedSeconds,
           u" (%1 order lines, %2 lines/s; PARASOL_BENCH_SCAN_CUSTOMERS=N to change N)"_s.arg(lines).arg(
               qint64(double(lines) / std::max(seedSeconds, 0.001))));

    // A drop of every SKU at every seller to 90 % of its lowest price sold, an hour ago,
    // written as the feed writes price events but without its automatic payout.
    const auto feed = ChangeFeed::create(*db);
    EntityStore entities(*db, *feed);
    auto pairs = db->exec(u"SELECT sku, seller, MIN(unit_price_fen) FROM order_lines GROUP BY sku, seller"_s);
    QVERIFY(pairs.ok());
    QList<QJsonObject> drops;
    const qint64 at = clock.nowMs() - 3600 * 1000;
    while (pairs->next())
        drops.append(QJsonObject { { u"id"_s, u"BENCH-%1"_s.arg(drops.size() + 1) }, { u"sku"_s, pairs->value(0).toString() },
                                   { u"seller"_s, pairs->value(1).toString() },
                                   { u"price_fen"_s, pairs->value(2).toLongLong() * 9 / 10 }, { u"effective_at"_s, at },
                                   { u"source"_s, u"normal"_s }, { u"created_at"_s, at } });
    {
        Transaction tx = db->begin();
        QVERIFY(tx.started());
        for (const QJsonObject &drop : std::as_const(drops))
            QVERIFY(entities.upsert(tx, EntitySchema::get(u"price_event"), drop).ok());
        QVERIFY(tx.commit().ok());
    }

    PriceProtectService service(*db, entities, clock);
    timer.restart();
    auto scan = service.run(u"bench"_s, true);
    const double scanSeconds = double(timer.elapsed()) / 1000;
    QVERIFY2(scan.ok(), scan.ok() ? "" : qPrintable(scan.error().message));

    timer.restart();
    auto sql = db->exec(kEligibleSql, { clock.nowMs() });
    const double sqlSeconds = double(timer.elapsed()) / 1000;
    QVERIFY2(sql.ok(), sql.ok() ? "" : qPrintable(sql.error().message));
    QVERIFY(sql->next());
    const qint64 sqlEligible = sql->value(0).toLongLong();
    const qint64 sqlTotalFen = sql->value(1).toLongLong();

    const QString found = u" (%1 lines scanned, %2 eligible, %3 fen due)"_s;
    report(u"dry-run scan of the central service"_s, scanSeconds,
           found.arg(scan->scanned).arg(scan->eligible).arg(scan->eligibleTotalFen));
    report(u"one SQL statement, same eligible set"_s, sqlSeconds, found.arg(lines).arg(sqlEligible).arg(sqlTotalFen));
    qInfo().noquote() << u"BENCH ratio scan / SQL: %1"_s.arg(scanSeconds / std::max(sqlSeconds, 0.001), 0, 'f', 1);

    QVERIFY(scan->eligible > 0);
    QCOMPARE(qint64(scan->scanned), lines);
    QCOMPARE(qint64(scan->eligible), sqlEligible);
    QCOMPARE(scan->eligibleTotalFen, sqlTotalFen);
}

QTEST_GUILESS_MAIN(BenchPriceScan)
#include "bench_pricescan.moc"
