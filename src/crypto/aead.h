#pragma once

#include <QByteArray>

#include <optional>

namespace parasol::Aead {

constexpr int kKeyBytes = 32;

// AES-256-GCM. `seal` returns nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes) with a
// fresh random nonce; `aad` is authenticated but not encrypted (bind a value to its
// row, so a ciphertext moved to another row fails to open).
QByteArray seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad = {});
// The plaintext, or nullopt when the key, the AAD or any bit of `sealed` is wrong.
std::optional<QByteArray> open(const QByteArray &key, const QByteArray &sealed, const QByteArray &aad = {});

} // namespace parasol::Aead
