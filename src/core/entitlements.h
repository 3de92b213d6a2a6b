#pragma once

#include "priceprotection.h"
#include "repairhistory.h"

namespace parasol {

// What an after-sales entitlement gives the customer (RULES.md §2).
enum class Remedy {
    NoReasonReturn,
    Return,
    Exchange,
    Replace,
    ReturnExchangeOrRepair,
    ExchangeOrRepair,
    FreeRepair,
    FreeExchange,
    PriceProtection,
};
inline constexpr EnumNames remedyNames { std::array {
    std::pair { Remedy::NoReasonReturn, u"no_reason_return" },
    std::pair { Remedy::Return, u"return" },
    std::pair { Remedy::Exchange, u"exchange" },
    std::pair { Remedy::Replace, u"replace" },
    std::pair { Remedy::ReturnExchangeOrRepair, u"return_exchange_or_repair" },
    std::pair { Remedy::ExchangeOrRepair, u"exchange_or_repair" },
    std::pair { Remedy::FreeRepair, u"free_repair" },
    std::pair { Remedy::FreeExchange, u"free_exchange" },
    std::pair { Remedy::PriceProtection, u"price_protection" },
} };

// What the customer has to show for the remedy.
enum class EntitlementCondition { None, QualityProblem, PerformanceFault, WarrantyFault, RepairsFailed, PriceDrop };
inline constexpr EnumNames entitlementConditionNames { std::array {
    std::pair { EntitlementCondition::None, u"none" },
    std::pair { EntitlementCondition::QualityProblem, u"quality_problem" },
    std::pair { EntitlementCondition::PerformanceFault, u"performance_fault" },
    std::pair { EntitlementCondition::WarrantyFault, u"warranty_fault" },
    std::pair { EntitlementCondition::RepairsFailed, u"repairs_failed" },
    std::pair { EntitlementCondition::PriceDrop, u"price_drop" },
} };

// Which lines a rule covers.
enum class EntitlementScope { AnyItem, SmallAppliance, LargeAppliance, MainPartsWarranty };

// Where a rule's clock starts. The sale is the order's payment (its placing when unpaid),
// which is also the invoice date.
enum class EntitlementAnchor { SignOff, Sale, RepairHistory, PriceProtectionWindow };

// One row of the rules table. A period of N days from an anchor ends at 00:00 Shanghai on
// (anchor date + 1 + N) and, when it starts later, starts at 00:00 on (anchor date + 1 + startDay).
struct EntitlementRule
{
    QString id; // "E1"…"E9", as in RULES.md
    Remedy remedy;
    EntitlementCondition condition;
    EntitlementScope scope;
    EntitlementAnchor anchor;
    QString part; // what the warranty covers: "whole_unit", "main_parts"; empty otherwise
    int startDay = 0;
    int days = 0;
    int years = 0;
    bool repairTimeExtends = false; // time spent in repair does not count (E7)
};

// The configurable numbers of RULES.md §2 (⚙).
struct EntitlementPolicy
{
    int noReasonReturnDays = 30; // the law says 7; the platform extends it
    int longRepairDays = 30; // a repair longer than this earns a free exchange (E8)
    int failedRepairsForExchange = 2;
    QList<Category> mainPartsCategories { Category::Tv, Category::Fridge, Category::Washer, Category::AirConditioner };

    // The table itself, with this policy's numbers.
    QList<EntitlementRule> rules() const;
};

// One entitlement that still applies to a line, and until when.
struct Entitlement
{
    EntitlementRule rule;
    std::optional<qint64> from; // when it starts, if later than now
    std::optional<qint64> until; // first instant it no longer applies; nullopt: no end yet (not signed for, or none)
};

struct EntitlementCase
{
    OrderLine line;
    qint64 orderAt = 0;
    std::optional<qint64> paidAt;
    std::optional<qint64> signedAt;
    QList<RepairRecord> repairs; // the line's, see repairHistory()
    qint64 now = 0;
};

// RULES.md §2: the entitlements of an order line that have not run out.
class Entitlements
{
public:
    explicit Entitlements(EntitlementPolicy policy = {}, PriceProtection priceProtection = PriceProtection())
        : m_policy(std::move(policy))
        , m_priceProtection(std::move(priceProtection))
    {
    }

    QList<Entitlement> applying(const EntitlementCase &input) const;

private:
    bool covers(const EntitlementRule &rule, const OrderLine &line) const;
    bool repairsQualify(const EntitlementCase &input, std::optional<qint64> warrantyEnd) const;

    EntitlementPolicy m_policy;
    PriceProtection m_priceProtection;
};

} // namespace parasol
