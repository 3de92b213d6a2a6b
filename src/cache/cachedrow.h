#pragma once

#include <QJsonObject>
#include <QString>

namespace parasol {

// One replicated row as the cache holds it: the central row's JSON form (see
// EntityCodec) under its entity and id, with the version that orders its changes.
struct CachedRow
{
    QString entity;
    QString id;
    QString customerId; // empty for shared rows (price events, engineers)
    qint64 rowVersion = 0;
    bool deleted = false;
    QJsonObject data;
};

} // namespace parasol
