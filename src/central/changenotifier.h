#pragma once

#include "core/result.h"

#include <QObject>

#include <memory>

namespace parasol {

class Database;

// Tells every parasol-central process on one database that a change was committed, so
// each pokes the consoles connected to it. On PostgreSQL several processes may share the
// database: the news goes out as NOTIFY and comes back to each through a connection of
// its own that LISTENs. On SQLite there is one process and the news stays in it.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kChannel = "parasol_changes";

    ~ChangeNotifier() override;
    // `db` is the service's connection, used to announce; on PostgreSQL a second
    // connection to the same database is opened to listen.
    static Result<std::unique_ptr<ChangeNotifier>> create(Database &db);

    // After a commit: `cursorHint` travels in the pokes.
    void announce(const QString &cursorHint);

Q_SIGNALS:
    void changed(const QString &cursorHint);

private:
    explicit ChangeNotifier(Database &db);

    Database &m_db;
    std::unique_ptr<Database> m_listener;
};

} // namespace parasol
