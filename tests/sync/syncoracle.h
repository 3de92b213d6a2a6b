#pragma once

#include "cache/replicastore.h"
#include "store/database.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace parasol::test {

// What the fault tests check at the end (issue 3's oracle): each console's replica holds
// exactly central's rows of its working set at central's row versions, and every mutation
// was applied once. Rows are compared as "entity/id" → row_version.
namespace SyncOracle {

using RowVersions = QMap<QString, qint64>;

// Central's rows that belong to `customerId`.
RowVersions serverRowsOf(Database &db, const QString &customerId);
// The replica's rows that belong to `customerId`.
RowVersions replicaRowsOf(const ReplicaStore &replica, const QString &customerId);
// Central's rows of a working set: the customers' own rows and the shared rows; every
// customer when `customerIds` is nullopt (an admin's pull carries everything).
RowVersions serverRows(Database &db, const std::optional<QStringList> &customerIds);
// Every row the replica file at `path` holds, shared ones included. Read from the file
// itself: ids and versions are stored in clear (only row contents are sealed), and the
// store has no reason to list every row it holds.
RowVersions replicaRows(const QString &path);
// Where two maps differ, for a failure message (empty when they are equal).
QString difference(const RowVersions &replica, const RowVersions &server);

// Texts of central's contacts of a customer / of the replica's, sorted: a note pushed
// twice shows up twice.
QStringList serverContactTexts(Database &db, const QString &customerId);
QStringList replicaContactTexts(const ReplicaStore &replica, const QString &customerId);

} // namespace SyncOracle
} // namespace parasol::test
