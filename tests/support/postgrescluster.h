#pragma once

#include "store/databaseurl.h"

#include <QTemporaryDir>

#include <memory>

namespace parasol::test {

// A private PostgreSQL cluster for tests: initdb and pg_ctl into a temporary folder,
// listening on 127.0.0.1 only, on a free port, with password (scram-sha-256) auth.
// As root it runs the server as the postgres user (PostgreSQL refuses to run as root).
// Tests that need PostgreSQL fail, never skip, when it cannot start.
class PostgresCluster
{
public:
    ~PostgresCluster();

    // Starts a cluster, or says why it could not.
    static Result<std::unique_ptr<PostgresCluster>> start();
    // One cluster per test process, started on first use.
    static PostgresCluster &shared();

    // Creates an empty database and returns its URL.
    Result<DatabaseUrl> createDatabase(const QString &name);
    int port() const { return m_port; }
    QString binDir() const { return m_binDir; }
    // Runs one of the cluster's programs (psql, pg_dump…) as the server's user.
    Result<QByteArray> runTool(const QString &tool, const QStringList &arguments, const QByteArray &input = {});

private:
    PostgresCluster() = default;
    Result<QByteArray> run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                           int timeoutMs = 60000);

    QTemporaryDir m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
};

} // namespace parasol::test
