#include "pushservice.h"

#include "store/workingset.h"

#include "protocol/jsonfields.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace parasol {

namespace {

QJsonValue errorJson(const Error &error)
{
    return QJsonObject { { QStringLiteral("code"), error.code }, { QStringLiteral("message"), error.message } };
}

} // namespace

PushService::PushService(Database &db, MutationApplier &applier)
    : m_db(db)
    , m_applier(applier)
{
}

Result<PushService::Reply> PushService::push(const User &user, const QJsonObject &body)
{
    JsonFields f(body);
    const QString clientId = f.requiredString(QStringLiteral("client_id"), 64);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.{}-]{4,64}$"));
    if (f.ok() && !idPattern.match(clientId).hasMatch())
        f.fail(QStringLiteral("client_id"), QStringLiteral("use 4 to 64 letters, digits, '-', '_', '.'"));
    const QJsonArray mutations = f.requiredArray(QStringLiteral("mutations"), kMaxMutationsPerPush);
    struct Parsed
    {
        qint64 mid;
        QString type;
        QJsonObject data;
    };
    QList<Parsed> parsed;
    for (qsizetype i = 0; f.ok() && i < mutations.size(); ++i) {
        JsonFields m(mutations[i].toObject(), QStringLiteral("mutations[%1]").arg(i));
        if (!mutations[i].isObject())
            m.fail(QString(), QStringLiteral("expected an object"));
        const qint64 mid = m.requiredInteger(QStringLiteral("mid"), 1, std::numeric_limits<qint64>::max() / 2);
        const QString type = m.requiredString(QStringLiteral("type"), 64);
        const QJsonObject data = m.requiredObject(QStringLiteral("data"));
        if (m.ok() && !parsed.isEmpty() && mid != parsed.last().mid + 1)
            m.fail(QStringLiteral("mid"), QStringLiteral("mutations must be numbered consecutively"));
        f.adopt(m);
        parsed.append(Parsed { mid, type, data });
    }
    if (!f.ok())
        return f.error();

    Reply reply;
    for (const Parsed &mutation : parsed) {
        auto result = pushOne(user, clientId, mutation.mid, mutation.type, mutation.data, reply.expectedMid);
        if (!result)
            return result.error();
        if (reply.expectedMid)
            break;
        reply.results.append(*result);
    }
    return reply;
}

Result<qint64> PushService::lockClient(Transaction &, const QString &clientId, const User &user)
{
    // Create the client's row if new, then lock it: concurrent pushes of one client queue here.
    auto created = m_db.exec(QStringLiteral("INSERT INTO sync_clients (client_id, user_id, last_mid, updated_at) "
                                            "VALUES (?, ?, 0, ?) ON CONFLICT (client_id) DO NOTHING"),
                             { clientId, user.id, QDateTime::currentMSecsSinceEpoch() });
    if (!created)
        return created.error();
    const bool pg = m_db.dialect() == Database::Dialect::Postgres;
    auto last = m_db.scalar(pg ? QStringLiteral("SELECT last_mid FROM sync_clients WHERE client_id = ? FOR UPDATE")
                               : QStringLiteral("SELECT last_mid FROM sync_clients WHERE client_id = ?"),
                            { clientId });
    if (!last)
        return last.error();
    return last->toLongLong();
}

Result<QJsonObject> PushService::pushOne(const User &user, const QString &clientId, qint64 mid, const QString &type,
                                         const QJsonObject &data, std::optional<qint64> &expectedMid)
{
    Transaction tx = m_db.begin();
    if (!tx.started())
        return tx.error();
    auto lastMid = lockClient(tx, clientId, user);
    if (!lastMid)
        return lastMid.error();

    if (mid <= *lastMid) {
        auto stored = m_db.scalar(QStringLiteral("SELECT result FROM mutation_results WHERE client_id = ? AND mid = ?"),
                                  { clientId, mid });
        if (!stored)
            return stored.error();
        QJsonObject original = QJsonDocument::fromJson(stored->toString().toUtf8()).object();
        original.insert(QStringLiteral("mid"), mid);
        original.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
        return original;
    }
    if (mid > *lastMid + 1) {
        expectedMid = *lastMid + 1;
        return QJsonObject();
    }

    auto outcome = m_applier.apply(tx, user, type, data);
    if (!outcome)
        return outcome.error();
    if (outcome->applied && !outcome->customerId.isEmpty())
        if (Status subscribed = WorkingSet(m_db, user.id).subscribe(outcome->customerId, QDateTime::currentMSecsSinceEpoch());
            !subscribed)
            return subscribed.error();
    QJsonObject result { { QStringLiteral("mid"), mid },
                         { QStringLiteral("status"), outcome->applied ? QStringLiteral("applied") : QStringLiteral("rejected") },
                         { QStringLiteral("error"), outcome->applied ? QJsonValue::Null : errorJson(outcome->error) },
                         { QStringLiteral("result"), outcome->result } };
    auto recorded = m_db.exec(QStringLiteral("INSERT INTO mutation_results (client_id, mid, status, result) VALUES (?, ?, ?, ?)"),
                              { clientId, mid, result.value(QLatin1String("status")).toString(),
                                QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) });
    if (!recorded)
        return recorded.error();
    auto bumped = m_db.exec(QStringLiteral("UPDATE sync_clients SET last_mid = ?, user_id = ?, updated_at = ? WHERE client_id = ?"),
                            { mid, user.id, QDateTime::currentMSecsSinceEpoch(), clientId });
    if (!bumped)
        return bumped.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace parasol
