#include "httpfrontend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QWebSocket>

namespace parasol {

Q_LOGGING_CATEGORY(lcHttp, "parasol.central.http", QtWarningMsg)

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace

HttpFrontend::HttpFrontend(RequestHandler requests, UpgradeCheck upgrades, WebSocketHandler webSockets, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_requests(std::move(requests))
    , m_upgrades(std::move(upgrades))
    , m_webSockets(std::move(webSockets))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections())
            m_webSockets(nextPendingWebSocketConnection());
    });
}

Result<quint16> HttpFrontend::start(const QHostAddress &address, quint16 port, const QString &certificateFile,
                                    const QString &keyFile)
{
    if (!certificateFile.isEmpty() || !keyFile.isEmpty()) {
        QFile certFile(certificateFile), keyFileHandle(keyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFileHandle.open(QIODevice::ReadOnly))
            return Error { QStringLiteral("bad_tls"), QStringLiteral("cannot read the TLS certificate or key file") };
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFileHandle.readAll();
        // QSslKey is silently null with the wrong algorithm: try RSA, then EC.
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return Error { QStringLiteral("bad_tls"), QStringLiteral("the TLS certificate or key is not valid PEM") };
        sslSetup(certificate, key);
    }
    const quint16 bound = listen(address, port);
    if (bound == 0)
        return Error { QStringLiteral("listen_failed"),
                       QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port) };
    return bound;
}

ApiRequest HttpFrontend::toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path(QUrl::FullyDecoded);
    api.query = request.query();
    api.authorization = header(request, QByteArrayLiteral("authorization"));
    api.body = request.body();
    return api;
}

bool HttpFrontend::isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return header(request, QByteArrayLiteral("upgrade")).compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0;
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 upgrades a WebSocket request when this returns true having written nothing;
    // returning false sends it to missingHandler, which answers the refusal.
    if (isWebSocketUpgrade(request))
        return m_upgrades(toApiRequest(request)).status == 0;

    QElapsedTimer timer;
    timer.start();
    const ApiRequest api = toApiRequest(request);
    const ApiResponse response = m_requests(api);
    respond(request, socket, response);
    qCInfo(lcHttp) << api.method << api.path << response.status << timer.elapsed() << "ms";
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (isWebSocketUpgrade(request)) {
        respond(request, socket, m_upgrades(toApiRequest(request)));
        return;
    }
    respond(request, socket, ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such resource")));
}

void HttpFrontend::respond(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = QJsonDocument(response.body).toJson(QJsonDocument::Compact);
    responder.write(body,
                    { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8") },
                      { QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") } },
                    static_cast<QHttpServerResponder::StatusCode>(response.status));
}

} // namespace parasol
