#pragma once

#include "core/customer.h"
#include "core/order.h"
#include "core/result.h"

#include <QJsonObject>

namespace parasol {

// One order from the order system (central-api.md, "Feed order shape"), validated.
struct FeedOrder
{
    Customer customer; // id = the order system's external_id
    Order order; // with its lines
};

namespace FeedOrderCodec {

constexpr int kMaxOrdersPerRequest = 1000;
constexpr int kMaxLinesPerOrder = 200;

// Reads `{"orders":[...]}`. The first problem fails the whole request, naming the field.
Result<QList<FeedOrder>> parse(const QJsonObject &body);

} // namespace FeedOrderCodec
} // namespace parasol
