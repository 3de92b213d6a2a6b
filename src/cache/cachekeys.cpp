#include "cachekeys.h"

#include "crypto/aead.h"
#include "crypto/digest.h"
#include "crypto/passwordhash.h"
#include "crypto/securerandom.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace parasol {

namespace {

const QByteArray kWrapAad = QByteArrayLiteral("parasol cache master key v1");

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonObject &json, QLatin1String key)
{
    return QByteArray::fromBase64(json.value(key).toString().toLatin1());
}

} // namespace

CacheKeys CacheKeys::fromMaster(const QByteArray &master)
{
    return CacheKeys { Digest::hmacSha256(master, QByteArrayLiteral("parasol cache encryption")),
                       Digest::hmacSha256(master, QByteArrayLiteral("parasol cache blind index")) };
}

Result<CacheKeys> CacheKeys::create(const QString &path, const QString &password)
{
    const QByteArray master = SecureRandom::bytes(Aead::kKeyBytes);
    if (Status written = writeWrapped(path, master, password); !written)
        return written.error();
    return fromMaster(master);
}

Status CacheKeys::writeWrapped(const QString &path, const QByteArray &master, const QString &password)
{
    const QByteArray salt = SecureRandom::bytes(16);
    const QJsonObject file { { QStringLiteral("version"), 1 },
                             { QStringLiteral("kdf"), QStringLiteral("scrypt") },
                             { QStringLiteral("salt"), base64(salt) },
                             { QStringLiteral("wrapped"), base64(Aead::seal(PasswordHash::deriveKey(password, salt), master, kWrapAad)) } };
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || out.write(QJsonDocument(file).toJson()) < 0 || !out.commit())
        return Error { QStringLiteral("cache"), QStringLiteral("cannot write the cache key file %1: %2").arg(path, out.errorString()) };
    return {};
}

Result<CacheKeys> CacheKeys::unlock(const QString &path, const QString &password)
{
    if (!QFile::exists(path))
        return create(path, password);
    auto master = openMaster(path, password);
    if (!master)
        return master.error();
    return fromMaster(*master);
}

Result<CacheKeys> CacheKeys::rewrap(const QString &path, const QString &previousPassword, const QString &password)
{
    auto master = openMaster(path, previousPassword);
    if (!master)
        return master.error();
    // QSaveFile replaces the file whole: a crash leaves the old wrapping or the new one.
    if (Status written = writeWrapped(path, *master, password); !written)
        return written.error();
    return fromMaster(*master);
}

Result<QByteArray> CacheKeys::openMaster(const QString &path, const QString &password)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("cache"), QStringLiteral("cannot read the cache key file %1: %2").arg(path, in.errorString()) };
    const QJsonObject file = QJsonDocument::fromJson(in.readAll()).object();
    const QByteArray salt = fromBase64(file, QLatin1String("salt"));
    const std::optional<QByteArray> master
        = salt.isEmpty() ? std::nullopt
                         : Aead::open(PasswordHash::deriveKey(password, salt), fromBase64(file, QLatin1String("wrapped")), kWrapAad);
    if (!master)
        return Error { QStringLiteral("cache_locked"),
                       QStringLiteral("the local cache was locked with another password (changed since?)") };
    return *master;
}

} // namespace parasol
