#pragma once

#include "core/result.h"

#include <QJsonObject>

namespace parasol {

// A return reported by the order system: `qty` units of a line are pending return, or done.
struct FeedReturn
{
    QString orderNo;
    QString lineNo;
    int qty = 1;
    bool done = false; // "done"; false for "pending"

    QString orderLineId() const { return orderNo + u'/' + lineNo; }
};

namespace FeedReturnCodec {
Result<FeedReturn> parse(const QJsonObject &body);
} // namespace FeedReturnCodec

} // namespace parasol
