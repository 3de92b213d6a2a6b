#include "mutationapplier.h"

#include "protocol/entitycodec.h"
#include "protocol/jsonfields.h"

#include "core/access.h"
#include "core/businesscalendar.h"
#include "core/complaintworkflow.h"
#include "core/personalfield.h"
#include "core/phonenumbers.h"

#include "crypto/securerandom.h"

namespace parasol {

namespace {

const EntityDescriptor &entity(const char16_t *name)
{
    return EntitySchema::get(QStringView(name));
}

MutationOutcome rejected(const QString &code, const QString &message)
{
    return MutationOutcome { false, Error { code, message }, {}, {} };
}

// `customerId`: whose rows the mutation wrote or read; empty when none.
MutationOutcome applied(QJsonObject result, QString customerId)
{
    return MutationOutcome { true, {}, std::move(result), std::move(customerId) };
}

QString newId(QChar prefix)
{
    return prefix + SecureRandom::token(9);
}

QJsonObject withoutVersion(QJsonObject row)
{
    row.remove(QStringLiteral("row_version"));
    return row;
}

} // namespace

MutationApplier::MutationApplier(Database &db, EntityStore &entities, const Clock &clock,
                                 PriceProtectService &priceProtect, CallStore &calls, ElderPolicy elderPolicy)
    : m_entities(entities)
    , m_clock(clock)
    , m_priceProtect(priceProtect)
    , m_calls(calls)
    , m_elderPolicy(elderPolicy)
    , m_audit(db)
{
}

Result<MutationOutcome> MutationApplier::apply(Transaction &tx, const User &user, const QString &type,
                                               const QJsonObject &data)
{
    if (type == u"contact.note")
        return contactNote(tx, user, data);
    if (type == u"ticket.open")
        return ticketOpen(tx, user, data);
    if (type == u"complaint.open")
        return complaintOpen(tx, user, data);
    if (type == u"complaint.transition")
        return complaintTransition(tx, user, data);
    if (type == u"customer.contact_update")
        return contactUpdate(tx, user, data);
    if (type == u"price_protect.claim")
        return priceProtectClaim(tx, user, data);
    if (type == u"call.wrap_up")
        return callWrapUp(tx, user, data);
    if (type == u"customer.reveal")
        return customerReveal(tx, user, data);
    return rejected(QStringLiteral("unknown_type"), QStringLiteral("this service does not know the mutation type %1").arg(type));
}

Result<MutationOutcome> MutationApplier::contactNote(Transaction &tx, const User &user, const QJsonObject &data)
{
    JsonFields f(data, QStringLiteral("data"));
    Contact contact;
    contact.customerId = f.requiredString(QStringLiteral("customer_id"), 64);
    contact.reason = f.requiredString(QStringLiteral("reason"), 64);
    contact.text = f.optionalString(QStringLiteral("text"), {}, 4000);
    if (!f.ok())
        return rejected(f.error().code, f.error().message);
    contact.kind = ContactKind::Note;
    return addContact(tx, user, std::move(contact));
}

Result<MutationOutcome> MutationApplier::addContact(Transaction &tx, const User &user, Contact contact)
{
    auto customer = m_entities.get(entity(u"customer"), contact.customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return rejected(QStringLiteral("not_found"), QStringLiteral("no customer %1").arg(contact.customerId));
    contact.id = newId(u'K');
    contact.at = m_clock.nowMs();
    contact.agent = user.login;
    if (auto written = m_entities.upsert(tx, entity(u"contact"), withoutVersion(EntityCodec::toJson(contact))); !written)
        return written.error();
    return applied(QJsonObject { { QStringLiteral("contact_id"), contact.id } }, contact.customerId);
}

Result<MutationOutcome> MutationApplier::callWrapUp(Transaction &tx, const User &user, const QJsonObject &data)
{
    JsonFields f(data, QStringLiteral("data"));
    const QString callId = f.requiredString(QStringLiteral("call_id"), 64);
    Contact contact;
    contact.reason = f.requiredString(QStringLiteral("reason"), 64);
    contact.text = f.optionalString(QStringLiteral("text"), {}, 4000);
    // The agent may have found the caller of an unknown number; null keeps the call's match.
    contact.customerId = f.optionalString(QStringLiteral("customer_id"), {}, 64);
    if (!f.ok())
        return rejected(f.error().code, f.error().message);
    auto call = m_calls.get(callId);
    if (!call)
        return call.error();
    if (!*call)
        return rejected(QStringLiteral("not_found"), QStringLiteral("no call %1").arg(callId));
    if ((*call)->seatUserId != user.id)
        return rejected(QStringLiteral("forbidden"), QStringLiteral("the call %1 was routed to another seat").arg(callId));
    if (contact.customerId.isEmpty())
        contact.customerId = (*call)->customerId;
    if (!contact.customerId.isEmpty()) {
        auto customer = m_entities.get(entity(u"customer"), contact.customerId);
        if (!customer)
            return customer.error();
        if (!*customer)
            return rejected(QStringLiteral("not_found"), QStringLiteral("no customer %1").arg(contact.customerId));
    }
    // Rejected outcomes are committed too, so nothing is written before the call is ours to wrap up.
    auto wrapped = m_calls.wrapUp(tx, callId, m_clock.nowMs());
    if (!wrapped)
        return wrapped.error();
    if (!*wrapped)
        return rejected(QStringLiteral("conflict"), QStringLiteral("the call %1 was already wrapped up").arg(callId));
    if (contact.customerId.isEmpty())
        return applied(QJsonObject { { QStringLiteral("call_id"), callId }, { QStringLiteral("contact_id"), QJsonValue::Null } },
                       QString());
    contact.kind = ContactKind::Call;
    auto written = addContact(tx, user, std::move(contact));
    if (written && written->applied)
        written->result.insert(QStringLiteral("call_id"), callId);
    return written;
}

Result<MutationOutcome> MutationApplier::ticketOpen(Transaction &tx, const User &user, const QJsonObject &data)
{
    JsonFields f(data, QStringLiteral("data"));
    Ticket ticket;
    ticket.orderLineId = f.requiredString(QStringLiteral("order_line_id"), 128);
    ticket.kind = f.requiredEnum(QStringLiteral("kind"), ticketKindNames);
    ticket.description = f.optionalString(QStringLiteral("description"), {}, 4000);
    if (!f.ok())
        return rejected(f.error().code, f.error().message);
    auto line = m_entities.get(entity(u"order_line"), ticket.orderLineId);
    if (!line)
        return line.error();
    if (!*line)
        return rejected(QStringLiteral("not_found"), QStringLiteral("no order line %1").arg(ticket.orderLineId));
    const OrderLine orderLine = EntityCodec::orderLineFromJson(**line);
    ticket.id = newId(u'T');
    ticket.customerId = orderLine.customerId;
    ticket.orderNo = orderLine.orderNo;
    ticket.brand = orderLine.brand;
    ticket.status = TicketStatus::Open;
    ticket.openedAt = m_clock.nowMs();
    ticket.openedBy = user.login;
    if (auto written = m_entities.upsert(tx, entity(u"ticket"), withoutVersion(EntityCodec::toJson(ticket))); !written)
        return written.error();

    ServiceNode accepted;
    accepted.id = ticket.id + QStringLiteral("/accepted/") + QString::number(ticket.openedAt);
    accepted.orderNo = ticket.orderNo;
    accepted.ticketId = ticket.id;
    accepted.customerId = ticket.customerId;
    accepted.kind = NodeKind::Accepted;
    accepted.at = ticket.openedAt;
    accepted.actor = user.login;
    if (auto written = m_entities.upsert(tx, entity(u"service_node"), withoutVersion(EntityCodec::toJson(accepted))); !written)
        return written.error();
    return applied(QJsonObject { { QStringLiteral("ticket_id"), ticket.id } }, ticket.customerId);
}

Result<MutationOutcome> MutationApplier::complaintOpen(Transaction &tx, const User &, const QJsonObject &data)
{
    JsonFields f(data, QStringLiteral("data"));
    Complaint complaint;
    complaint.customerId = f.requiredString(QStringLiteral("customer_id"), 64);
    complaint.orderNo = f.optionalString(QStringLiteral("order_no"), {}, 64);
    complaint.category = f.requiredEnum(QStringLiteral("category"), complaintCategoryNames);
    complaint.reason = f.optionalString(QStringLiteral("reason"), {}, 64);
    complaint.channel = f.optionalString(QStringLiteral("channel"), QStringLiteral("phone"), 32);
    complaint.escalation = f.optionalEnum(QStringLiteral("escalation"), escalationNames, Escalation::None);
    complaint.text = f.requiredString(QStringLiteral("text"), 4000);
    const bool markedUrgent = f.optionalBool(QStringLiteral("urgent"), false);
    if (!f.ok())
        return rejected(f.error().code, f.error().message);

    auto customerRow = m_entities.get(entity(u"customer"), complaint.customerId);
    if (!customerRow)
        return customerRow.error();
    if (!*customerRow)
        return rejected(QStringLiteral("not_found"), QStringLiteral("no customer %1").arg(complaint.customerId));
    if (!complaint.orderNo.isEmpty()) {
        auto order = m_entities.get(entity(u"order"), complaint.orderNo);
        if (!order)
            return order.error();
        if (!*order || (*order)->value(QLatin1String("customer_id")).toString() != complaint.customerId)
            return rejected(QStringLiteral("not_found"),
                            QStringLiteral("the customer has no order %1").arg(complaint.orderNo));
        auto lines = m_entities.where(entity(u"order_line"), QStringLiteral("order_no"), complaint.orderNo);
        if (!lines)
            return lines.error();
        if (!lines->isEmpty())
            complaint.brand = lines->first().value(QLatin1String("brand")).toString();
    }
    const Customer customer = EntityCodec::customerFromJson(**customerRow);
    const qint64 now = m_clock.nowMs();
    complaint.id = newId(u'Q');
    complaint.urgent = ComplaintWorkflow::isUrgent(complaint.category, markedUrgent);
    complaint.elder = m_elderPolicy.isElder(customer.birthDate, BusinessCalendar::dateOf(now), customer.elderDeclared);
    complaint.state = ComplaintState::Open;
    complaint.openedAt = now;
    if (auto written = m_entities.upsert(tx, entity(u"complaint"), withoutVersion(EntityCodec::toJson(complaint))); !written)
        return written.error();
    return applied(QJsonObject { { QStringLiteral("complaint_id"), complaint.id } }, complaint.customerId);
}

Result<MutationOutcome> MutationApplier::complaintTransition(Transaction &tx, const User &user, const QJsonObject &data)
{
    JsonFields f(data, QStringLiteral("data"));
    const QString id = f.requiredString(QStringLiteral("complaint_id"), 64);
    const ComplaintState to = f.requiredEnum(QStringLiteral("to"), complaintStateNames);
    const QString owner = f.optionalString(QStringLiteral("owner"), {}, 64);
    const std::optional<qint64> seenVersion = f.optionalInteger(QStringLiteral("row_version"), 0, std::numeric_limits<qint64>::max() / 2);
    if (!f.ok())
        return rejected(f.error().code, f.error().message);
    auto row = m_entities.getForUpdate(tx, entity(u"complaint"), id);
    if (!row)
        return row.error();
    if (!*row)
        return rejected(QStringLiteral("not_found"), QStringLiteral("no complaint %1").arg(id));
    const Complaint current = EntityCodec::complaintFromJson(**row);
    if (seenVersion && *seenVersion != current.rowVersion)
        return rejected(QStringLiteral("conflict"),
                        QStringLiteral("the complaint changed since it was shown (it is now %1); look again")
                            .arg(complaintStateNames.name(current.state)));
    if (!ComplaintWorkflow::canMove(current.state, to))
        return rejected(QStringLiteral("rule_refused"), QStringLiteral("a complaint that is %1 cannot become %2")
                                                            .arg(complaintStateNames.name(current.state), complaintStateNames.name(to)));
    if (!ComplaintWorkflow::mayMove(user.role, current.state, to))
        return rejected(QStringLiteral("forbidden"), QStringLiteral("the role %1 may not make a complaint %2")
                                                         .arg(roleNames.name(user.role), complaintStateNames.name(to)));
    if (to == ComplaintState::Assigned && owner.isEmpty())
        return rejected(QStringLiteral("invalid_field"), QStringLiteral("data.owner: is required to assign"));

    QJsonObject fields { { QStringLiteral("state"), complaintStateNames.name(to) } };
    const qint64 now = m_clock.nowMs();
    if (!owner.isEmpty())
        fields.insert(QStringLiteral("owner"), owner);
    if (to == ComplaintState::Resolved)
        fields.insert(QStringLiteral("resolved_at"), now);
    if (to == ComplaintState::Verified)
        fields.insert(QStringLiteral("verified_at"), now);
    if (to == ComplaintState::Reopened) {
        fields.insert(QStringLiteral("resolved_at"), QJsonValue::Null);
        fields.insert(QStringLiteral("verified_at"), QJsonValue::Null);
    }
    auto updated = m_entities.update(tx, entity(u"complaint"), id, fields);
    if (!updated)
        return updated.error();
    return applied(QJsonObject { { QStringLiteral("complaint_id"), id }, { QStringLiteral("state"), complaintStateNames.name(to) } },
                   current.customerId);
}

Result<MutationOutcome> MutationApplier::contactUpdate(Transaction &tx, const User &, const QJsonObject &data)
{
    JsonFields f(data, QStringLiteral("data"));
    const QString customerId = f.requiredString(QStringLiteral("customer_id"), 64);
    const QString phone = f.optionalString(QStringLiteral("phone"), {}, 40);
    const QString address = f.optionalString(QStringLiteral("address"), {}, 200);
    if (f.ok() && phone.isEmpty() && address.isEmpty())
        f.fail(QStringLiteral("phone"), QStringLiteral("give a phone or an address to change"));
    if (!f.ok())
        return rejected(f.error().code, f.error().message);
    QJsonObject fields { { QStringLiteral("updated_at"), m_clock.nowMs() } };
    if (!phone.isEmpty()) {
        const std::optional<QString> e164 = PhoneNumbers::normalise(phone);
        if (!e164)
            return rejected(QStringLiteral("invalid_field"), QStringLiteral("data.phone: not a valid phone number"));
        fields.insert(QStringLiteral("phone"), *e164);
    }
    if (!address.isEmpty())
        fields.insert(QStringLiteral("address"), address);
    // Last writer wins per field, in server order (SYNC.md "Conflicts").
    auto updated = m_entities.update(tx, entity(u"customer"), customerId, fields);
    if (!updated)
        return updated.error();
    if (!*updated)
        return rejected(QStringLiteral("not_found"), QStringLiteral("no customer %1").arg(customerId));
    return applied(QJsonObject { { QStringLiteral("customer_id"), customerId } }, customerId);
}

Result<MutationOutcome> MutationApplier::priceProtectClaim(Transaction &tx, const User &user, const QJsonObject &data)
{
    JsonFields f(data, QStringLiteral("data"));
    const QString lineId = f.requiredString(QStringLiteral("order_line_id"), 128);
    const QString key = f.requiredString(QStringLiteral("idempotency_key"), 128);
    if (!f.ok())
        return rejected(f.error().code, f.error().message);
    if (!isAllowed(user.role, Permission::ClaimPriceProtection))
        return rejected(QStringLiteral("forbidden"),
                        QStringLiteral("the role %1 may not claim price protection").arg(roleNames.name(user.role)));
    // The console sends no amount: the service decides, as for POST /price-protect/claims.
    auto answer = m_priceProtect.claimIn(tx, user.login, lineId, key, ClaimOrigin::Manual);
    if (!answer)
        return answer.error();
    if (answer->refusal)
        return rejected(answer->refusal->code, answer->refusal->message);
    return applied(QJsonObject { { QStringLiteral("claim"), PriceProtectService::toJson(answer->claim) } },
                   answer->claim.customerId);
}

// An agent saw a field of the customer's personal data in full. Nothing replicated changes:
// the act is written to the hash-chained audit log, in the push's transaction.
Result<MutationOutcome> MutationApplier::customerReveal(Transaction &tx, const User &user, const QJsonObject &data)
{
    JsonFields f(data, QStringLiteral("data"));
    const QString customerId = f.requiredString(QStringLiteral("customer_id"), 64);
    const PersonalField field = f.requiredEnum(QStringLiteral("field"), personalFieldNames);
    if (!f.ok())
        return rejected(f.error().code, f.error().message);
    if (!isAllowed(user.role, Permission::RevealPersonalData))
        return rejected(QStringLiteral("forbidden"),
                        QStringLiteral("the role %1 may not reveal personal data").arg(roleNames.name(user.role)));
    auto customer = m_entities.get(entity(u"customer"), customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return rejected(QStringLiteral("not_found"), QStringLiteral("no customer %1").arg(customerId));
    const QJsonObject payload { { QStringLiteral("field"), personalFieldNames.name(field) } };
    auto audited = m_audit.append(tx, m_clock.nowMs(), user.login, QStringLiteral("customer.reveal"),
                                  QStringLiteral("customer"), customerId, payload);
    if (!audited)
        return audited.error();
    return applied(QJsonObject { { QStringLiteral("audit_seq"), audited->seq } }, customerId);
}

} // namespace parasol
