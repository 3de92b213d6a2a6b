#pragma once

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

#include <memory>

namespace parasol::test {

// An agent's console as far as calls go: listens on /api/v1/events of one central service
// and keeps the calls it is sent.
class SeatConsole
{
public:
    // Connects with `token` and waits until the service has the socket; null if it cannot.
    static std::unique_ptr<SeatConsole> connect(const QUrl &baseUrl, const QString &token);

    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QStringList callIds() const;
    // Closes the socket; false if it did not close in time.
    bool disconnect();

    QList<QJsonObject> calls;

private:
    SeatConsole(const QUrl &baseUrl, const QString &token);
    QWebSocket m_socket;
};

} // namespace parasol::test
