#pragma once

#include "servicenode.h"

#include <optional>

namespace parasol {

// Service-level deadlines of an after-sales ticket's nodes (RULES.md §4): how long
// each node may take after the one before it. City tiers 1–2 are cities, 3 a county,
// 4 a township. The numbers are configurable (⚙); the defaults are the rules'.
struct ServiceLevelPolicy
{
    qint64 reviewHours = 2;
    qint64 dispatchHours = 2;
    qint64 bookCityHours = 2, bookCountyHours = 4, bookTownshipHours = 8;
    qint64 bookElderHours = 1; // elder customers: engineer booked within 1 h wherever they live
    qint64 onSiteCityHours = 24, onSiteCountyHours = 48, onSiteTownshipHours = 72;
    qint64 repairDays = 30; // from acceptance to done, in all
    qint64 followUpHours = 24;

    // Time allowed to reach `kind` after the previous node, or nullopt when the node has
    // no deadline of its own (a repair's `done` is measured from acceptance: see repairDays).
    std::optional<qint64> allowanceMs(NodeKind kind, int cityTier, bool elder) const;
};

// Where a node stands against its deadline. Amber from 80% of the allowed time.
enum class DeadlineState { NoDeadline, OnTime, Approaching, Overdue };

// `startMs` is when the clock started (the previous node), `dueMs` the deadline,
// `atMs` when the node was reached or, for a node not reached yet, now.
DeadlineState deadlineState(qint64 startMs, qint64 dueMs, qint64 atMs);

} // namespace parasol
