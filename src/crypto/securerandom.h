#pragma once

#include <QByteArray>
#include <QString>

namespace parasol::SecureRandom {

// `count` bytes from OpenSSL's CSPRNG. Aborts if the generator fails: nothing
// secret may ever be made from weak randomness.
QByteArray bytes(int count);
// A random token for URLs and headers: `byteCount` bytes, base64url without padding.
QString token(int byteCount = 32);

} // namespace parasol::SecureRandom
