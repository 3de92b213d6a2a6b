#pragma once

#include "enumnames.h"

namespace parasol {

enum class ClaimStatus { Paid, Rejected };
inline constexpr EnumNames claimStatusNames { std::array {
    std::pair { ClaimStatus::Paid, u"paid" },
    std::pair { ClaimStatus::Rejected, u"rejected" },
} };

enum class ClaimOrigin { Manual, Auto };
inline constexpr EnumNames claimOriginNames { std::array {
    std::pair { ClaimOrigin::Manual, u"manual" },
    std::pair { ClaimOrigin::Auto, u"auto" },
} };

// A price-protection claim for one order line and one price event (the payout key).
struct Claim
{
    QString id;
    QString orderLineId;
    QString customerId;
    QString priceEventId; // empty when rejected before a drop was found
    ClaimStatus status = ClaimStatus::Rejected;
    qint64 amountFen = 0;
    QString reason; // rejection reason code (RULES.md §1); empty when paid
    ClaimOrigin origin = ClaimOrigin::Manual;
    qint64 createdAt = 0;
    qint64 rowVersion = 0;
};

} // namespace parasol
