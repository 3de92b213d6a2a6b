#pragma once

#include "store/entitystore.h"

#include <memory>

namespace parasol::test {

// A connection of its own to a central database, with the change feed and the entity
// store on it, as another central process or a batch job has: for tests that write
// beside the service, in transactions they hold open as long as they like. The test
// stops if the database cannot be opened.
struct FeedConnection
{
    std::unique_ptr<Database> db;
    std::unique_ptr<ChangeFeed> feed;
    std::unique_ptr<EntityStore> entities;

    explicit FeedConnection(const DatabaseUrl &url);
};

} // namespace parasol::test
