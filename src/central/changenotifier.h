#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QObject>

#include <memory>

namespace parasol {

class Database;

// Tells every parasol-central process on one database that a change was committed, so
// each pokes the consoles connected to it, and that calls wait for a seat, so each offers
// them to its own free seats. On PostgreSQL several processes may share the database: the
// news goes out as NOTIFY and comes back to each through a connection of its own that
// LISTENs. On SQLite there is one process and the news stays in it.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kChannel = "parasol_changes";
    static constexpr const char *kCallsChannel = "parasol_calls_waiting";

    ~ChangeNotifier() override;
    // `db` is the service's connection, used to announce; on PostgreSQL a second
    // connection to the same database is opened to listen.
    static Result<std::unique_ptr<ChangeNotifier>> create(Database &db);

    // After a commit: `cursorHint` travels in the pokes.
    void announce(const QString &cursorHint);
    // After this process left a call of `queue` waiting (no seat of its own could take
    // it). With a single process there is nobody else to ask, so this says nothing.
    void announceCallsWaiting(Seat queue);

Q_SIGNALS:
    void changed(const QString &cursorHint);
    // Some process, this one included, has calls of `queue` that wait.
    void callsWaiting(parasol::Seat queue);

private:
    explicit ChangeNotifier(Database &db);
    void notify(const char *channel, const QString &payload);

    Database &m_db;
    std::unique_ptr<Database> m_listener;
};

} // namespace parasol
