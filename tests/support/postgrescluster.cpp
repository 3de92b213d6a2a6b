#include "postgrescluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <pwd.h>
#include <unistd.h>

namespace parasol::test {

namespace {

const QString kPassword = QStringLiteral("parasol-test");

QString findBinDir()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &version : versions)
        if (QFile::exists(root.filePath(version + QStringLiteral("/bin/initdb"))))
            return root.filePath(version + QStringLiteral("/bin"));
    return QString();
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

PostgresCluster::~PostgresCluster()
{
    if (m_running)
        (void)run(m_binDir + QStringLiteral("/pg_ctl"),
                  { QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                    QStringLiteral("immediate"), QStringLiteral("stop") });
}

Result<QByteArray> PostgresCluster::run(const QString &program, const QStringList &arguments, const QByteArray &input,
                                        int timeoutMs)
{
    QProcess process;
    if (m_asPostgresUser)
        process.start(QStringLiteral("runuser"), QStringList { QStringLiteral("-u"), QStringLiteral("postgres"),
                                                               QStringLiteral("--"), program } + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted())
        return Error { QStringLiteral("postgres"), QStringLiteral("cannot start %1").arg(program) };
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs) || process.exitCode() != 0)
        return Error { QStringLiteral("postgres"), QStringLiteral("%1 failed: %2 %3")
                                                       .arg(program, QString::fromLocal8Bit(process.readAllStandardError()),
                                                            QString::fromLocal8Bit(process.readAllStandardOutput())) };
    return process.readAllStandardOutput();
}

Result<std::unique_ptr<PostgresCluster>> PostgresCluster::start()
{
    std::unique_ptr<PostgresCluster> cluster(new PostgresCluster);
    cluster->m_binDir = findBinDir();
    if (cluster->m_binDir.isEmpty())
        return Error { QStringLiteral("postgres"),
                       QStringLiteral("no PostgreSQL server binaries under /usr/lib/postgresql (install postgresql)") };
    if (!cluster->m_dir.isValid())
        return Error { QStringLiteral("postgres"), QStringLiteral("cannot create a temporary folder") };
    cluster->m_asPostgresUser = ::geteuid() == 0;
    const QString dir = cluster->m_dir.path();
    if (cluster->m_asPostgresUser) {
        const struct passwd *postgres = ::getpwnam("postgres");
        if (!postgres || ::chown(QFile::encodeName(dir).constData(), postgres->pw_uid, postgres->pw_gid) != 0)
            return Error { QStringLiteral("postgres"), QStringLiteral("cannot hand %1 to the postgres user").arg(dir) };
    }
    const QString passwordFile = dir + QStringLiteral("/pwfile");
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly))
            return Error { QStringLiteral("postgres"), QStringLiteral("cannot write %1").arg(passwordFile) };
        file.write(kPassword.toUtf8() + '\n');
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    }
    auto initialised = cluster->run(cluster->m_binDir + QStringLiteral("/initdb"),
                                    { QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-U"),
                                      QStringLiteral("postgres"), QStringLiteral("--pwfile=") + passwordFile,
                                      QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                                      QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                                      QStringLiteral("--no-sync") });
    if (!initialised)
        return initialised.error();
    // A port can be taken between probing and binding: try a few.
    for (int attempt = 0; attempt < 5 && !cluster->m_running; ++attempt) {
        cluster->m_port = freePort();
        const QString options = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
                                    .arg(cluster->m_port)
                                    .arg(dir);
        auto started = cluster->run(cluster->m_binDir + QStringLiteral("/pg_ctl"),
                                    { QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-l"),
                                      dir + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("-o"), options,
                                      QStringLiteral("start") });
        cluster->m_running = started.ok();
    }
    if (!cluster->m_running)
        return Error { QStringLiteral("postgres"), QStringLiteral("pg_ctl could not start the server; see %1/log").arg(dir) };
    return cluster;
}

PostgresCluster &PostgresCluster::shared()
{
    static std::unique_ptr<PostgresCluster> cluster = [] {
        auto started = start();
        if (!started)
            qFatal("PostgreSQL for tests: %s", qPrintable(started.error().message));
        return std::move(*started);
    }();
    return *cluster;
}

Result<QByteArray> PostgresCluster::runTool(const QString &tool, const QStringList &arguments, const QByteArray &input)
{
    // Over the cluster's own Unix socket, where local connections are trusted.
    return run(m_binDir + u'/' + tool,
               QStringList { QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"),
                             QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres") }
                   + arguments,
               input);
}

Result<DatabaseUrl> PostgresCluster::createDatabase(const QString &name)
{
    auto created = runTool(QStringLiteral("createdb"), { name });
    if (!created)
        return created.error();
    return DatabaseUrl::parse(QStringLiteral("postgresql://postgres:%1@127.0.0.1:%2/%3").arg(kPassword).arg(m_port).arg(name));
}

} // namespace parasol::test
