#pragma once

#include "database.h"

#include "core/call.h"

#include <optional>

namespace parasol {

// The `calls` table: incoming calls, the seat each was routed to, and its wrap-up.
// Routing and wrap-up are conditional updates, so two central processes sharing a
// database never give one call to two seats or wrap it up twice.
class CallStore
{
public:
    explicit CallStore(Database &db) : m_db(db) { }

    Status insert(const Call &call);
    Result<std::optional<Call>> get(const QString &id);
    // The oldest call of `queue` that waits for a seat.
    Result<std::optional<Call>> oldestWaiting(Seat queue);
    // The call `userId` took and has not wrapped up yet.
    Result<std::optional<Call>> unfinishedOf(const QString &userId);
    // When `userId` last wrapped up a call; nullopt if never.
    Result<std::optional<qint64>> lastWrapUpOf(const QString &userId);
    // Gives a waiting call to `userId`. False when it no longer waits (another central
    // process on this database may have given it to one of its seats first).
    Result<bool> route(const QString &callId, const QString &userId, qint64 atMs);
    // Makes a call routed to `userId` wait again (its console could not be told). False
    // when it is no longer that seat's open call.
    Result<bool> release(const QString &callId, const QString &userId);
    // Marks a call wrapped up. False when it already was.
    Result<bool> wrapUp(Transaction &tx, const QString &callId, qint64 atMs);

private:
    Result<std::optional<Call>> first(const QString &where, const QVariantList &params);
    Database &m_db;
};

} // namespace parasol
