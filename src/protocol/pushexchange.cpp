#include "pushexchange.h"

#include "jsonfields.h"

namespace parasol {

namespace PushExchangeCodec {

QJsonObject request(const QString &clientId, const QList<PushMutation> &mutations)
{
    QJsonArray items;
    for (const PushMutation &mutation : mutations)
        items.append(QJsonObject { { QStringLiteral("mid"), mutation.mid },
                                   { QStringLiteral("type"), mutation.type },
                                   { QStringLiteral("data"), mutation.data } });
    return QJsonObject { { QStringLiteral("client_id"), clientId }, { QStringLiteral("mutations"), items } };
}

Result<PushReply> parseReply(const QJsonObject &json)
{
    static constexpr EnumNames statusNames { std::array {
        std::pair { PushOutcome::Status::Applied, u"applied" },
        std::pair { PushOutcome::Status::Duplicate, u"duplicate" },
        std::pair { PushOutcome::Status::Rejected, u"rejected" },
    } };
    JsonFields f(json);
    PushReply reply;
    reply.expectedMid = f.optionalInteger(QStringLiteral("expected_mid"), 1, std::numeric_limits<qint64>::max());
    const QJsonArray results = f.optionalArray(QStringLiteral("results"), 100000).value_or(QJsonArray());
    for (qsizetype i = 0; f.ok() && i < results.size(); ++i) {
        JsonFields r(results[i].toObject(), QStringLiteral("results[%1]").arg(i));
        PushOutcome outcome;
        outcome.mid = r.requiredInteger(QStringLiteral("mid"), 1, std::numeric_limits<qint64>::max());
        outcome.status = r.requiredEnum(QStringLiteral("status"), statusNames);
        if (r.ok() && outcome.status != PushOutcome::Status::Applied) {
            // A duplicate carries the original outcome's error, if it was a rejection.
            const QJsonObject error = results[i].toObject().value(QLatin1String("error")).toObject();
            outcome.error = Error { error.value(QLatin1String("code")).toString(), error.value(QLatin1String("message")).toString() };
            if (outcome.status == PushOutcome::Status::Duplicate && !outcome.error.code.isEmpty())
                outcome.status = PushOutcome::Status::Rejected;
        }
        f.adopt(r);
        reply.outcomes.append(outcome);
    }
    if (!f.ok())
        return f.error();
    return reply;
}

} // namespace PushExchangeCodec

} // namespace parasol
