#pragma once

#include "priceprotectservice.h"

#include "store/callstore.h"
#include "store/auditlog.h"
#include "store/entitystore.h"

#include "core/clock.h"
#include "core/contact.h"
#include "core/elderpolicy.h"
#include "core/user.h"

namespace parasol {

// What became of one mutation: applied (with what it created), or rejected with a
// reason the agent can read. A rejection is final: the console shows it on the item.
struct MutationOutcome
{
    bool applied = false;
    Error error; // when rejected
    QJsonObject result; // when applied: ids of what was created or changed
    // When applied: the customer whose rows it wrote, who joins the pushing user's working
    // set (central-api.md: each mutation creates or changes rows the next pull returns).
    QString customerId;
};

// Applies the console's mutations (central-api.md, "Mutation types in sync/push") inside
// the caller's transaction. The server decides: data is validated here, and state
// changes are checked against the rules, never trusted from the client.
class MutationApplier
{
public:
    // `db` holds the audit log that `customer.reveal` appends to.
    MutationApplier(Database &db, EntityStore &entities, const Clock &clock, PriceProtectService &priceProtect,
                    CallStore &calls,
                    ElderPolicy elderPolicy = {});

    // A database failure is an Error of the Result (the caller rolls back and nothing is
    // consumed); a refusal is a rejected outcome.
    Result<MutationOutcome> apply(Transaction &tx, const User &user, const QString &type, const QJsonObject &data);

private:
    Result<MutationOutcome> contactNote(Transaction &tx, const User &user, const QJsonObject &data);
    Result<MutationOutcome> ticketOpen(Transaction &tx, const User &user, const QJsonObject &data);
    Result<MutationOutcome> complaintOpen(Transaction &tx, const User &user, const QJsonObject &data);
    Result<MutationOutcome> complaintTransition(Transaction &tx, const User &user, const QJsonObject &data);
    Result<MutationOutcome> contactUpdate(Transaction &tx, const User &user, const QJsonObject &data);
    Result<MutationOutcome> priceProtectClaim(Transaction &tx, const User &user, const QJsonObject &data);
    Result<MutationOutcome> callWrapUp(Transaction &tx, const User &user, const QJsonObject &data);
    // Writes a contact row (a note or a call) of an existing customer; rejected for an unknown one.
    Result<MutationOutcome> addContact(Transaction &tx, const User &user, Contact contact);
    Result<MutationOutcome> customerReveal(Transaction &tx, const User &user, const QJsonObject &data);

    EntityStore &m_entities;
    const Clock &m_clock;
    PriceProtectService &m_priceProtect;
    CallStore &m_calls;
    ElderPolicy m_elderPolicy;
    AuditLog m_audit;
};

} // namespace parasol
