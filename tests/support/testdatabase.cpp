#include "testdatabase.h"

#include "postgrescluster.h"

#include "store/migrations.h"

#include <QCoreApplication>

namespace parasol::test {

bool TestDatabase::postgres()
{
    return qEnvironmentVariable("PARASOL_TEST_DB") == u"postgresql";
}

TestDatabase::TestDatabase()
{
    static int counter = 0;
    if (postgres()) {
        const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        auto url = PostgresCluster::shared().createDatabase(name);
        if (!url)
            qFatal("%s", qPrintable(url.error().message));
        m_url = *url;
    } else {
        m_url.kind = DatabaseUrl::Kind::Sqlite;
        m_url.path = m_dir.filePath(QStringLiteral("central-%1.sqlite").arg(++counter));
    }
}

QString TestDatabase::urlText() const
{
    if (m_url.kind == DatabaseUrl::Kind::Sqlite)
        return QStringLiteral("sqlite:") + m_url.path;
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5").arg(m_url.user, m_url.password, m_url.host).arg(m_url.port).arg(m_url.databaseName);
}

std::unique_ptr<Database> TestDatabase::openMigrated() const
{
    auto db = Database::open(m_url);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    if (Status migrated = Migrations::migrate(**db); !migrated)
        qFatal("%s", qPrintable(migrated.error().message));
    return std::move(*db);
}

} // namespace parasol::test
