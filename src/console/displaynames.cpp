#include "displaynames.h"

#include "core/businesscalendar.h"
#include "core/priceprotection.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace parasol {

QString DisplayNames::category(Category category)
{
    switch (category) {
    case Category::AirConditioner:
        return tr("Air conditioner");
    case Category::Fridge:
        return tr("Fridge");
    case Category::Washer:
        return tr("Washing machine");
    case Category::Tv:
        return tr("TV");
    case Category::WaterHeater:
        return tr("Water heater");
    case Category::RangeHood:
        return tr("Range hood");
    case Category::GasHob:
        return tr("Gas hob");
    case Category::Dishwasher:
        return tr("Dishwasher");
    case Category::SmallKitchen:
        return tr("Small kitchen appliance");
    case Category::SmallHome:
        return tr("Small home appliance");
    case Category::PersonalCare:
        return tr("Personal care");
    }
    return QString();
}

QString DisplayNames::node(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Placed:
        return tr("Placed");
    case NodeKind::Paid:
        return tr("Paid");
    case NodeKind::Shipped:
        return tr("Shipped");
    case NodeKind::Delivered:
        return tr("Delivered");
    case NodeKind::InstallationBooked:
        return tr("Installation booked");
    case NodeKind::Installed:
        return tr("Installed");
    case NodeKind::Accepted:
        return tr("After-sales accepted");
    case NodeKind::Reviewed:
        return tr("Reviewed");
    case NodeKind::Dispatched:
        return tr("Dispatched to the brand");
    case NodeKind::EngineerBooked:
        return tr("Engineer booked");
    case NodeKind::OnSite:
        return tr("Engineer on site");
    case NodeKind::Inspected:
        return tr("Inspected");
    case NodeKind::Pickup:
        return tr("Picked up");
    case NodeKind::Refund:
        return tr("Refunded");
    case NodeKind::Done:
        return tr("Done");
    case NodeKind::SignedOff:
        return tr("Signed off");
    case NodeKind::FollowUp:
        return tr("Follow-up");
    case NodeKind::Closed:
        return tr("Closed");
    }
    return QString();
}

QString DisplayNames::ticketKind(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Return:
        return tr("Return");
    case TicketKind::Exchange:
        return tr("Exchange");
    case TicketKind::Repair:
        return tr("Repair");
    case TicketKind::Installation:
        return tr("Installation");
    }
    return QString();
}

QString DisplayNames::channel(const QString &channel)
{
    if (channel == u"app")
        return tr("App");
    if (channel == u"web")
        return tr("Website");
    if (channel == u"mini_program")
        return tr("Mini program");
    return channel;
}

QString DisplayNames::gender(const QString &gender)
{
    if (gender == u"m")
        return tr("Male");
    if (gender == u"f")
        return tr("Female");
    return tr("Unknown");
}

QString DisplayNames::memberLevel(const QString &level)
{
    if (level.isEmpty())
        return tr("None");
    if (level == u"regular")
        return tr("Regular member");
    if (level == u"silver")
        return tr("Silver member");
    if (level == u"gold")
        return tr("Gold member");
    if (level == u"plus")
        return tr("PLUS member");
    return level;
}

QString DisplayNames::ticketStatus(TicketStatus status)
{
    return status == TicketStatus::Open ? tr("Open") : tr("Closed");
}

QString DisplayNames::contactKind(ContactKind kind)
{
    return kind == ContactKind::Call ? tr("Call") : tr("Note");
}

QString DisplayNames::mutation(const QString &type)
{
    if (type == u"contact.note")
        return contactKind(ContactKind::Note);
    if (type == u"price_protect.claim")
        return tr("Price protection claim");
    if (type == u"ticket.open")
        return tr("New ticket");
    if (type == u"complaint.open")
        return tr("New complaint");
    if (type == u"customer.reveal")
        return tr("Personal data shown");
    if (type == u"call.wrap_up")
        return contactKind(ContactKind::Call);
    return type;
}

QStringList DisplayNames::contactReasons()
{
    return { QStringLiteral("inquiry"),  QStringLiteral("delivery"), QStringLiteral("installation"),
             QStringLiteral("repair"),   QStringLiteral("price_protection"), QStringLiteral("coupon"),
             QStringLiteral("payment"),  QStringLiteral("invoice"), QStringLiteral("gift_card"),
             QStringLiteral("other") };
}

