#pragma once

#include "mutationapplier.h"

#include <QJsonArray>

namespace parasol {

// Serves sync/push (Replicache's protocol): each console numbers its mutations 1, 2, 3…;
// each is applied at most once, in one transaction with recording the client's
// last_mid and the outcome. A repeat answers the stored outcome as "duplicate", a gap
// stops the batch with Error "mid_gap" (409, expected_mid in the message's details),
// a rejection still consumes its id.
class PushService
{
public:
    static constexpr int kMaxMutationsPerPush = 500;

    PushService(Database &db, MutationApplier &applier);

    struct Reply
    {
        QJsonArray results; // {"mid","status","error","result"} per mutation handled
        std::optional<qint64> expectedMid; // set when a gap stopped the batch
    };
    // `body` is the request: {"client_id","mutations":[{"mid","type","data"}]}. Error for a
    // malformed body (400) or a database failure (nothing consumed for the failing mutation).
    Result<Reply> push(const User &user, const QJsonObject &body);

private:
    Result<QJsonObject> pushOne(const User &user, const QString &clientId, qint64 mid, const QString &type,
                                const QJsonObject &data, std::optional<qint64> &expectedMid);
    Result<qint64> lockClient(Transaction &tx, const QString &clientId, const User &user);

    Database &m_db;
    MutationApplier &m_applier;
};

} // namespace parasol
