#include "centralclient.h"

#include "protocol/jsonfields.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace parasol {

namespace {
constexpr int kTimeoutMs = 20000;
}

CentralClient::CentralClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_network(new QNetworkAccessManager(this))
{
}

void CentralClient::request(const QByteArray &method, const QString &path, const QJsonObject &body,
                            std::function<void(Result<QJsonObject>)> done)
{
    QNetworkReply *reply = send(method, path, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] { finish(reply, done); });
}

QNetworkReply *CentralClient::send(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QUrl url = m_baseUrl;
    const qsizetype queryStart = path.indexOf(u'?');
    url.setPath(m_baseUrl.path() + (queryStart < 0 ? path : path.left(queryStart)));
    if (queryStart >= 0)
        url.setQuery(path.mid(queryStart + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token.toLatin1());
    const QByteArray payload = method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_network->sendCustomRequest(request, method, payload);
}

void CentralClient::finish(QNetworkReply *reply, const std::function<void(Result<QJsonObject>)> &done)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    // Network-level failures (codes below the HTTP ones) include an answer cut off after
    // its status line: that is a dropped network, not a bad answer.
    const bool networkFailed = reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied;
    if (status == 0 || networkFailed) {
        done(Error { QStringLiteral("offline"),
                     tr("The central service cannot be reached (%1).").arg(reply->errorString()) });
        return;
    }
    auto json = parseJsonObject(bytes);
    if (status >= 200 && status < 300) {
        if (!json)
            done(Error { QStringLiteral("bad_reply"), tr("The central service sent an answer that is not JSON.") });
        else
            done(*json);
        return;
    }
    const QJsonObject error = json ? json->value(QLatin1String("error")).toObject() : QJsonObject();
    QString code = error.value(QLatin1String("code")).toString();
    if (code.isEmpty())
        code = status >= 500 ? QStringLiteral("unavailable") : QStringLiteral("http_%1").arg(status);
    const QString message = error.value(QLatin1String("message")).toString();
    done(Error { code, message.isEmpty() ? tr("The central service answered %1.").arg(status) : message });
}

void CentralClient::login(const QString &login, const QString &password, std::function<void(Result<SessionReply>)> done)
{
    request("POST", QStringLiteral("/api/v1/sessions"),
            QJsonObject { { QStringLiteral("login"), login }, { QStringLiteral("password"), password } },
            [this, done = std::move(done)](Result<QJsonObject> json) {
                if (!json) {
                    done(json.error());
                    return;
                }
                auto reply = SessionReplyCodec::parse(*json);
                if (reply)
                    m_token = reply->token;
                done(std::move(reply));
            });
}

void CentralClient::pull(const QString &cursor, int limit, std::function<void(Result<SyncPage>)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request("GET", QStringLiteral("/api/v1/sync/pull?") + query.toString(QUrl::FullyEncoded), {},
            [done = std::move(done)](Result<QJsonObject> json) {
                if (!json)
                    done(json.error());
                else
                    done(SyncPageCodec::parse(*json));
            });
}

void CentralClient::push(const QString &clientId, const QList<PushMutation> &mutations,
                         std::function<void(Result<PushReply>)> done)
{
    QNetworkReply *reply = send("POST", QStringLiteral("/api/v1/sync/push"), PushExchangeCodec::request(clientId, mutations));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 409) {
            reply->deleteLater();
            auto json = parseJsonObject(reply->readAll());
            done(json ? PushExchangeCodec::parseReply(*json)
                      : Result<PushReply>(Error { QStringLiteral("bad_reply"), tr("The central service sent an answer that is not JSON.") }));
            return;
        }
        finish(reply, [&done](Result<QJsonObject> json) {
            done(json ? PushExchangeCodec::parseReply(*json) : Result<PushReply>(json.error()));
        });
    });
}

} // namespace parasol
