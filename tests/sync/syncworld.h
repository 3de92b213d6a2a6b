#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QUrl>

namespace parasol {
class CentralService;
}

namespace parasol::test {

// What the sync tests start from: two agents ("agent", "agent2"), a feed user ("feed"),
// all with kPassword, and one customer with one order, fed through the API.
namespace SyncWorld {
inline const QString kPassword = QStringLiteral("sync-test-pass");

// Populates `central`, which listens at `url`; returns the customer's id.
Result<QString> populate(CentralService &central, const QUrl &url);
// A contact.note mutation's data.
QJsonObject note(const QString &customerId, const QString &text);
} // namespace SyncWorld

} // namespace parasol::test
