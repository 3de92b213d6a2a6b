#include "feedreturn.h"

#include "jsonfields.h"

namespace parasol::FeedReturnCodec {

Result<FeedReturn> parse(const QJsonObject &body)
{
    JsonFields f(body);
    FeedReturn r;
    r.orderNo = f.requiredString(QStringLiteral("order_no"), 64);
    r.lineNo = f.requiredString(QStringLiteral("line_id"), 32);
    r.qty = int(f.requiredInteger(QStringLiteral("qty"), 1, 10000));
    const QString status = f.requiredString(QStringLiteral("status"), 16);
    if (f.ok() && status != u"pending" && status != u"done")
        f.fail(QStringLiteral("status"), QStringLiteral("expected \"pending\" or \"done\""));
    r.done = status == u"done";
    if (!f.ok())
        return f.error();
    return r;
}

} // namespace parasol::FeedReturnCodec
