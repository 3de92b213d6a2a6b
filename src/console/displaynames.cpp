#include "displaynames.h"

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

} // namespace parasol
