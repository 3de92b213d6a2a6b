#pragma once

#include <QString>

namespace parasol::CustomerLookup {

// The request to ask central (GET /api/v1/customers) for what the agent typed into the
// search box: an order number as `order_no`, a phone number in any common form as
// `phone` (E.164), anything else (a name, pinyin, a phone's last digits) as `q`.
QString path(const QString &text);

} // namespace parasol::CustomerLookup
