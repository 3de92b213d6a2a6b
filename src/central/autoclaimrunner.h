#pragma once

#include "core/result.h"

#include <QObject>
#include <QTimer>

namespace parasol {

class Database;
class PriceProtectService;

// Automatic price protection for new price events (RULES.md §1), off the feed's request:
// the feed records the event with a run in `price_protect_runs` in one transaction and is
// answered at once; the runner then pays the SKU's lines in batches, one batch per turn of
// the event loop, so other requests are served in between. A run's progress is kept in
// the database, so a run cut short by a restart goes on at the next start (a batch done
// twice pays nothing twice: its claims are keyed by line and price event). Each process
// takes up the runs in the table; two processes on one database may both work on a run
// left over, which costs time, not money.
class AutoClaimRunner : public QObject
{
    Q_OBJECT
public:
    AutoClaimRunner(Database &db, PriceProtectService &priceProtect, QObject *parent = nullptr);

    // Goes on with the runs that are waiting (after a price event, and at start).
    void wake();

Q_SIGNALS:
    // A batch paid claims: consoles are to be poked.
    void paid();

private:
    void runBatch();
    Status runOneBatch(bool &more);

    Database &m_db;
    PriceProtectService &m_priceProtect;
    QTimer m_next;
};

} // namespace parasol
