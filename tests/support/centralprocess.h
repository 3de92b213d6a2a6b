#pragma once

#include <QProcess>
#include <QUrl>

namespace parasol::test {

// The built parasol-central run as a separate process on 127.0.0.1:0, so a test can
// kill it outright (SIGKILL) and start it again on the same database.
class CentralProcess
{
public:
    explicit CentralProcess(QString binary) : m_binary(std::move(binary)) { }
    ~CentralProcess() { kill(); }

    // Starts it on `databaseUrl` and waits until it listens; an empty string, or why not.
    QString start(const QString &databaseUrl, const QStringList &extraArguments = {});
    // SIGKILL: no clean shutdown, transactions in flight are lost.
    void kill();
    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    QString m_binary;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace parasol::test
