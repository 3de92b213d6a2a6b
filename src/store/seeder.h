#pragma once

#include "database.h"

#include <functional>
#include <QDate>

namespace parasol::Seeder {

// Called after each batch: customers written so far, customers in all.
using Progress = std::function<void(qint64 done, qint64 total)>;

// Fills an empty central database with generated data (central-api.md, `--seed`):
// "demo" gives the demo's 240 customers, their orders and all that follows, the showcase
// customers and the demo users (password "parasol-demo"); "scale:N" gives N customers
// with about five orders each, written in batches so memory stays flat. Times are
// relative to `anchorDay`; the same spec and day always give the same data.
// Errors: "bad_seed" (an unknown spec), "not_empty" (the database already holds
// customers: seeding is refused), or a database error.
Status seed(Database &db, const QString &spec, QDate anchorDay, const Progress &progress = {});

} // namespace parasol::Seeder
