#pragma once

#include "database.h"

#include <QSet>

namespace parasol {

// A console user's working set on central (SYNC.md): the customers the user subscribed to
// (a lookup on the console's cache miss) and the customers of calls routed to the user's
// seat (the queue). A pull of a user other than admin carries the rows of these customers
// and the shared reference rows, nothing else. The set is read when a pull is served, not
// when a row is written, so a customer subscribed later gets every later change.
class WorkingSet
{
public:
    WorkingSet(Database &db, QString userId);

    // Idempotent: subscribing twice or unsubscribing what is not subscribed succeeds.
    Status subscribe(const QString &customerId, qint64 nowMs);
    Status unsubscribe(const QString &customerId);

    Result<QSet<QString>> customerIds() const;
    // An SQL condition keeping the rows whose `column` (a customer id column of the code's
    // own entity descriptors, never input) names a customer of the set; bind `params()`.
    QString condition(const QString &column) const;
    QVariantList params() const;

private:
    Database &m_db;
    QString m_userId;
};

} // namespace parasol
