#include "sessionstore.h"

#include "crypto/digest.h"
#include "crypto/securerandom.h"

namespace parasol {

namespace {
QString tokenHash(const QString &token)
{
    return QString::fromLatin1(Digest::sha256(token.toUtf8()).toHex());
}
} // namespace

Result<QString> SessionStore::open(const QString &userId, qint64 nowMs, qint64 lifetimeMs)
{
    const QString token = SecureRandom::token(32);
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"),
        { tokenHash(token), userId, nowMs, nowMs + lifetimeMs });
    if (!inserted)
        return inserted.error();
    return token;
}

Result<std::optional<QString>> SessionStore::userIdFor(const QString &token, qint64 nowMs)
{
    if (token.isEmpty() || token.size() > 256)
        return std::optional<QString>();
    auto query = m_db.exec(QStringLiteral("SELECT user_id FROM sessions WHERE token_hash = ? AND expires_at > ?"),
                           { tokenHash(token), nowMs });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Status SessionStore::purgeExpired(qint64 nowMs)
{
    auto deleted = m_db.exec(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"), { nowMs });
    if (!deleted)
        return deleted.error();
    return {};
}

} // namespace parasol
