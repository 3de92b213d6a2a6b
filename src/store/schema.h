#pragma once

#include <QList>

namespace parasol::Schema {

struct Migration
{
    const char *description;
    QList<const char *> statements; // portable SQL with {PLACEHOLDERS} for the few dialect differences
};

// Every migration, oldest first; migration N brings a database to version N.
// Never edit a migration that has shipped: add a new one.
const QList<Migration> &migrations();

} // namespace parasol::Schema
