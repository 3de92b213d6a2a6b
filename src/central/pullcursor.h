#pragma once

#include "store/changefeed.h"

namespace parasol {

// Where a client stands in sync/pull. Opaque to clients (base64url of a small JSON
// object); it carries the database's generation so a cursor from another history is
// recognised and refused (410) instead of silently skipping changes.
struct PullCursor
{
    enum class Phase {
        Snapshot, // bootstrapping: paging through the tables by key
        Changes, // following the change feed
    };
    QString generation;
    Phase phase = Phase::Snapshot;
    // Snapshot: the feed horizon read before the first page, where the feed takes over.
    // Changes: the last change sent.
    FeedPosition position;
    int entityIndex = 0; // snapshot: the entity being paged (EntitySchema::all() order)
    QString lastKey; // snapshot: the last key sent of that entity
    qint64 sent = 0, total = 0; // snapshot: rows sent so far, rows at the start

    QString encode() const;
    // Error "bad_cursor" for anything that is not a cursor this service made.
    static Result<PullCursor> decode(const QString &text);
};

} // namespace parasol
