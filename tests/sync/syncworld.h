#pragma once

#include "support/testdatabase.h"

#include "central/centralservice.h"
#include "core/result.h"

#include <QJsonObject>
#include <QUrl>

namespace parasol::test {

// What the sync tests start from: two agents ("agent", "agent2"), a feed user ("feed"),
// all with kPassword, and one customer with one order, fed through the API and in both
// agents' working sets (subscribed, as a lookup on the console does).
namespace SyncWorld {
inline const QString kPassword = QStringLiteral("sync-test-pass");

// Populates `central`, which listens at `url`; returns the customer's id.
Result<QString> populate(CentralService &central, const QUrl &url);
// A feed order (central-api.md's shape) of one air conditioner for a customer.
QJsonObject order(const QString &orderNo, const QString &externalId, const QString &name, const QString &phone);
// A contact.note mutation's data.
QJsonObject note(const QString &customerId, const QString &text);
// A contact row (a note) as central stores it, for writing straight into its database.
QJsonObject contactRow(const QString &customerId, const QString &text, qint64 atMs);
// `count` notes about the customer ("PREFIX 00001"…) written straight into central's
// database in one transaction, with their change-feed records: a long history to page through.
Status addContacts(Database &db, const QString &customerId, int count, const QString &prefix);
} // namespace SyncWorld

// A central service in this process, on a fresh database of the kind the environment
// selects, listening on 127.0.0.1:0 and populated as SyncWorld says.
struct LocalCentral
{
    std::unique_ptr<TestDatabase> database;
    std::unique_ptr<CentralService> service;
    quint16 port = 0;
    QUrl url;
    QString customerId;

    // An empty string, or why it could not start.
    QString start();
    // Stops the service and starts another on the same database (a new port, `url` follows).
    QString restart();
    // The service first, then its database.
    void stop();
};

} // namespace parasol::test
