#pragma once

#include "user.h"

namespace parasol {

// What a request may do. Each route of the central service names one.
enum class Permission {
    ReadCustomers, // lookups, unified view, timelines, claims of an order
    Sync, // pull and push
    ClaimPriceProtection,
    ScanPriceProtection,
    OpenComplaint,
    ManageComplaint, // assign an owner, move a complaint's state
    ViewReports,
    PostCalls,
    FeedOrders, // orders, prices and returns from the retail systems
    FeedServiceEvents,
    RevealPersonalData,
};

// The access table (central-api.md's "who" column): whether `role` holds `permission`.
bool isAllowed(Role role, Permission permission);

} // namespace parasol
