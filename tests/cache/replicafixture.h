#pragma once

#include "cache/replicastore.h"

#include <QTemporaryDir>

#include <memory>

namespace parasol::test {

// A replica in a temporary folder, filled through applyPage (as a pull would) with a
// small hand-made working set around a fixed "now":
//   c1 张伟 +8613800138000, born 1962-05-01: order JD200 (5 days ago; L1 a 海尔 fridge
//      with an open repair ticket T1, dispatched; L2 two 美的 kettles, delivered) and
//      order JD100 (40 days ago; L1 a TCL TV, no service node);
//   c2 李娜 +8613900139000, born 1990-03-15: order JD300 (L1 a 格力 air conditioner).
struct ReplicaFixture
{
    static const qint64 kNow;
    static constexpr qint64 kHour = 3600 * 1000;

    QTemporaryDir dir;
    std::unique_ptr<ReplicaStore> replica;

    // Returns an empty string, or why the replica could not be made.
    QString start();
};

} // namespace parasol::test
