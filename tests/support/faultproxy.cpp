#include "faultproxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace parasol::test {

struct FaultProxy::Link
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QPointer<QTcpSocket> twin; // DuplicateRequest's second connection
    qint64 replyBytes = 0;
};

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FaultProxy::~FaultProxy()
{
    cutAll();
}

void FaultProxy::setMode(Mode mode, qint64 bytes)
{
    m_mode = mode;
    m_bytes = bytes;
    if (mode == Mode::Refuse)
        cutAll();
}

void FaultProxy::cutAll()
{
    const QList<Link *> links = m_links;
    for (Link *link : links)
        closeLink(link);
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connectionsSeen;
        if (m_mode == Mode::Refuse) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *link = new Link;
        m_links.append(link);
        link->client = client;
        link->upstream = new QTcpSocket(this);
        link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        if (m_mode == Mode::DuplicateRequest) {
            link->twin = new QTcpSocket(this);
            link->twin->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            connect(link->twin, &QTcpSocket::readyRead, link->twin, [twin = link->twin] { twin->readAll(); });
        }
        connect(client, &QTcpSocket::readyRead, this, [this, link] { fromClient(link); });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, link] { fromUpstream(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { closeLink(link); });
        connect(link->upstream, &QTcpSocket::disconnected, this, [this, link] { closeLink(link); });
        // Central not there (killed, not restarted yet): the console sees the connection drop.
        connect(link->upstream, &QTcpSocket::errorOccurred, this, [this, link] { closeLink(link); });
        fromClient(link);
    }
}

void FaultProxy::forward(const QPointer<QTcpSocket> &to, const QByteArray &bytes)
{
    // A connection may be cut while bytes are on their way (a delayed chunk, another link's fault).
    const auto write = [to, bytes] {
        if (to && to->isOpen())
            to->write(bytes);
    };
    if (m_latencyMs == 0)
        write();
    else
        QTimer::singleShot(m_latencyMs, this, write);
}

void FaultProxy::fromClient(Link *link)
{
    if (!link->client)
        return;
    const QByteArray bytes = link->client->readAll();
    if (bytes.isEmpty() || m_mode == Mode::Blackhole)
        return;
    forward(link->upstream, bytes);
    if (link->twin)
        forward(link->twin, bytes);
    Q_EMIT requestForwarded();
}

void FaultProxy::fromUpstream(Link *link)
{
    if (!link->upstream)
        return;
    QByteArray bytes = link->upstream->readAll();
    Q_EMIT replyArriving();
    if (!m_links.contains(link))
        return; // a slot of replyArriving cut the connection
    switch (m_mode) {
    case Mode::LoseReply:
        closeLink(link);
        return;
    case Mode::CutReplyAfterBytes:
        bytes.truncate(qMax<qint64>(0, m_bytes - link->replyBytes));
        link->replyBytes += bytes.size();
        if (link->client)
            link->client->write(bytes);
        if (link->replyBytes >= m_bytes) {
            if (link->client)
                link->client->flush();
            closeLink(link);
        }
        return;
    default:
        link->replyBytes += bytes.size();
        forward(link->client, bytes);
    }
}

void FaultProxy::closeLink(Link *link)
{
    if (!m_links.removeOne(link))
        return;
    for (const QPointer<QTcpSocket> &socket : { link->client, link->upstream, link->twin }) {
        if (!socket)
            continue;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    delete link;
}

} // namespace parasol::test
