#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace parasol {

// How a column is stored and how it reads in JSON (the sync feed's `data`, the API).
enum class ColumnType {
    Text,
    Integer, // also money in fen
    Bool, // INTEGER 0/1 ↔ true/false
    Time, // BIGINT UTC ms ↔ ISO 8601 with the Shanghai offset
    Date, // TEXT 'YYYY-MM-DD' ↔ the same string
    Json, // TEXT holding JSON ↔ an object or array
};

struct Column
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool exported = true; // false: a derived search column that stays on the server
};

// An entity the console replicates: its table, key, owning customer and columns.
// The JSON form of a row uses the column names as keys.
struct EntityDescriptor
{
    QString entity; // the name in sync/pull: "customer", "order_line", …
    QString table;
    QString key; // primary key column
    QString customerColumn; // the owning customer's id column; empty for shared rows
    QList<Column> columns; // without row_version, which every entity has
    // Fills derived columns (search keys) of a row about to be written.
    std::function<void(QJsonObject &row)> derive;

    const Column *column(QStringView name) const;
    QStringList columnNames() const;
};

namespace EntitySchema {

// Every replicated entity, in bootstrap order (customers before what they own).
const QList<EntityDescriptor> &all();
// nullptr when `entity` is not one of them.
const EntityDescriptor *find(QStringView entity);
const EntityDescriptor &get(QStringView entity); // for names known at compile time

} // namespace EntitySchema
} // namespace parasol