QString DisplayNames::contactReason(const QString &reason)
{
    if (reason == u"inquiry")
        return tr("Product inquiry");
    if (reason == u"delivery")
        return tr("Delivery");
    if (reason == u"installation")
        return tr("Installation");
    if (reason == u"repair")
        return tr("Repair");
    if (reason == u"price_protection")
        return tr("Price protection");
    if (reason == u"coupon")
        return tr("Coupon");
    if (reason == u"payment")
        return tr("Payment");
    if (reason == u"invoice")
        return tr("Invoice");
    if (reason == u"gift_card")
        return tr("Service card");
    if (reason == u"other")
        return tr("Other");
    return reason;
}

QString DisplayNames::remedy(Remedy remedy)
{
    switch (remedy) {
    case Remedy::NoReasonReturn:
        return tr("No-reason return");
    case Remedy::Return:
        return tr("Return");
    case Remedy::Exchange:
        return tr("Exchange");
    case Remedy::Replace:
        return tr("Replacement, not repair");
    case Remedy::ReturnExchangeOrRepair:
        return tr("Return, exchange or repair");
    case Remedy::ExchangeOrRepair:
        return tr("Exchange or repair");
    case Remedy::FreeRepair:
        return tr("Free repair");
    case Remedy::FreeExchange:
        return tr("Free exchange");
    case Remedy::PriceProtection:
        return tr("Price protection");
    }
    return QString();
}

QString DisplayNames::entitlementCondition(EntitlementCondition condition)
{
    switch (condition) {
    case EntitlementCondition::None:
        return QString();
    case EntitlementCondition::QualityProblem:
        return tr("for a quality problem");
    case EntitlementCondition::PerformanceFault:
        return tr("for a performance fault");
    case EntitlementCondition::WarrantyFault:
        return tr("for a fault within warranty");
    case EntitlementCondition::RepairsFailed:
        return tr("after failed or long repairs");
    case EntitlementCondition::PriceDrop:
        return tr("if the price drops");
    }
    return QString();
}

QString DisplayNames::personalField(const QString &field)
{
    if (field == u"name")
        return tr("Name");
    if (field == u"phone")
        return tr("Phone");
    if (field == u"address")
        return tr("Address");
    if (field == u"id_number")
        return tr("ID number");
    return field;
}

QString DisplayNames::complaintCategory(ComplaintCategory category)
{
    switch (category) {
    case ComplaintCategory::AfterSalesService:
        return tr("After-sales service");
    case ComplaintCategory::Quality:
        return tr("Quality");
    case ComplaintCategory::Contract:
        return tr("Contract");
    case ComplaintCategory::FalseAdvertising:
        return tr("False advertising");
    case ComplaintCategory::Price:
        return tr("Price");
    case ComplaintCategory::Safety:
        return tr("Safety");
    case ComplaintCategory::Counterfeit:
        return tr("Counterfeit");
    case ComplaintCategory::PersonalDignity:
        return tr("Personal dignity");
    case ComplaintCategory::Measurement:
        return tr("Measurement");
    case ComplaintCategory::Other:
        return tr("Other");
    }
    return QString();
}

QString DisplayNames::complaintState(ComplaintState state)
{
    switch (state) {
    case ComplaintState::Open:
        return tr("Open");
    case ComplaintState::Assigned:
        return tr("Assigned");
    case ComplaintState::Resolved:
        return tr("Resolved");
    case ComplaintState::Verified:
        return tr("Verified");
    case ComplaintState::Reopened:
        return tr("Reopened");
    }
    return QString();
}

QString DisplayNames::priceProtectionRefusal(const QString &reason)
{
    const auto refusal = priceProtectionRefusalNames.parse(reason);
    if (!refusal)
        return reason;
    switch (*refusal) {
    case PriceProtectionRefusal::Gift:
        return tr("Gifts are not price protected");
    case PriceProtectionRefusal::OutsideWindow:
        return tr("Outside the protection window");
    case PriceProtectionRefusal::NothingLeft:
        return tr("Nothing left to compensate");
    case PriceProtectionRefusal::NotADrop:
        return tr("The price has not dropped");
    case PriceProtectionRefusal::ExcludedPriceSource:
        return tr("The lower price does not count (excluded promotion)");
    case PriceProtectionRefusal::AlreadyCompensated:
        return tr("Already compensated");
    }
    return reason;
}

QString DisplayNames::shanghaiTime(qint64 utcMs, const QString &format)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(BusinessCalendar::kOffsetSeconds)),
                              format);
}

} // namespace parasol
