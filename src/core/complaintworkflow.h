#pragma once

#include "complaint.h"
#include "user.h"

namespace parasol::ComplaintWorkflow {

// The complaint state machine (RULES.md §5): open → assigned → resolved → verified,
// and back to reopened from resolved or verified; reopened → assigned again.
bool canMove(ComplaintState from, ComplaintState to);
// Whether `role` may make that move: leads and admins run the workflow; an agent may
// only reopen (the customer called back: the problem is not solved).
bool mayMove(Role role, ComplaintState from, ComplaintState to);
// Safety complaints are always urgent.
bool isUrgent(ComplaintCategory category, bool markedUrgent);

} // namespace parasol::ComplaintWorkflow
