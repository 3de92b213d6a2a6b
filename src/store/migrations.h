#pragma once

#include "database.h"

namespace parasol {

// The central database's schema, one logical schema for SQLite and PostgreSQL.
// Each migration runs in its own transaction and bumps `schema_version`; start-up
// applies the ones a database has not had yet, oldest first.
namespace Migrations {

int latestVersion();
// The version a database is at; 0 when it has no schema yet.
Result<int> currentVersion(Database &db);
// Brings `db` to the latest version. A database newer than this program is refused.
Status migrate(Database &db);

} // namespace Migrations
} // namespace parasol
