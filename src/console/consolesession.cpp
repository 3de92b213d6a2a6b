#include "consolesession.h"

#include "cache/cachekeys.h"
#include "cache/outboxstore.h"
#include "cache/replicastore.h"
#include "sync/centralclient.h"
#include "sync/customerlookup.h"
#include "sync/syncengine.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>

namespace parasol {

ConsoleSession::ConsoleSession(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
}

ConsoleSession::~ConsoleSession()
{
    // The engine refers to the stores: it goes first.
    delete m_sync;
}

QUrl ConsoleSession::central() const
{
    return m_client ? m_client->baseUrl() : QUrl();
}

void ConsoleSession::login(const QUrl &central, const QString &login, const QString &password,
                           const QString &previousPassword)
{
    delete m_sync; // it uses the client
    m_sync = nullptr;
    delete m_client;
    m_client = new CentralClient(central, this);
    m_client->login(login, password, [this, central, password, previousPassword](Result<SessionReply> reply) {
        if (!reply) {
            Q_EMIT loginFailed(reply.error());
            return;
        }
        m_user = reply->user;
        openStores(central, password, previousPassword);
    });
}

void ConsoleSession::openStores(const QUrl &central, const QString &password, const QString &previousPassword)
{
    // One replica and one outbox per central service and user: each user's working set is their own.
    const QByteArray key = central.toString(QUrl::StripTrailingSlash).toUtf8() + '\n' + m_user.login.toUtf8();
    const QString name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    const QDir dir(m_dataDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        Q_EMIT loginFailed(Error { QStringLiteral("cache"), tr("Cannot create the cache folder %1.").arg(m_dataDir) });
        return;
    }
    // The personal data in both files is sealed under a key only this user's password opens.
    const QString keyFile = dir.filePath(QStringLiteral("cache-%1.key").arg(name));
    auto keys = CacheKeys::unlock(keyFile, password);
    if (!keys && keys.error().code == u"cache_locked") {
        // Central took the password, so it changed since this computer's cache was locked:
        // the previous one opens it, and the unsent work in it is not lost.
        if (previousPassword.isEmpty()) {
            Q_EMIT loginFailed(Error { keys.error().code,
                                       tr("Your password has changed since this computer's cache was locked. Enter "
                                          "the previous password as well to keep the cache and the changes not yet sent.") });
            return;
        }
        keys = CacheKeys::rewrap(keyFile, previousPassword, password);
        if (!keys && keys.error().code == u"cache_locked") {
            Q_EMIT loginFailed(Error { keys.error().code,
                                       tr("The previous password does not open this computer's cache either.") });
            return;
        }
    }
    if (!keys) {
        Q_EMIT loginFailed(keys.error());
        return;
    }
    auto replica = ReplicaStore::open(dir.filePath(QStringLiteral("replica-%1.sqlite").arg(name)), *keys);
    if (!replica) {
        Q_EMIT loginFailed(replica.error());
        return;
    }
    auto outbox = OutboxStore::open(dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(name)), *keys);
    if (!outbox) {
        Q_EMIT loginFailed(outbox.error());
        return;
    }
    delete m_sync;
    m_sync = nullptr;
    m_replica = std::move(*replica);
    m_outbox = std::move(*outbox);
    m_ready = m_replica->syncState().bootstrapped;
    m_sync = new SyncEngine(*m_replica, *m_outbox, *m_client, this);
    setIdleLimitDays(m_idleLimitDays);
    connect(m_sync, &SyncEngine::progress, this, [this](qint64 done, qint64 total) {
        if (!m_ready)
            Q_EMIT bootstrapProgress(done, total);
    });
    connect(m_sync, &SyncEngine::caughtUp, this, &ConsoleSession::onCaughtUp);
    connect(m_sync, &SyncEngine::onlineChanged, this, &ConsoleSession::onlineChanged);
    connect(m_sync, &SyncEngine::failed, this, &ConsoleSession::syncFailed);
    connect(m_sync, &SyncEngine::outboxChanged, this, &ConsoleSession::outboxChanged);
    connect(&m_sync->events(), &EventStream::callRouted, this, &ConsoleSession::callRouted);
    Q_EMIT loggedIn();
    if (m_ready)
        Q_EMIT ready();
    m_sync->start();
    m_sync->syncNow();
}

void ConsoleSession::onCaughtUp()
{
    const bool first = !m_ready;
    m_ready = true;
    if (first)
        Q_EMIT ready();
    Q_EMIT synced();
}

bool ConsoleSession::isOnline() const
{
    return m_sync && m_sync->isOnline();
}

void ConsoleSession::syncNow()
{
    if (m_sync)
        m_sync->syncNow();
}

Result<qint64> ConsoleSession::queue(const QString &type, const QJsonObject &data, const QString &customerId)
{
    if (!m_sync)
        return Error { QStringLiteral("not_logged_in"), tr("Not logged in.") };
    return m_sync->queue(type, data, customerId);
}

Status ConsoleSession::useCustomer(const QString &customerId)
{
    if (!m_replica)
        return Error { QStringLiteral("not_logged_in"), tr("Not logged in.") };
    return m_replica->useCustomer(customerId, QDateTime::currentMSecsSinceEpoch());
}

void ConsoleSession::fetchCustomer(const QString &customerId, std::function<void(Status)> done)
{
    if (!m_sync) {
        done(Error { QStringLiteral("not_logged_in"), tr("Not logged in.") });
        return;
    }
    m_sync->fetchCustomer(customerId, std::move(done));
}

void ConsoleSession::findAtCentral(const QString &text, std::function<void(Result<QJsonArray>)> done)
{
    if (!m_client) {
        done(Error { QStringLiteral("not_logged_in"), tr("Not logged in.") });
        return;
    }
    m_client->request("GET", CustomerLookup::path(text), {},
                      [done = std::move(done)](Result<QJsonObject> json) {
                          if (!json)
                              done(json.error());
                          else
                              done(json->value(QLatin1String("customers")).toArray());
                      });
}

void ConsoleSession::setIdleLimitDays(int days)
{
    m_idleLimitDays = days;
    if (m_sync && days > 0)
        m_sync->setIdleLimitMs(qint64(days) * 24 * 3600 * 1000);
}

} // namespace parasol
