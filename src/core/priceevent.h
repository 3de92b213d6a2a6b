#pragma once

#include "enumnames.h"

namespace parasol {

// Where a price came from. Only `Normal` prices count for price protection (RULES.md §1).
enum class PriceSource { Normal, Flash, Subsidy, Member, Coupon };
inline constexpr EnumNames priceSourceNames { std::array {
    std::pair { PriceSource::Normal, u"normal" },
    std::pair { PriceSource::Flash, u"flash" },
    std::pair { PriceSource::Subsidy, u"subsidy" },
    std::pair { PriceSource::Member, u"member" },
    std::pair { PriceSource::Coupon, u"coupon" },
} };

// A price change from the catalogue: from `effectiveAt` on, `sku` sold by `seller` costs `priceFen`.
struct PriceEvent
{
    QString id;
    QString sku;
    QString seller = QStringLiteral("self");
    qint64 priceFen = 0;
    qint64 effectiveAt = 0; // UTC ms
    PriceSource source = PriceSource::Normal;
    qint64 createdAt = 0; // when the catalogue announced it: of two prices for the same instant, the later counts
    qint64 rowVersion = 0;
};

} // namespace parasol
