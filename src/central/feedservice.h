#pragma once

#include "protocol/feedorder.h"
#include "protocol/feedreturn.h"
#include "store/entitystore.h"

#include "core/clock.h"
#include "core/priceevent.h"
#include "core/servicenode.h"

namespace parasol {

// Applies what the retail systems report: orders with their customers and lines,
// price changes, returns. Each request is one transaction: all of it or none.
class FeedService
{
public:
    FeedService(Database &db, EntityStore &entities, const Clock &clock);

    // Upserts the orders. A customer or line that exists keeps what the feed does not own
    // (tags an agent set, quantities returned). Returns how many orders were written.
    Result<int> applyOrders(const QList<FeedOrder> &orders);
    // Records a price change, and in the same transaction the automatic price protection
    // run it starts on behalf of `actor` (AutoClaimRunner); returns the new event's id.
    Result<QString> addPriceEvent(PriceEvent event, const QString &actor);
    // Records a return of `qty` units of a line, pending or done. Error "not_found" for an
    // unknown line, "rule_refused" when more would be returned than was bought.
    Result<QJsonObject> applyReturn(const FeedReturn &feedReturn);

private:
    Status writeOrder(Transaction &tx, const FeedOrder &feed);
    Status writeOrderNode(Transaction &tx, const Order &order, NodeKind kind, qint64 at);

    Database &m_db;
    EntityStore &m_entities;
    const Clock &m_clock;
};

} // namespace parasol
