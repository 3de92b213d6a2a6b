#pragma once

#include "core/priceevent.h"
#include "core/result.h"

#include <QJsonObject>

namespace parasol::FeedPriceCodec {

// Reads the body of `PUT feed/prices/{sku}`: price_fen and effective_at required,
// seller defaulting to "self", source to "normal". The event's id is left empty.
Result<PriceEvent> parse(const QString &sku, const QJsonObject &body);

} // namespace parasol::FeedPriceCodec
