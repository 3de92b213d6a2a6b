#include "centralprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <sys/prctl.h>

#include <csignal>

namespace parasol::test {

QString CentralProcess::start(const QString &databaseUrl, const QStringList &extraArguments)
{
    kill();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // A test or benchmark that dies (a crash, ctest's timeout) takes its central with it,
    // instead of leaving it running with its port and database.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(m_binary, QStringList { QStringLiteral("--db"), databaseUrl, QStringLiteral("--listen"),
                                            QStringLiteral("127.0.0.1:0") } + extraArguments);
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("%1 did not start: %2").arg(m_binary, m_process.errorString());
    static const QRegularExpression listening(QStringLiteral("listening on https?://[^:]+:(\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        output += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return QString();
        }
    }
    return QStringLiteral("parasol-central did not listen: %1 %2")
        .arg(QString::fromUtf8(output), QString::fromUtf8(m_process.readAllStandardError()));
}

void CentralProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

} // namespace parasol::test
