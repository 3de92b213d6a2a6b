#pragma once

#include "claim.h"
#include "order.h"
#include "priceevent.h"

#include <QList>

#include <optional>

namespace parasol {

// Where a line's price-protection window starts (RULES.md §1).
enum class WindowBasis { Sign, Order };
inline constexpr EnumNames windowBasisNames { std::array {
    std::pair { WindowBasis::Sign, u"sign" },
    std::pair { WindowBasis::Order, u"order" },
} };

// Why a line gets nothing. The names are stable: they are the API's `reason` codes.
enum class PriceProtectionRefusal {
    Gift,
    OutsideWindow,
    NothingLeft,
    NotADrop,
    ExcludedPriceSource,
    AlreadyCompensated,
};
inline constexpr EnumNames priceProtectionRefusalNames { std::array {
    std::pair { PriceProtectionRefusal::Gift, u"gift" },
    std::pair { PriceProtectionRefusal::OutsideWindow, u"outside_window" },
    std::pair { PriceProtectionRefusal::NothingLeft, u"nothing_left" },
    std::pair { PriceProtectionRefusal::NotADrop, u"not_a_drop" },
    std::pair { PriceProtectionRefusal::ExcludedPriceSource, u"excluded_price_source" },
    std::pair { PriceProtectionRefusal::AlreadyCompensated, u"already_compensated" },
} };

// The configurable numbers of price protection (⚙ in RULES.md §1).
struct PriceProtectionPolicy
{
    int largeApplianceDays = 30; // when the item carries no label of its own
    int smallApplianceDays = 15;
    QList<PriceSource> countedSources { PriceSource::Normal };
    QString ownSeller = QStringLiteral("self"); // the platform's own sales run from sign-off
};

// A line's window: from when, on which basis, until when.
struct PriceProtectionWindow
{
    WindowBasis basis = WindowBasis::Sign;
    int days = 0;
    // The first instant outside the window; nullopt while a sign-basis line is unsigned
    // (its window has not started to run, so it is open).
    std::optional<qint64> endsAt;

    bool contains(qint64 orderAt, qint64 t) const { return t >= orderAt && (!endsAt || t < *endsAt); }
};

// Everything the rule looks at for one order line.
struct PriceProtectionCase
{
    OrderLine line;
    qint64 orderAt = 0; // when the order was placed (UTC ms)
    std::optional<qint64> signedAt; // delivery sign-off
    // Price events of the line's SKU (any seller, any time, including those of the
    // line's earlier paid claims): the rule picks the one in effect.
    QList<PriceEvent> events;
    QList<Claim> claims; // the line's earlier claims
    qint64 now = 0;
};

// The verdict: eligible with an amount, or the reason why not, with the figures behind it.
struct PriceProtectionDecision
{
    std::optional<PriceProtectionRefusal> refusal;
    qint64 amountFen = 0; // > 0 exactly when eligible
    PriceProtectionWindow window;
    QString priceEventId; // the price in effect now (the payout key's event); empty when none
    std::optional<qint64> priceNowFen;
    int eligibleQty = 0;
    qint64 unitPaidFen = 0; // per unit, rounded down for display; the amount uses the exact value
    qint64 baselineFen = 0; // per unit: the lower of what was paid and what was already compensated, rounded down

    bool eligible() const { return !refusal; }
    QString reason() const { return refusal ? priceProtectionRefusalNames.name(*refusal) : QString(); }
};

// Price protection (价保), RULES.md §1.
class PriceProtection
{
public:
    explicit PriceProtection(PriceProtectionPolicy policy = {}) : m_policy(std::move(policy)) { }

    PriceProtectionWindow window(const OrderLine &line, qint64 orderAt, std::optional<qint64> signedAt) const;
    // The latest event for the line's SKU and seller whose effective time is not after `now`.
    static std::optional<PriceEvent> priceInEffect(const OrderLine &line, const QList<PriceEvent> &events, qint64 now);
    PriceProtectionDecision decide(const PriceProtectionCase &input) const;

    const PriceProtectionPolicy &policy() const { return m_policy; }

private:
    PriceProtectionPolicy m_policy;
};

} // namespace parasol
