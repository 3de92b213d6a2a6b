#pragma once

#include <QByteArray>

namespace parasol::Digest {

// SHA-256 of `data` (32 bytes).
QByteArray sha256(const QByteArray &data);
// HMAC-SHA256 of `data` under `key` (32 bytes).
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
// Compares two MACs or hashes in time that does not depend on where they differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace parasol::Digest
