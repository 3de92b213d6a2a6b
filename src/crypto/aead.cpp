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

} // namespace

QByteArray seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad)
{
    if (key.size() != kKeyBytes)
        std::abort();
    const QByteArray nonce = SecureRandom::bytes(kNonceBytes);
    QByteArray out(kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(out.data());
    std::copy(nonce.cbegin(), nonce.cend(), cursor);

    CipherContext ctx = newContext();
    int length = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
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
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
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
