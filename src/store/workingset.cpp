#include "workingset.h"

namespace parasol {

namespace {

// A call's customer belongs to the seat while the call is open; the console subscribes to
// them when the call rings (to fetch their rows), which keeps them after the wrap-up.
const QString kCustomersOfUser = QStringLiteral(
    "SELECT customer_id FROM subscriptions WHERE user_id = ?"
    " UNION SELECT customer_id FROM calls WHERE seat_user_id = ? AND customer_id IS NOT NULL"
    " AND wrapped_up_at IS NULL");

} // namespace

WorkingSet::WorkingSet(Database &db, QString userId)
    : m_db(db)
    , m_userId(std::move(userId))
{
}

Status WorkingSet::subscribe(const QString &customerId, qint64 nowMs)
{
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO subscriptions (user_id, customer_id, subscribed_at) VALUES (?, ?, ?)"
                                             " ON CONFLICT (user_id, customer_id) DO NOTHING"),
                              { m_userId, customerId, nowMs });
    if (!inserted)
        return inserted.error();
    return {};
}

Status WorkingSet::unsubscribe(const QString &customerId)
{
    auto deleted = m_db.exec(QStringLiteral("DELETE FROM subscriptions WHERE user_id = ? AND customer_id = ?"),
                             { m_userId, customerId });
    if (!deleted)
        return deleted.error();
    return {};
}

Result<QSet<QString>> WorkingSet::customerIds() const
{
    auto query = m_db.exec(kCustomersOfUser, params());
    if (!query)
        return query.error();
    QSet<QString> ids;
    while (query->next())
        ids.insert(query->value(0).toString());
    return ids;
}

QString WorkingSet::condition(const QString &column) const
{
    return column + QStringLiteral(" IN (") + kCustomersOfUser + u')';
}

QVariantList WorkingSet::params() const
{
    return { m_userId, m_userId };
}

} // namespace parasol
