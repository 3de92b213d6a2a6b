#pragma once

#include "core/result.h"
#include "store/entityschema.h"

namespace parasol {

class EntityStore;

// What central adds to the rows it serves (sync pulls, subscription answers, the customer
// view), computed from its own data as it serves them; never stored with the row, never
// taken from a client. A service card gets "giver_name_masked", the masked name of who bought
// the gift (null when central has no such customer), so a console that does not hold the giver
// can still say whose order it was.
namespace ServedRows {

// Completes `rows` of `entity` in place; other entities' rows are left as they are.
Status complete(EntityStore &entities, const EntityDescriptor &entity, QList<QJsonObject> &rows);

} // namespace ServedRows
} // namespace parasol
