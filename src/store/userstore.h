#pragma once

#include "database.h"

#include "core/user.h"

#include <optional>

namespace parasol {

// The people and systems that may use the central service, with their password hashes.
class UserStore
{
public:
    explicit UserStore(Database &db) : m_db(db) { }

    // Creates a user with a password (stored as a slow salted hash, never plain).
    Status create(const User &user, const QString &password, qint64 nowMs);
    // The user whose login and password match; nullopt for an unknown login, a wrong
    // password or a disabled account (deliberately indistinguishable).
    Result<std::optional<User>> authenticate(const QString &login, const QString &password);
    Result<std::optional<User>> byId(const QString &id);
    Result<qint64> count();

private:
    Database &m_db;
};

} // namespace parasol
