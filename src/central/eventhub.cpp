#include "eventhub.h"

#include <QJsonDocument>
#include <QWebSocket>

#include <algorithm>

namespace parasol {

EventHub::EventHub(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_pokeTimer.setSingleShot(true);
    m_pokeTimer.setInterval(5);
    connect(&m_pokeTimer, &QTimer::timeout, this, &EventHub::sendPokes);
}

EventHub::~EventHub()
{
    for (const Client &client : m_clients) {
        client.socket->disconnect(this);
        client.socket->abort();
        delete client.socket;
    }
}

void EventHub::addClient(std::unique_ptr<QWebSocket> socket, const User &user)
{
    QWebSocket *raw = socket.release();
    raw->setParent(nullptr);
    connect(raw, &QWebSocket::disconnected, this, [this, raw] { onDisconnected(raw); });
    // Clients only listen; whatever they send is ignored.
    m_clients.push_back(Client { raw, user, m_clock.nowMs() });
    Q_EMIT clientAdded(user);
}

QList<EventHub::Listener> EventHub::listeners() const
{
    QList<Listener> out;
    for (const Client &client : m_clients) {
        if (client.socket->state() != QAbstractSocket::ConnectedState)
            continue;
        const auto known = std::find_if(out.begin(), out.end(), [&client](const Listener &l) { return l.user.id == client.user.id; });
        if (known == out.end())
            out.append(Listener { client.user, client.connectedAt });
        else
            known->since = std::min(known->since, client.connectedAt);
    }
    return out;
}

void EventHub::onDisconnected(QWebSocket *socket)
{
    const auto it = std::find_if(m_clients.begin(), m_clients.end(), [socket](const Client &c) { return c.socket == socket; });
    if (it == m_clients.end())
        return;
    m_clients.erase(it);
    socket->deleteLater();
}

void EventHub::pokeSoon(const QString &cursorHint)
{
    m_cursorHint = cursorHint;
    if (!m_pokeTimer.isActive())
        m_pokeTimer.start();
}

void EventHub::sendPokes()
{
    const QString message = QString::fromUtf8(
        QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("poke") }, { QStringLiteral("cursor"), m_cursorHint } })
            .toJson(QJsonDocument::Compact));
    for (const Client &client : m_clients)
        client.socket->sendTextMessage(message);
}

bool EventHub::sendToUser(const QString &userId, const QJsonObject &message)
{
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    bool sent = false;
    for (const Client &client : m_clients) {
        if (client.user.id != userId || client.socket->state() != QAbstractSocket::ConnectedState)
            continue;
        if (client.socket->sendTextMessage(text) > 0) {
            sent = true;
        } else {
            // Aborting disconnects at once, which would erase from m_clients under this loop.
            QMetaObject::invokeMethod(client.socket, &QWebSocket::abort, Qt::QueuedConnection);
        }
    }
    return sent;
}

} // namespace parasol
