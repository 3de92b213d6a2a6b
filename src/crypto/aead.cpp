#include "aead.h"

#include "securerandom.h"

#include <openssl/evp.h>

#include <cstdlib>
#include <memory>

namespace parasol::Aead {

namespace {

constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    return CipherContext(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

// Fetched once: given EVP_aes_256_gcm(), OpenSSL 3 looks the implementation up again on
// every initialisation, which costs more than sealing a small row.
const EVP_CIPHER *aes256Gcm()
{
    static const std::unique_ptr<EVP_CIPHER, decltype(&EVP_CIPHER_free)> cipher(
        EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr), &EVP_CIPHER_free);
    if (!cipher)
        std::abort();
    return cipher.get();
}

// A random nonce for each seal, drawn from OpenSSL's generator a few hundred at a time:
// one RAND_bytes call costs about as much as sealing a row, and a bootstrap seals millions.
QByteArray nextNonce()
{
    constexpr qsizetype kPoolBytes = kNonceBytes * 256;
    thread_local QByteArray pool;
    thread_local qsizetype used = kPoolBytes;
    if (used == kPoolBytes) {
        pool = SecureRandom::bytes(int(kPoolBytes));
        used = 0;
    }
    const QByteArray nonce = pool.mid(used, kNonceBytes);
    used += kNonceBytes;
    return nonce;
}

} // namespace

QByteArray seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad)
{
    if (key.size() != kKeyBytes)
        std::abort();
    const QByteArray nonce = nextNonce();
    QByteArray out(kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(out.data());
    std::copy(nonce.cbegin(), nonce.cend(), cursor);

    CipherContext ctx = newContext();
    int length = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), aes256Gcm(), nullptr, nullptr, nullptr) == 1
              && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
              && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) == 1;
    if (ok && !aad.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) == 1;
    ok = ok && EVP_EncryptUpdate(ctx.get(), cursor + kNonceBytes, &length, bytes(plaintext), int(plaintext.size())) == 1
         && EVP_EncryptFinal_ex(ctx.get(), cursor + kNonceBytes + length, &length) == 1
         && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, cursor + kNonceBytes + plaintext.size()) == 1;
    if (!ok)
        std::abort();
    return out;
}

std::optional<QByteArray> open(const QByteArray &key, const QByteArray &sealed, const QByteArray &aad)
{
    if (key.size() != kKeyBytes || sealed.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const qsizetype textSize = sealed.size() - kNonceBytes - kTagBytes;
    const unsigned char *nonce = bytes(sealed);
    const unsigned char *ciphertext = nonce + kNonceBytes;
    QByteArray tag = sealed.right(kTagBytes);
    QByteArray out(textSize, Qt::Uninitialized);

    CipherContext ctx = newContext();
    int length = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), aes256Gcm(), nullptr, nullptr, nullptr) == 1
              && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
              && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), nonce) == 1;
    if (ok && !aad.isEmpty())
        ok = EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) == 1;
    ok = ok
         && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length, ciphertext,
                              int(textSize))
                == 1
         && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1
         && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + length, &length) == 1;
    if (!ok)
        return std::nullopt;
    return out;
}

} // namespace parasol::Aead
