#pragma once

#include "core/result.h"

#include <QByteArray>

namespace parasol {

// The keys that keep personal data in the console's cache unreadable to anyone who copies
// its files: one encrypts rows (AES-256-GCM), one makes the blind search index
// (HMAC-SHA256). Both derive from one random master key, which is stored only wrapped
// under a key derived from the agent's password.
struct CacheKeys
{
    QByteArray encryption;
    QByteArray index;

    static CacheKeys fromMaster(const QByteArray &master);

    // Opens the key file at `path` with the agent's password, or, when there is none yet,
    // makes a random master key and writes it there wrapped (owner-only permissions).
    // Error "cache_locked" when the file was made with another password: the replica can
    // be rebuilt under a new key, but queued work needs the old password.
    static Result<CacheKeys> unlock(const QString &path, const QString &password);
    // Makes a new master key at `path`, replacing any (after the old cache was given up).
    static Result<CacheKeys> create(const QString &path, const QString &password);
    // After a password change: opens the key file with the previous password and wraps the
    // same master key under the new one, so the cache and its queued work stay readable.
    // Error "cache_locked" when `previousPassword` does not open it (the file is unchanged).
    static Result<CacheKeys> rewrap(const QString &path, const QString &previousPassword, const QString &password);

private:
    static Status writeWrapped(const QString &path, const QByteArray &master, const QString &password);
    static Result<QByteArray> openMaster(const QString &path, const QString &password);
};

} // namespace parasol
