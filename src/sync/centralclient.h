#pragma once

#include "protocol/pushexchange.h"
#include "protocol/sessionreply.h"
#include "protocol/syncpage.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace parasol {

// The console's HTTP client of the central service (central-api.md). Asynchronous:
// each call takes a callback run on the caller's thread. Errors carry the API's error
// code ("unauthorized", "gone", …), or "offline" when the service cannot be reached.
class CentralClient : public QObject
{
    Q_OBJECT
public:
    explicit CentralClient(const QUrl &baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    void login(const QString &login, const QString &password, std::function<void(Result<SessionReply>)> done);
    void pull(const QString &cursor, int limit, std::function<void(Result<SyncPage>)> done);
    // sync/push: a 409 (a gap in the numbering) is an answer too, with `expectedMid`.
    void push(const QString &clientId, const QList<PushMutation> &mutations, std::function<void(Result<PushReply>)> done);
    // Any call of the API with a JSON answer.
    void request(const QByteArray &method, const QString &path, const QJsonObject &body,
                 std::function<void(Result<QJsonObject>)> done);

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QJsonObject &body);
    void finish(QNetworkReply *reply, const std::function<void(Result<QJsonObject>)> &done);

    QUrl m_baseUrl;
    QString m_token;
    QNetworkAccessManager *m_network;
};

} // namespace parasol
