#pragma once

#include <QString>

namespace parasol::PasswordHash {

// A slow, salted hash of a password for storage: scrypt (N=2^15, r=8, p=1, 16-byte
// salt) via OpenSSL, encoded "scrypt$15$8$1$SALT$HASH" (base64) so the parameters
// can be raised later without breaking stored hashes.
QString hash(const QString &password);
// Whether `password` matches `encoded`; false for a malformed encoding.
bool verify(const QString &password, const QString &encoded);
// A 32-byte key derived from a password and a salt by the same scrypt, for wrapping
// other keys (the console's cache key).
QByteArray deriveKey(const QString &password, const QByteArray &salt);

} // namespace parasol::PasswordHash
