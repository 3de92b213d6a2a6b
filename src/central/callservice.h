#pragma once

#include "store/callstore.h"
#include "store/customerdirectory.h"
#include "store/entitystore.h"
#include "store/userstore.h"

#include "core/clock.h"
#include "core/elderpolicy.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace parasol {

class CustomerQueries;
class EventHub;

// Incoming calls (POST /api/v1/calls): matches the caller by phone, picks the queue by
// RULES.md §3 and routes the call to one free seat of that queue: an agent of that seat
// whose console listens on /api/v1/events and who has no call left to wrap up; among
// those, the one idle longest. A call no seat can take waits, oldest first, for the
// next seat of its queue that connects or wraps up.
//
// Several central processes may serve one PostgreSQL database, each knowing only the seats
// connected to it. A call is given to a seat in the database first, by a conditional
// update (CallStore::route), and only then sent; so a call reaches exactly one seat however
// many processes try at once, and a send that fails makes the call wait again. A call this
// process leaves waiting is announced (callsWaiting, sent on by ChangeNotifier) and every
// process offers it to its own free seats; a seat that connects to, or wraps up through,
// any process takes the oldest waiting call. "Idle longest" holds among the seats of one
// process; across processes, the one that sees a call first offers it to its own seats
// first. A seat whose console goes away keeps its open call (the voice is the phone
// system's, it may have been answered): the call is sent again when the agent's console
// connects to any process, and waits for their wrap-up.
class CallService : public QObject
{
    Q_OBJECT
public:
    CallService(Database &db, EntityStore &entities, CustomerQueries &queries, EventHub &events, const Clock &clock,
                ElderPolicy elderPolicy = {});

    // {"id","queue","customer_id","agent"} of the new call ("agent" is the login of the seat
    // it went to, null while it waits: another process may still give it to one of its seats
    // right after). Error "invalid_field" when `ani` is not a phone number.
    Result<QJsonObject> receive(const QString &ani);
    // Gives waiting calls to this process's seats that are free now. Called after every
    // committed change (a wrap-up frees a seat).
    void routeWaiting();
    // The same for the calls of one queue: called when some process announces they wait.
    void routeWaitingOf(Seat queue);

Q_SIGNALS:
    // Calls of `queue` wait that no seat of this process could take: a new call, or one
    // whose seat could not be told.
    void callsWaiting(parasol::Seat queue);

private:
    struct FreeSeat
    {
        User user;
        qint64 idleSince = 0;
    };
    void onListenerAdded(const User &user);
    enum class Announce { IfCallsWait, IfReleased };
    Status routeQueue(Seat queue, Announce announce = Announce::IfReleased);
    Result<std::optional<FreeSeat>> freeSeat(Seat queue, const QSet<QString> &unreachable);
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
