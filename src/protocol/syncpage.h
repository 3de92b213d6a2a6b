#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace parasol {

// One change in a sync/pull page: the whole row as it is now, or its deletion.
struct SyncChange
{
    QString entity;
    QString id;
    qint64 rowVersion = 0;
    bool deleted = false;
    QJsonObject data; // empty for a deletion
};

// A page of sync/pull (central-api.md). `cursor` is opaque to clients.
struct SyncPage
{
    QString generation;
    QList<SyncChange> changes;
    QString cursor;
    bool hasMore = false;
    // Bootstrap progress, when the server knows it: rows sent so far and in all.
    std::optional<std::pair<qint64, qint64>> progress;
};

namespace SyncPageCodec {

QJsonObject toJson(const SyncPage &page);
// Strict: a page that does not have the contract's shape is an error, never half-applied.
Result<SyncPage> parse(const QJsonObject &json);

} // namespace SyncPageCodec
} // namespace parasol
