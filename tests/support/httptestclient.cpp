#include "httptestclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>

namespace parasol::test {

HttpTestClient::Reply HttpTestClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                           const QString &token)
{
    QUrl url = m_baseUrl.resolved(QUrl(pathAndQuery));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(120000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.json = QJsonDocument::fromJson(result.raw).object();
    reply->deleteLater();
    return result;
}

HttpTestClient::Reply HttpTestClient::get(const QString &pathAndQuery, const QString &token)
{
    return send("GET", pathAndQuery, {}, token);
}

HttpTestClient::Reply HttpTestClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpTestClient::Reply HttpTestClient::put(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QString HttpTestClient::login(const QString &login, const QString &password)
{
    const Reply reply = post(QStringLiteral("/api/v1/sessions"),
                             QJsonObject { { QStringLiteral("login"), login }, { QStringLiteral("password"), password } });
    return reply.json.value(QLatin1String("token")).toString();
}

} // namespace parasol::test
