#pragma once

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
    explicit EventHub(QObject *parent = nullptr);
    ~EventHub() override;

    void addClient(std::unique_ptr<QWebSocket> socket, const User &user);
    // Pokes every client soon; pokes within a few milliseconds coalesce into one.
    void pokeSoon(const QString &cursorHint);
    // Sends a routed call to the connected consoles of `userId`. False if none is connected.
    bool sendToUser(const QString &userId, const QJsonObject &message);
    int clientCount() const { return int(m_clients.size()); }

private:
    struct Client
    {
        QWebSocket *socket;
        User user;
    };
    void sendPokes();
    void onDisconnected(QWebSocket *socket);

    std::vector<Client> m_clients;
    QTimer m_pokeTimer;
    QString m_cursorHint;
};

} // namespace parasol
