#include "servicelevel.h"

namespace parasol {

namespace {
constexpr qint64 kHourMs = 3600LL * 1000;

qint64 byTier(int cityTier, qint64 city, qint64 county, qint64 township)
{
    if (cityTier >= 4)
        return township;
    if (cityTier == 3)
        return county;
    return city;
}
} // namespace

std::optional<qint64> ServiceLevelPolicy::allowanceMs(NodeKind kind, int cityTier, bool elder) const
{
    switch (kind) {
    case NodeKind::Reviewed:
        return reviewHours * kHourMs;
    case NodeKind::Dispatched:
        return dispatchHours * kHourMs;
    case NodeKind::EngineerBooked:
        return (elder ? bookElderHours : byTier(cityTier, bookCityHours, bookCountyHours, bookTownshipHours)) * kHourMs;
    case NodeKind::OnSite:
        return byTier(cityTier, onSiteCityHours, onSiteCountyHours, onSiteTownshipHours) * kHourMs;
    case NodeKind::FollowUp:
        return followUpHours * kHourMs;
    default:
        return std::nullopt;
    }
}

DeadlineState deadlineState(qint64 startMs, qint64 dueMs, qint64 atMs)
{
    if (atMs > dueMs)
        return DeadlineState::Overdue;
    const qint64 allowed = dueMs - startMs;
    // Integer form of "elapsed ≥ 80% of allowed".
    if (allowed > 0 && (atMs - startMs) * 5 >= allowed * 4)
        return DeadlineState::Approaching;
    return DeadlineState::OnTime;
}

} // namespace parasol
