#pragma once

#include "entityschema.h"

#include <QSqlQuery>
#include <QVariant>

namespace parasol::RowCodec {

// The SELECT list for an entity: its columns, then row_version.
QString selectList(const EntityDescriptor &entity);
// The current row of `query` (selected with selectList) as JSON, exported columns only,
// with "row_version".
QJsonObject read(const EntityDescriptor &entity, const QSqlQuery &query);
// The SQL value to bind for `value` in `column`. Times accept ISO 8601 strings or
// integer milliseconds. A JSON null or a missing value binds NULL.
QVariant toSql(const Column &column, const QJsonValue &value);

} // namespace parasol::RowCodec
