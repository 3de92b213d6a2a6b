#include "callstore.h"

namespace parasol {

namespace {

const QString kCallColumns = QStringLiteral("id, ani, customer_id, queue, seat_user_id, at, routed_at, wrapped_up_at");

std::optional<qint64> optionalTime(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

Call readCall(const QSqlQuery &query)
{
    Call call;
    call.id = query.value(0).toString();
    call.ani = query.value(1).toString();
    call.customerId = query.value(2).toString();
    call.queue = seatNames.parse(query.value(3).toString()).value_or(Seat::General);
    call.seatUserId = query.value(4).toString();
    call.at = query.value(5).toLongLong();
    call.routedAt = optionalTime(query.value(6));
    call.wrappedUpAt = optionalTime(query.value(7));
    return call;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Status CallStore::insert(const Call &call)
{
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO calls (id, ani, customer_id, queue, seat_user_id, at) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              { call.id, call.ani, textOrNull(call.customerId), seatNames.name(call.queue),
                                textOrNull(call.seatUserId), call.at });
    if (!inserted)
        return inserted.error();
    return {};
}

Result<std::optional<Call>> CallStore::first(const QString &where, const QVariantList &params)
{
    auto query = m_db.exec(QStringLiteral("SELECT %1 FROM calls WHERE %2").arg(kCallColumns, where), params);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Call>();
    return std::optional<Call>(readCall(*query));
}

Result<std::optional<Call>> CallStore::get(const QString &id)
{
    return first(QStringLiteral("id = ?"), { id });
}

Result<std::optional<Call>> CallStore::oldestWaiting(Seat queue)
{
    return first(QStringLiteral("seat_user_id IS NULL AND wrapped_up_at IS NULL AND queue = ? ORDER BY at, id LIMIT 1"),
                 { seatNames.name(queue) });
}

Result<std::optional<Call>> CallStore::unfinishedOf(const QString &userId)
{
    return first(QStringLiteral("seat_user_id = ? AND wrapped_up_at IS NULL ORDER BY at, id LIMIT 1"), { userId });
}

Result<std::optional<qint64>> CallStore::lastWrapUpOf(const QString &userId)
{
    auto last = m_db.scalar(QStringLiteral("SELECT MAX(wrapped_up_at) FROM calls WHERE seat_user_id = ?"), { userId });
    if (!last)
        return last.error();
    return optionalTime(*last);
}

Result<bool> CallStore::route(const QString &callId, const QString &userId, qint64 atMs)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE calls SET seat_user_id = ?, routed_at = ? "
                                            "WHERE id = ? AND seat_user_id IS NULL AND wrapped_up_at IS NULL"),
                             { userId, atMs, callId });
    if (!updated)
        return updated.error();
    return updated->numRowsAffected() == 1;
}

Result<bool> CallStore::release(const QString &callId, const QString &userId)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE calls SET seat_user_id = NULL, routed_at = NULL "
                                            "WHERE id = ? AND seat_user_id = ? AND wrapped_up_at IS NULL"),
                             { callId, userId });
    if (!updated)
        return updated.error();
    return updated->numRowsAffected() == 1;
}

Result<bool> CallStore::wrapUp(Transaction &, const QString &callId, qint64 atMs)
{
    auto updated = m_db.exec(QStringLiteral("UPDATE calls SET wrapped_up_at = ? WHERE id = ? AND wrapped_up_at IS NULL"),
                             { atMs, callId });
    if (!updated)
        return updated.error();
    return updated->numRowsAffected() == 1;
}

} // namespace parasol
