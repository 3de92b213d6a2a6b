#include "passwordhash.h"

#include "digest.h"
#include "securerandom.h"

#include <QStringList>

#include <openssl/evp.h>

#include <optional>

namespace parasol::PasswordHash {

namespace {

constexpr int kLogN = 15;
constexpr int kR = 8;
constexpr int kP = 1;
constexpr int kKeyLength = 32;

std::optional<QByteArray> scrypt(const QString &password, const QByteArray &salt, int logN, int r, int p)
{
    if (logN < 10 || logN > 20 || r < 1 || r > 32 || p < 1 || p > 16)
        return std::nullopt;
    const QByteArray secret = password.toUtf8();
    QByteArray key(kKeyLength, Qt::Uninitialized);
    const uint64_t n = uint64_t(1) << logN;
    const uint64_t maxMemory = 128 * n * uint64_t(r) * uint64_t(p) + (1 << 20);
    if (EVP_PBE_scrypt(secret.constData(), size_t(secret.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                       size_t(salt.size()), n, uint64_t(r), uint64_t(p), maxMemory,
                       reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()))
        != 1)
        return std::nullopt;
    return key;
}

} // namespace

QString hash(const QString &password)
{
    const QByteArray salt = SecureRandom::bytes(16);
    const QByteArray key = scrypt(password, salt, kLogN, kR, kP).value();
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(kLogN)
        .arg(kR)
        .arg(kP)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

QByteArray deriveKey(const QString &password, const QByteArray &salt)
{
    return scrypt(password, salt, kLogN, kR, kP).value();
}

bool verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 6 || parts[0] != u"scrypt")
        return false;
    bool okN = false, okR = false, okP = false;
    const int logN = parts[1].toInt(&okN);
    const int r = parts[2].toInt(&okR);
    const int p = parts[3].toInt(&okP);
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    if (!okN || !okR || !okP || salt.isEmpty() || expected.size() != kKeyLength)
        return false;
    const std::optional<QByteArray> actual = scrypt(password, salt, logN, r, p);
    return actual && Digest::constantTimeEquals(*actual, expected);
}

} // namespace parasol::PasswordHash
