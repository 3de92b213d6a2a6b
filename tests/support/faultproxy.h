#pragma once

#include <QObject>
#include <QTcpServer>

#include <QPointer>

class QTcpSocket;

namespace parasol::test {

// A TCP proxy between a console and the central service that misbehaves on demand,
// standing in for toxiproxy or tc netem (neither is available here). It listens on
// 127.0.0.1:0 and forwards to the upstream port; the mode applies to what happens from
// the moment it is set.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Pass, // forward both ways
        Refuse, // close every connection at once: central is down
        Blackhole, // accept and swallow requests, never answer
        LoseReply, // forward the request, then cut the connection when the answer comes
        CutReplyAfterBytes, // forward at most `bytes` of the answer, then cut
        DuplicateRequest, // also send every request on a second connection (answer dropped)
    };

    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    quint16 port() const { return m_server.serverPort(); }
    // Where new connections go (central restarted on another port).
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    void setMode(Mode mode, qint64 bytes = 0);
    // Delay added to every chunk forwarded, both ways.
    void setLatencyMs(int latencyMs) { m_latencyMs = latencyMs; }
    // Cuts every open connection now (a dropped network).
    void cutAll();
    int connectionsSeen() const { return m_connectionsSeen; }

Q_SIGNALS:
    // Bytes went to central / an answer started to come back from it.
    void requestForwarded();
    void replyArriving();

private:
    struct Link;
    void onNewConnection();
    void forward(const QPointer<QTcpSocket> &to, const QByteArray &bytes);
    void fromClient(Link *link);
    void fromUpstream(Link *link);
    void closeLink(Link *link);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    Mode m_mode = Mode::Pass;
    qint64 m_bytes = 0;
    int m_latencyMs = 0;
    int m_connectionsSeen = 0;
    QList<Link *> m_links;
};

} // namespace parasol::test
