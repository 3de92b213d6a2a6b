#include "calloffer.h"

#include "jsonfields.h"

namespace parasol::CallOfferCodec {

Result<CallOffer> parse(const QJsonObject &call)
{
    JsonFields f(call, QStringLiteral("call"));
    CallOffer offer;
    offer.id = f.requiredString(QStringLiteral("id"), 64);
    offer.queue = f.requiredEnum(QStringLiteral("queue"), seatNames);
    offer.ani = f.requiredString(QStringLiteral("ani"), 40);
    offer.customerId = f.optionalString(QStringLiteral("customer_id"), {}, 64);
    if (const std::optional<QJsonObject> customer = f.optionalObject(QStringLiteral("customer"))) {
        JsonFields c(*customer, QStringLiteral("call.customer"));
        offer.nameMasked = c.optionalString(QStringLiteral("name_masked"), {}, 64);
        offer.phoneMasked = c.optionalString(QStringLiteral("phone_masked"), {}, 40);
        if (const std::optional<qint64> age = c.optionalInteger(QStringLiteral("age"), 0, 150))
            offer.age = int(*age);
        offer.elder = c.optionalBool(QStringLiteral("elder"), false);
        f.adopt(c);
    }
    if (!f.ok())
        return f.error();
    return offer;
}

} // namespace parasol::CallOfferCodec
