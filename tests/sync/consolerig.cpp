#include "consolerig.h"

#include <QSignalSpy>
#include <QTest>

namespace parasol::test {

QString ConsoleRig::reopen(const QUrl &central)
{
    const QString token = client ? client->token() : QString();
    engine.reset();
    client.reset();
    replica.reset();
    outbox.reset();
    auto openedReplica = ReplicaStore::open(path + QStringLiteral("/replica.sqlite"), keys);
    if (!openedReplica)
        return openedReplica.error().message;
    replica = std::move(*openedReplica);
    auto openedOutbox = OutboxStore::open(path + QStringLiteral("/outbox.sqlite"), keys);
    if (!openedOutbox)
        return openedOutbox.error().message;
    outbox = std::move(*openedOutbox);
    client = std::make_unique<CentralClient>(central);
    client->setToken(token);
    engine = std::make_unique<SyncEngine>(*replica, *outbox, *client);
    return QString();
}

QString ConsoleRig::startIn(const QString &storePath, const QUrl &central, const QString &login, const QString &password)
{
    path = storePath;
    return start(central, login, password);
}

QString ConsoleRig::start(const QUrl &central, const QString &login, const QString &password)
{
    auto unlocked = CacheKeys::unlock(path + QStringLiteral("/cache.key"), password);
    if (!unlocked)
        return unlocked.error().message;
    keys = *unlocked;
    if (QString problem = reopen(central); !problem.isEmpty())
        return problem;
    QString problem = QStringLiteral("no answer to the login");
    bool answered = false;
    client->login(login, password, [&](Result<SessionReply> reply) {
        answered = true;
        problem = reply ? QString() : reply.error().message;
    });
    QDeadlineTimer deadline(20000);
    while (!answered && !deadline.hasExpired())
        QTest::qWait(10);
    return problem;
}

bool ConsoleRig::syncAndWait(int timeoutMs)
{
    QSignalSpy caughtUp(engine.get(), &SyncEngine::caughtUp);
    QSignalSpy failed(engine.get(), &SyncEngine::failed);
    engine->syncNow();
    QDeadlineTimer deadline(timeoutMs);
    // A sync already running when this was called may have pushed before the latest write;
    // the engine then runs once more at once, and only the end of that run counts.
    while (!(!caughtUp.isEmpty() && !engine->isSyncing()) && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(10);
    return !caughtUp.isEmpty() && !engine->isSyncing() && failed.isEmpty();
}

qint64 ConsoleRig::pending() const
{
    auto count = outbox->pendingCount();
    return count ? *count : -1;
}

} // namespace parasol::test
