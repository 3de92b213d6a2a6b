#include "feedconnection.h"

namespace parasol::test {

FeedConnection::FeedConnection(const DatabaseUrl &url)
{
    auto opened = Database::open(url);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    db = std::move(*opened);
    feed = ChangeFeed::create(*db);
    entities = std::make_unique<EntityStore>(*db, *feed);
}

} // namespace parasol::test
