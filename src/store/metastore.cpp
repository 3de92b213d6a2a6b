#include "metastore.h"

#include "crypto/securerandom.h"

namespace parasol::MetaStore {

Result<QString> value(Database &db, const QString &key)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key });
    if (!v)
        return v.error();
    return v->toString();
}

Status setValue(Database &db, const QString &key, const QString &value)
{
    auto done = db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        { key, value });
    if (!done)
        return done.error();
    return {};
}

Result<QString> generation(Database &db)
{
    return value(db, QStringLiteral("generation"));
}

Result<QString> renewGeneration(Database &db)
{
    const QString minted = SecureRandom::token(12);
    if (Status set = setValue(db, QStringLiteral("generation"), minted); !set)
        return set.error();
    return minted;
}

} // namespace parasol::MetaStore
