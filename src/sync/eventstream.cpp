#include "eventstream.h"

#include "protocol/jsonfields.h"

#include <QUrlQuery>
#include <QWebSocket>

namespace parasol {

EventStream::EventStream(QObject *parent)
    : QObject(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &EventStream::connectNow);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_backoff.reset();
        setConnected(true);
    });
    // stateChanged, not disconnected: a connection attempt that fails never was connected.
    connect(m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventStream::onMessage);
}

EventStream::~EventStream()
{
    m_wanted = false;
    m_socket->disconnect(this);
    m_socket->abort();
}

void EventStream::open(const QUrl &baseUrl, const QString &token)
{
    QUrl url = baseUrl;
    url.setScheme(baseUrl.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(baseUrl.path() + QStringLiteral("/api/v1/events"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), token);
    url.setQuery(query);
    m_url = url;
    m_wanted = true;
    m_backoff.reset();
    connectNow();
}

void EventStream::close()
{
    m_wanted = false;
    m_reconnect.stop();
    m_socket->close();
}

void EventStream::connectNow()
{
    if (m_wanted)
        m_socket->open(m_url);
}

void EventStream::onDisconnected()
{
    setConnected(false);
    if (m_wanted && !m_reconnect.isActive())
        m_reconnect.start(m_backoff.nextDelayMs());
}

void EventStream::onMessage(const QString &text)
{
    auto message = parseJsonObject(text.toUtf8());
    if (!message)
        return; // not ours to fail on: the next pull brings whatever it meant
    const QString type = message->value(QLatin1String("type")).toString();
    if (type == u"poke")
        Q_EMIT poked(message->value(QLatin1String("cursor")).toString());
    else if (type == u"call")
        Q_EMIT callRouted(message->value(QLatin1String("call")).toObject());
}

void EventStream::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

} // namespace parasol
