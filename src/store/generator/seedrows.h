#pragma once

#include "seedbatch.h"

#include <QStringList>
#include <QVariantList>

namespace parasol {

// Rows of one table, ready to bind: values in the order of `columns`. Replicated tables
// (`versioned`) also get row_version 1; their columns must be exactly the entity's.
struct TableRows
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
    bool versioned = true;
};

// The generated domain rows as SQL values, column by column as the schema stores them
// (times in UTC ms, flags 0/1, dates 'YYYY-MM-DD', structures as JSON text), the derived
// search columns of customers included.
namespace SeedRows {

QList<TableRows> of(const SharedRows &shared);
// In an order that satisfies the foreign keys (customers, orders, lines, then the rest).
QList<TableRows> of(const SeedBatch &batch);

} // namespace SeedRows
} // namespace parasol
