#pragma once

#include "protocol/sessionreply.h"
#include "store/sessionstore.h"
#include "store/userstore.h"

#include "core/clock.h"

namespace parasol {

// Logs users in and tells who a bearer token belongs to.
class SessionService
{
public:
    static constexpr qint64 kTokenLifetimeMs = 12LL * 3600 * 1000; // one working day and some

    SessionService(Database &db, const Clock &clock);

    // Error "unauthorized" for a wrong login or password (never saying which).
    Result<SessionReply> login(const QString &login, const QString &password);
    Result<std::optional<User>> userForToken(const QString &token);

private:
    UserStore m_users;
    SessionStore m_sessions;
    const Clock &m_clock;
};

} // namespace parasol
