#pragma once

#include "store/callstore.h"
#include "store/customerdirectory.h"
#include "store/entitystore.h"
#include "store/userstore.h"

#include "core/clock.h"
#include "core/elderpolicy.h"

#include <QJsonObject>
#include <QObject>

namespace parasol {

class CustomerQueries;
class EventHub;

// Incoming calls (POST /api/v1/calls): matches the caller by phone, picks the queue by
// RULES.md §3 and routes the call to one free seat of that queue: an agent of that seat
// whose console listens on /api/v1/events and who has no call left to wrap up; among
// those, the one idle longest. A call no seat can take waits, oldest first, for the
// next seat of its queue that connects or wraps up.
class CallService : public QObject
{
    Q_OBJECT
public:
    CallService(Database &db, EntityStore &entities, CustomerQueries &queries, EventHub &events, const Clock &clock,
                ElderPolicy elderPolicy = {});

    // {"id","queue","customer_id","seat"} of the new call ("seat" is the login it went
    // to, null while it waits). Error "invalid_field" when `ani` is not a phone number.
    Result<QJsonObject> receive(const QString &ani);
    // Gives waiting calls to the seats that are free now. Called after every committed
    // change (a wrap-up frees a seat) and when a console connects.
    void routeWaiting();

private:
    struct FreeSeat
    {
        User user;
        qint64 idleSince = 0;
    };
    void onListenerAdded(const User &user);
    Status routeQueue(Seat queue);
    Result<std::optional<FreeSeat>> freeSeat(Seat queue);
    Result<QJsonObject> message(const Call &call);
    void report(const Error &error) const;

    CallStore m_calls;
    CustomerDirectory m_directory;
    UserStore m_users;
    EntityStore &m_entities;
    CustomerQueries &m_queries;
    EventHub &m_events;
    const Clock &m_clock;
    ElderPolicy m_elderPolicy;
};

} // namespace parasol
