#pragma once

#include "enumnames.h"

#include <optional>

namespace parasol {

// First-level categories: the China Consumers Association's complaint types (RULES.md §5).
enum class ComplaintCategory {
    AfterSalesService,
    Quality,
    Contract,
    FalseAdvertising,
    Price,
    Safety,
    Counterfeit,
    PersonalDignity,
    Measurement,
    Other,
};
inline constexpr EnumNames complaintCategoryNames { std::array {
    std::pair { ComplaintCategory::AfterSalesService, u"after_sales_service" },
    std::pair { ComplaintCategory::Quality, u"quality" },
    std::pair { ComplaintCategory::Contract, u"contract" },
    std::pair { ComplaintCategory::FalseAdvertising, u"false_advertising" },
    std::pair { ComplaintCategory::Price, u"price" },
    std::pair { ComplaintCategory::Safety, u"safety" },
    std::pair { ComplaintCategory::Counterfeit, u"counterfeit" },
    std::pair { ComplaintCategory::PersonalDignity, u"personal_dignity" },
    std::pair { ComplaintCategory::Measurement, u"measurement" },
    std::pair { ComplaintCategory::Other, u"other" },
} };

enum class ComplaintState { Open, Assigned, Resolved, Verified, Reopened };
inline constexpr EnumNames complaintStateNames { std::array {
    std::pair { ComplaintState::Open, u"open" },
    std::pair { ComplaintState::Assigned, u"assigned" },
    std::pair { ComplaintState::Resolved, u"resolved" },
    std::pair { ComplaintState::Verified, u"verified" },
    std::pair { ComplaintState::Reopened, u"reopened" },
} };

// Where a complaint was escalated from, if anywhere.
enum class Escalation { None, Platform, Gov12315, ConsumerAssociation, Media };
inline constexpr EnumNames escalationNames { std::array {
    std::pair { Escalation::None, u"none" },
    std::pair { Escalation::Platform, u"platform" },
    std::pair { Escalation::Gov12315, u"12315" },
    std::pair { Escalation::ConsumerAssociation, u"consumer_association" },
    std::pair { Escalation::Media, u"media" },
} };

struct Complaint
{
    QString id;
    QString customerId;
    QString orderNo; // may be empty
    QString brand; // of the order's first line, for the report; may be empty
    ComplaintCategory category = ComplaintCategory::Other;
    QString reason; // second-level reason, e.g. "price_protection_refused"
    QString channel; // "phone", "online", "app", …
    Escalation escalation = Escalation::None;
    bool urgent = false; // safety complaints always are
    bool elder = false;
    ComplaintState state = ComplaintState::Open;
    QString owner; // login of the responsible owner
    QString text;
    qint64 openedAt = 0;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> verifiedAt;
    std::optional<int> satisfaction; // 1–5
    qint64 rowVersion = 0;
};

} // namespace parasol
