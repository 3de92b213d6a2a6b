#include "callservice.h"

#include "customerqueries.h"
#include "eventhub.h"

#include "protocol/entitycodec.h"

#include "core/businesscalendar.h"
#include "core/phonenumbers.h"

#include "crypto/securerandom.h"

namespace parasol {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

CallService::CallService(Database &db, EntityStore &entities, CustomerQueries &queries, EventHub &events,
                         const Clock &clock, ElderPolicy elderPolicy)
    : m_calls(db)
    , m_directory(db)
    , m_users(db)
    , m_entities(entities)
    , m_queries(queries)
    , m_events(events)
    , m_clock(clock)
    , m_elderPolicy(elderPolicy)
{
    connect(&m_events, &EventHub::clientAdded, this, &CallService::onListenerAdded);
}

Result<QJsonObject> CallService::receive(const QString &ani)
{
    const std::optional<QString> e164 = PhoneNumbers::normalise(ani);
    if (!e164)
        return Error { QStringLiteral("invalid_field"), QStringLiteral("ani: not a valid phone number") };
    auto matches = m_directory.byPhone(*e164);
    if (!matches)
        return matches.error();
    std::optional<Customer> caller;
    if (!matches->isEmpty())
        caller = EntityCodec::customerFromJson(matches->first());

    Call call;
    call.id = QStringLiteral("CALL") + SecureRandom::token(9);
    call.ani = *e164;
    call.customerId = caller ? caller->id : QString();
    call.at = m_clock.nowMs();
    call.queue = m_elderPolicy.queueFor(caller, BusinessCalendar::dateOf(call.at));
    if (Status stored = m_calls.insert(call); !stored)
        return stored.error();
    // Older calls of the queue go first; this one may have to wait behind them. The call is
    // stored: a failure to route it now is not the phone system's to retry (that would
    // record it twice); routing runs again after the next change or connection.
    if (Status routed = routeQueue(call.queue, Announce::IfCallsWait); !routed) {
        qWarning("parasol-central: call %s waits, routing failed: %s", qPrintable(call.id),
                 qPrintable(routed.error().message));
        Q_EMIT callsWaiting(call.queue); // another process may fare better
    }

    auto now = m_calls.get(call.id);
    if (!now)
        return now.error();
    QString agent;
    if (*now && !(*now)->seatUserId.isEmpty()) {
        auto user = m_users.byId((*now)->seatUserId);
        if (!user)
            return user.error();
        agent = *user ? (*user)->login : QString();
    }
    return QJsonObject {
        { QStringLiteral("id"), call.id },
        { QStringLiteral("queue"), seatNames.name(call.queue) },
        { QStringLiteral("customer_id"), textOrNull(call.customerId) },
        { QStringLiteral("agent"), textOrNull(agent) },
    };
}

void CallService::routeWaiting()
{
    for (Seat queue : { Seat::Elder, Seat::General })
        routeWaitingOf(queue);
}

void CallService::routeWaitingOf(Seat queue)
{
    if (Status routed = routeQueue(queue); !routed)
        report(routed.error());
}

void CallService::onListenerAdded(const User &user)
{
    if (!user.seat)
        return;
    // A console that reconnects mid-call gets its call again.
    auto open = m_calls.unfinishedOf(user.id);
    if (!open)
        return report(open.error());
    if (*open) {
        auto text = message(**open);
        if (!text)
            return report(text.error());
        m_events.sendToUser(user.id, *text);
        return;
    }
    if (Status routed = routeQueue(*user.seat); !routed)
        report(routed.error());
}

// Offers the oldest waiting calls of `queue` to this process's free seats until one or the
// other runs out. Other processes hear of the calls left waiting when `announce` says so,
// and always when a call had to be taken back from a seat that could not be told.
Status CallService::routeQueue(Seat queue, Announce announce)
{
    QSet<QString> unreachable;
    for (;;) {
        auto waiting = m_calls.oldestWaiting(queue);
        if (!waiting)
            return waiting.error();
        if (!*waiting)
            return {};
        auto seat = freeSeat(queue, unreachable);
        if (!seat)
            return seat.error();
        if (!*seat) {
            if (announce == Announce::IfCallsWait || !unreachable.isEmpty())
                Q_EMIT callsWaiting(queue);
            return {};
        }
        // Written before the call is taken, so a failure here leaves it waiting.
        auto text = message(**waiting);
        if (!text)
            return text.error();
        const QString &callId = (*waiting)->id;
        const QString &userId = (*seat)->user.id;
        auto routed = m_calls.route(callId, userId, m_clock.nowMs());
        if (!routed)
            return routed.error();
        if (!*routed)
            continue; // another central process on this database took it meanwhile
        if (m_events.sendToUser(userId, *text))
            continue;
        // The console went away after it was counted free: the call waits again.
        unreachable.insert(userId);
        if (auto released = m_calls.release(callId, userId); !released)
            return released.error();
    }
}

Result<std::optional<CallService::FreeSeat>> CallService::freeSeat(Seat queue, const QSet<QString> &unreachable)
{
    std::optional<FreeSeat> best;
    for (const EventHub::Listener &listener : m_events.listeners()) {
        if (listener.user.seat != queue || unreachable.contains(listener.user.id))
            continue;
        auto busy = m_calls.unfinishedOf(listener.user.id);
        if (!busy)
            return busy.error();
        if (*busy)
            continue;
        auto lastWrapUp = m_calls.lastWrapUpOf(listener.user.id);
        if (!lastWrapUp)
            return lastWrapUp.error();
        const qint64 idleSince = std::max(listener.since, lastWrapUp->value_or(0));
        if (!best || idleSince < best->idleSince || (idleSince == best->idleSince && listener.user.login < best->user.login))
            best = FreeSeat { listener.user, idleSince };
    }
    return best;
}

Result<QJsonObject> CallService::message(const Call &call)
{
    QJsonValue customer = QJsonValue::Null;
    if (!call.customerId.isEmpty()) {
        auto row = m_entities.get(EntitySchema::get(u"customer"), call.customerId);
        if (!row)
            return row.error();
        if (*row)
            customer = m_queries.summary(**row);
    }
    const QJsonObject body {
        { QStringLiteral("id"), call.id },
        { QStringLiteral("queue"), seatNames.name(call.queue) },
        { QStringLiteral("customer_id"), textOrNull(call.customerId) },
        { QStringLiteral("ani"), call.ani },
        { QStringLiteral("at"), BusinessCalendar::toIso(call.at) },
        { QStringLiteral("customer"), customer },
    };
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("call") }, { QStringLiteral("call"), body } };
}

void CallService::report(const Error &error) const
{
    // Routing runs after the request that caused it; a failure leaves the call waiting,
    // and the next change or connection tries again.
    qWarning("parasol-central: could not route calls: %s", qPrintable(error.message));
}

} // namespace parasol
