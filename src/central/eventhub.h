#pragma once

#include "core/clock.h"
#include "core/user.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QWebSocket;

namespace parasol {

// The WebSocket side of /api/v1/events. It carries no data, only "there is more"
// pokes (the console then pulls) and calls routed to one seat.
class EventHub : public QObject
{
    Q_OBJECT
public:
    // A connected console's user, and since when (UTC ms) it has been connected.
    struct Listener
    {
        User user;
        qint64 since = 0;
    };

    explicit EventHub(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~EventHub() override;

    void addClient(std::unique_ptr<QWebSocket> socket, const User &user);
    // Pokes every client soon; pokes within a few milliseconds coalesce into one.
    void pokeSoon(const QString &cursorHint);
    // Sends a routed call to the connected consoles of `userId`. False if none took it (none
    // is connected, or the ones that were are closing); a socket that refuses a message
    // is dropped.
    bool sendToUser(const QString &userId, const QJsonObject &message);
    int clientCount() const { return int(m_clients.size()); }
    // Each connected user once, with the time of their oldest open connection; sockets
    // already closing do not count.
    QList<Listener> listeners() const;

Q_SIGNALS:
    void clientAdded(const parasol::User &user);

private:
    struct Client
    {
        QWebSocket *socket;
        User user;
        qint64 connectedAt;
    };
    void sendPokes();
    void onDisconnected(QWebSocket *socket);

    const Clock &m_clock;
    std::vector<Client> m_clients;
    QTimer m_pokeTimer;
    QString m_cursorHint;
};

} // namespace parasol
