#include "databaseurl.h"

#include <QUrl>

namespace parasol {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    if (text.startsWith(u"sqlite:")) {
        url.kind = Kind::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(u"//"))
            url.path = url.path.mid(2); // tolerate sqlite://PATH
        if (url.path.isEmpty())
            return Error { QStringLiteral("bad_database_url"), QStringLiteral("sqlite: needs a file path, as in sqlite:/var/lib/parasol/central.sqlite") };
        return url;
    }
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        const QUrl parsed(text, QUrl::StrictMode);
        url.kind = Kind::Postgres;
        url.user = parsed.userName();
        url.password = parsed.password();
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.databaseName = parsed.path().mid(1);
        if (!parsed.isValid() || url.host.isEmpty() || url.user.isEmpty() || url.databaseName.isEmpty()
            || url.databaseName.contains(u'/'))
            return Error { QStringLiteral("bad_database_url"),
                           QStringLiteral("expected postgresql://USER[:PASS]@HOST:PORT/DBNAME, got %1").arg(text.section(u'@', -1)) };
        return url;
    }
    return Error { QStringLiteral("bad_database_url"),
                   QStringLiteral("the database URL must start with sqlite: or postgresql://") };
}

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace parasol
