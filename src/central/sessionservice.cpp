#include "sessionservice.h"

namespace parasol {

SessionService::SessionService(Database &db, const Clock &clock)
    : m_users(db)
    , m_sessions(db)
    , m_clock(clock)
{
}

Result<SessionReply> SessionService::login(const QString &login, const QString &password)
{
    auto user = m_users.authenticate(login, password);
    if (!user)
        return user.error();
    if (!*user)
        return Error { QStringLiteral("unauthorized"), QStringLiteral("wrong login or password") };
    const qint64 now = m_clock.nowMs();
    (void)m_sessions.purgeExpired(now);
    auto token = m_sessions.open((*user)->id, now, kTokenLifetimeMs);
    if (!token)
        return token.error();
    return SessionReply { *token, **user };
}

Result<std::optional<User>> SessionService::userForToken(const QString &token)
{
    auto userId = m_sessions.userIdFor(token, m_clock.nowMs());
    if (!userId)
        return userId.error();
    if (!*userId)
        return std::optional<User>();
    return m_users.byId(**userId);
}

} // namespace parasol
