#pragma once

#include "protocol/syncpage.h"
#include "store/entitystore.h"

#include "core/clock.h"
#include "core/user.h"

namespace parasol {

// sync/subscriptions: a console that looked up a customer it does not hold subscribes to
// that customer's changes and gets the customer's current rows at once.
class SubscriptionService
{
public:
    SubscriptionService(Database &db, EntityStore &entities, const Clock &clock);

    // Records the subscription, then reads the customer's rows: a page without a cursor
    // (the client's pull cursor stays where it is). Error "not_found" for an unknown id.
    //
    // Why in this order: the subscription is committed before the rows are read, so a
    // change either committed before that read (it is in the rows) or after it; then it
    // was not finished when the client's cursor was last advanced, its change record lies
    // after that cursor, and every pull from now on reads the subscription and carries it.
    // On PostgreSQL the same holds on the xmin horizon: a pull returns only records of
    // transactions finished before its feed read, and reads the working set after that.
    Result<SyncPage> subscribe(const User &user, const QString &customerId);
    // Idempotent: a repeat (a lost reply) succeeds too.
    Status unsubscribe(const User &user, const QString &customerId);

private:
    Database &m_db;
    EntityStore &m_entities;
    const Clock &m_clock;
};

} // namespace parasol
