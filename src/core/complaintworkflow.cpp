#include "complaintworkflow.h"

namespace parasol::ComplaintWorkflow {

bool canMove(ComplaintState from, ComplaintState to)
{
    using S = ComplaintState;
    switch (from) {
    case S::Open:
    case S::Reopened:
        return to == S::Assigned;
    case S::Assigned:
        return to == S::Resolved || to == S::Assigned; // re-assigning to another owner
    case S::Resolved:
        return to == S::Verified || to == S::Reopened;
    case S::Verified:
        return to == S::Reopened;
    }
    return false;
}

bool mayMove(Role role, ComplaintState from, ComplaintState to)
{
    if (!canMove(from, to))
        return false;
    if (role == Role::Lead || role == Role::Admin)
        return true;
    return role == Role::Agent && to == ComplaintState::Reopened;
}

bool isUrgent(ComplaintCategory category, bool markedUrgent)
{
    return markedUrgent || category == ComplaintCategory::Safety;
}

} // namespace parasol::ComplaintWorkflow
