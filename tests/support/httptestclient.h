#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace parasol::test {

// Blocking HTTP calls for tests, run through a local event loop so a server in the same
// thread keeps answering.
class HttpTestClient
{
public:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QByteArray raw;
        QString errorCode() const { return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(); }
    };

    explicit HttpTestClient(QUrl baseUrl) : m_baseUrl(std::move(baseUrl)) { }

    Reply get(const QString &pathAndQuery, const QString &token = {});
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {});
    Reply put(const QString &path, const QJsonObject &body, const QString &token = {});
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, const QString &token = {});
    // Logs in and returns the token (empty on failure).
    QString login(const QString &login, const QString &password = QStringLiteral("parasol-demo"));

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace parasol::test
