#pragma once

#include "pullcursor.h"

#include "protocol/syncpage.h"
#include "store/entitystore.h"

namespace parasol {

// Serves sync/pull: a bootstrap that pages through every replicated table by key
// (resumable), then the change feed from the horizon read before the first page.
// Overlap between the two is harmless (clients keep the newer row_version); a gap
// cannot happen.
class PullService
{
public:
    static constexpr int kDefaultLimit = 500;
    static constexpr int kMaxLimit = 5000;

    PullService(Database &db, EntityStore &entities, ChangeFeed &feed);

    // Error "bad_cursor" (400), "gone" (410: another generation, or a cursor ahead of
    // this database, as after a restore from an older backup).
    Result<SyncPage> pull(const QString &cursorText, int limit);

private:
    Status snapshotPage(PullCursor &cursor, int limit, SyncPage &page);
    Status changesPage(PullCursor &cursor, int limit, SyncPage &page);
    Result<PullCursor> startOrResume(const QString &cursorText, const QString &generation);

    Database &m_db;
    EntityStore &m_entities;
    ChangeFeed &m_feed;
};

} // namespace parasol
