#pragma once

#include "apimessage.h"

#include <QAbstractHttpServer>

#include <functional>

namespace parasol {

// The one file that knows Qt HttpServer, whose API changes between 6.4 and 6.8: it
// turns requests into ApiRequests and ApiResponses into HTTP, and hands WebSocket
// upgrades over. Everything else is testable without HTTP.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using RequestHandler = std::function<ApiResponse(const ApiRequest &)>;
    // Decides whether a WebSocket upgrade request may proceed: status 0 to accept, or
    // the HTTP error to answer instead (401 without a valid token, 404 for another path).
    using UpgradeCheck = std::function<ApiResponse(const ApiRequest &)>;
    // Called with each new WebSocket; the callee owns it.
    using WebSocketHandler = std::function<void(std::unique_ptr<QWebSocket>)>;

    HttpFrontend(RequestHandler requests, UpgradeCheck upgrades, WebSocketHandler webSockets, QObject *parent = nullptr);

    // Listens on `address:port` (0 picks a free port), with TLS when a certificate and
    // key are given. Returns the port, or an Error.
    Result<quint16> start(const QHostAddress &address, quint16 port, const QString &certificateFile = {},
                          const QString &keyFile = {});

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response);

    static ApiRequest toApiRequest(const QHttpServerRequest &request);
    static bool isWebSocketUpgrade(const QHttpServerRequest &request);

    RequestHandler m_requests;
    UpgradeCheck m_upgrades;
    WebSocketHandler m_webSockets;
};

} // namespace parasol
