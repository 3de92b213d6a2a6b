#pragma once

#include "store/customerdirectory.h"
#include "store/entitystore.h"

#include "core/clock.h"
#include "core/elderpolicy.h"

#include <QJsonArray>

namespace parasol {

// The read side of the agent's API: lookups, the unified customer view and an order's
// timeline. Personal data leaves here masked.
class CustomerQueries
{
public:
    CustomerQueries(Database &db, EntityStore &entities, const Clock &clock, ElderPolicy elderPolicy = {});

    // Summaries {id, name_masked, phone_masked, age, elder, city}.
    Result<QJsonArray> byPhone(const QString &e164);
    Result<QJsonArray> byOrderNo(const QString &orderNo);
    Result<QJsonArray> search(const QString &text);
    // customer, orders (each with lines), tickets, contacts, claims, complaints,
    // service_cards and entitlements. Error "not_found" for an unknown id.
    Result<QJsonObject> unifiedView(const QString &customerId);
    // {"nodes":[reached, in time order], "upcoming":[still to come]}. Error "not_found".
    Result<QJsonObject> timeline(const QString &orderNo);
    // The summary {id, name_masked, phone_masked, age, elder, city} of a customer row, today.
    QJsonObject summary(const QJsonObject &customerRow) const;

private:
    Result<QJsonArray> summaries(const Result<QList<QJsonObject>> &rows);
    Result<QJsonArray> owned(const QString &entity, const QString &column, const QString &value, bool newestFirst,
                             const QString &orderBy);

    CustomerDirectory m_directory;
    EntityStore &m_entities;
    const Clock &m_clock;
    ElderPolicy m_elderPolicy;
};

} // namespace parasol
