#pragma once

#include "pullcursor.h"

#include "protocol/syncpage.h"
#include "store/entitystore.h"
#include "store/workingset.h"

namespace parasol {

// Serves sync/pull: a bootstrap that pages through every replicated table by key
// (resumable), then the change feed from the horizon read before the first page.
// Overlap between the two is harmless (clients keep the newer row_version); a gap
// cannot happen. A pull scoped to a working set carries only the rows of its customers
// and the shared reference rows (price events, engineers).
class PullService
{
public:
    static constexpr int kDefaultLimit = 500;
    static constexpr int kMaxLimit = 5000;

    PullService(Database &db, EntityStore &entities, ChangeFeed &feed);

    // Error "bad_cursor" (400), "gone" (410: another generation, or a cursor ahead of
    // this database, as after a restore from an older backup).
    // `scope` null: every row (admin).
    Result<SyncPage> pull(const QString &cursorText, int limit, const WorkingSet *scope);
    // A row as a pull (or a subscription) sends it.
    static SyncChange upsertOf(const EntityDescriptor &entity, const QJsonObject &row);

private:
    Status snapshotPage(PullCursor &cursor, int limit, const WorkingSet *scope, SyncPage &page);
    Status changesPage(PullCursor &cursor, int limit, const WorkingSet *scope, SyncPage &page);
    Result<PullCursor> startOrResume(const QString &cursorText, const QString &generation, const WorkingSet *scope);

    Database &m_db;
    EntityStore &m_entities;
    ChangeFeed &m_feed;
};

} // namespace parasol
