#include "feedprice.h"

#include "jsonfields.h"

namespace parasol::FeedPriceCodec {

Result<PriceEvent> parse(const QString &sku, const QJsonObject &body)
{
    JsonFields f(body);
    PriceEvent e;
    e.sku = sku;
    if (sku.isEmpty() || sku.size() > 64)
        f.fail(QStringLiteral("sku"), QStringLiteral("expected 1 to 64 characters"));
    e.priceFen = f.requiredInteger(QStringLiteral("price_fen"), 0, 100'000'000'00LL);
    e.effectiveAt = f.requiredTime(QStringLiteral("effective_at"));
    e.seller = f.optionalString(QStringLiteral("seller"), QStringLiteral("self"), 64);
    if (f.ok() && e.seller.trimmed().isEmpty())
        f.fail(QStringLiteral("seller"), QStringLiteral("must not be empty"));
    e.source = f.optionalEnum(QStringLiteral("source"), priceSourceNames, PriceSource::Normal);
    if (!f.ok())
        return f.error();
    return e;
}

} // namespace parasol::FeedPriceCodec
