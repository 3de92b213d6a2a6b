#include "securerandom.h"

#include <openssl/rand.h>

#include <cstdlib>

namespace parasol::SecureRandom {

QByteArray bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        std::abort();
    return out;
}

QString token(int byteCount)
{
    return QString::fromLatin1(bytes(byteCount).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace parasol::SecureRandom
