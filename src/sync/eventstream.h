#pragma once

#include "retrybackoff.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace parasol {

// The console's end of /api/v1/events: a WebSocket that carries pokes ("there is more
// to pull") and calls routed to this seat. It reconnects by itself with backoff until
// closed; a poke lost while disconnected costs nothing, as the console pulls on
// reconnect.
class EventStream : public QObject
{
    Q_OBJECT
public:
    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;

    // Connects to `baseUrl`'s events stream with `token`, and keeps reconnecting.
    void open(const QUrl &baseUrl, const QString &token);
    void close();
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void connectedChanged(bool connected);
    void poked(const QString &cursor);
    void callRouted(const QJsonObject &call);

private:
    void connectNow();
    void onMessage(const QString &text);
    void onDisconnected();
    void setConnected(bool connected);

    QWebSocket *m_socket;
    QUrl m_url;
    bool m_wanted = false;
    bool m_connected = false;
    RetryBackoff m_backoff;
    QTimer m_reconnect;
};

} // namespace parasol
