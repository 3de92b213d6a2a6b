#pragma once

#include "database.h"

namespace parasol {

// Small facts about the database itself, such as its sync generation.
namespace MetaStore {

Result<QString> value(Database &db, const QString &key);
Status setValue(Database &db, const QString &key, const QString &value);
// The generation of this database's change history (see ChangeFeed and SYNC in the README).
Result<QString> generation(Database &db);
// Starts a new history, so every client bootstraps again: for a database restored from a backup.
Result<QString> renewGeneration(Database &db);

} // namespace MetaStore
} // namespace parasol
