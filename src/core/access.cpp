#include "access.h"

namespace parasol {

bool isAllowed(Role role, Permission permission)
{
    // "agent+" in the contract: the people at the console.
    const bool consoleUser = role == Role::Agent || role == Role::Lead || role == Role::Admin;
    switch (permission) {
    case Permission::ReadCustomers:
    case Permission::Sync:
    case Permission::ClaimPriceProtection:
    case Permission::OpenComplaint:
    case Permission::RevealPersonalData:
        return consoleUser;
    case Permission::ScanPriceProtection:
    case Permission::ManageComplaint:
    case Permission::ViewReports:
        return role == Role::Lead || role == Role::Admin;
    case Permission::PostCalls:
    case Permission::FeedOrders:
        return role == Role::Feed || role == Role::Admin;
    case Permission::FeedServiceEvents:
        return role == Role::Brand || role == Role::Feed || role == Role::Admin;
    }
    return false;
}

} // namespace parasol
