#pragma once

#include "database.h"

#include "core/user.h"

#include <optional>

namespace parasol {

// Bearer tokens. A token is random and shown once; the database keeps only its
// SHA-256, so a leaked database holds no usable token.
class SessionStore
{
public:
    explicit SessionStore(Database &db) : m_db(db) { }

    Result<QString> open(const QString &userId, qint64 nowMs, qint64 lifetimeMs);
    // The user a live token belongs to; nullopt for an unknown or expired token.
    Result<std::optional<QString>> userIdFor(const QString &token, qint64 nowMs);
    Status purgeExpired(qint64 nowMs);

private:
    Database &m_db;
};

} // namespace parasol
