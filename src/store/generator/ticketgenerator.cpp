#include "ticketgenerator.h"

#include "core/businesscalendar.h"
#include "core/ordertimeline.h"
#include "generatorcontext.h"
#include "seedrandom.h"

namespace parasol {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = BusinessCalendar::kDayMs;

struct Part
{
    const char16_t *name;
    qint64 standardFen;
    int maxQty;
};

QList<Part> installationParts(Category category)
{
    switch (category) {
    case Category::AirConditioner:
        return {
            { u"铜管 (m)", 4000, 4 }, { u"空调支架", 12000, 1 }, { u"墙体打孔", 5000, 1 }, { u"高空作业费", 10000, 1 }
        };
    case Category::WaterHeater:
        return { { u"角阀", 2500, 2 }, { u"混水阀", 8000, 1 }, { u"不锈钢软管", 1500, 2 }, { u"排烟管", 6000, 1 } };
    case Category::RangeHood:
        return { { u"烟管 (m)", 3000, 2 }, { u"止逆阀", 4000, 1 }, { u"墙体打孔", 5000, 1 } };
    case Category::GasHob:
        return { { u"燃气软管 (m)", 3000, 2 }, { u"台面开孔", 8000, 1 } };
    default:
        return { { u"进水管", 2000, 1 }, { u"排水管", 2000, 1 }, { u"三通阀", 1500, 1 } };
    }
}

QList<Part> repairParts(Category category)
{
    switch (category) {
    case Category::AirConditioner:
        return { { u"压缩机启动电容", 6000, 1 }, { u"室外风机", 28000, 1 }, { u"加氟 (次)", 15000, 1 } };
    case Category::Fridge:
        return { { u"温控器", 8000, 1 }, { u"门封条", 9000, 1 }, { u"压缩机", 48000, 1 } };
    case Category::Washer:
        return { { u"排水泵", 15000, 1 }, { u"门封圈", 9000, 1 }, { u"轴承", 12000, 2 } };
    case Category::Tv:
        return { { u"电源板", 26000, 1 }, { u"背光灯条", 32000, 1 } };
    case Category::WaterHeater:
        return { { u"加热管", 12000, 1 }, { u"温控器", 8000, 1 }, { u"镁棒", 5000, 1 } };
    case Category::RangeHood:
        return { { u"电机", 26000, 1 }, { u"开关板", 9000, 1 } };
    case Category::GasHob:
        return { { u"点火器", 4000, 1 }, { u"熄火保护电磁阀", 6000, 2 } };
    case Category::Dishwasher:
        return { { u"水泵", 16000, 1 }, { u"加热管", 12000, 1 } };
    default:
        return { { u"主控板", 9000, 1 } };
    }
}

// The customer's booked visit: tomorrow (today, if booked early) morning, afternoon or evening.
std::pair<qint64, qint64> bookSlot(qint64 bookedAt, SeedRandom &random)
{
    const qint64 day = BusinessCalendar::startOfDay(BusinessCalendar::dateOf(bookedAt));
    const qint64 hour = (bookedAt - day) / kHourMs;
    const qint64 slotDay = day + (hour < 9 ? 0 : kDayMs) + (random.chance(0.2) ? kDayMs : 0);
    static constexpr std::pair<int, int> kSlots[] = { { 9, 12 }, { 14, 18 }, { 18, 21 } };
    const auto [from, to] = kSlots[random.weighted({ 45, 45, 10 })];
    return { slotDay + from * kHourMs, slotDay + to * kHourMs };
}

} // namespace

QString TicketGenerator::describe(TicketKind kind, Category category, SeedRandom &random)
{
    if (kind == TicketKind::Installation)
        return QStringLiteral("新机安装");
    if (kind == TicketKind::Return)
        return random.chance(0.5) ? QStringLiteral("不想要了，七天无理由退货") : QStringLiteral("质量问题，申请退货");
    if (kind == TicketKind::Exchange)
        return random.chance(0.5) ? QStringLiteral("收货后发现外观破损，申请换货")
                                  : QStringLiteral("同一故障维修两次仍未解决，申请换新");
    switch (category) {
    case Category::AirConditioner:
        return QStringLiteral("空调不制冷，外机不转");
    case Category::Fridge:
        return QStringLiteral("冰箱冷藏室不制冷");
    case Category::Washer:
        return QStringLiteral("洗衣机脱水时异响、漏水");
    case Category::Tv:
        return QStringLiteral("电视开机黑屏，有声音无图像");
    case Category::WaterHeater:
        return QStringLiteral("热水器不出热水");
    case Category::RangeHood:
        return QStringLiteral("油烟机吸力变小，有异响");
    case Category::GasHob:
        return QStringLiteral("燃气灶打不着火");
    case Category::Dishwasher:
        return QStringLiteral("洗碗机不排水");
    case Category::PersonalCare:
        return QStringLiteral("无法充电");
    default:
        return QStringLiteral("通电后无反应");
    }
}

TicketGenerator::Outcome TicketGenerator::generate(const Request &request, SeedRandom &random, SeedBatch &batch) const
{
    const Customer &customer = *request.customer;
    const bool elder = m_context.isElderOn(customer, request.openedAt);
    const bool installation = request.kind == TicketKind::Installation;
    const QString brand = request.line->brand;
    const QString outlet = EngineerRoster::outlet(brand, random);
    const Engineer &engineer = m_context.engineers.pick(brand, random);
    const bool late = random.chance(0.12); // some node of this ticket misses its deadline

    Ticket ticket;
    ticket.id = request.id;
    ticket.customerId = customer.id;
    ticket.orderNo = request.order->orderNo;
    ticket.orderLineId = request.line->id;
    ticket.brand = brand;
    ticket.kind = request.kind;
    ticket.status = TicketStatus::Open;
    ticket.description = request.description;
    ticket.openedAt = request.openedAt;
    ticket.openedBy = request.openedBy;

    Outcome outcome;
    qint64 at = request.openedAt;
    qint64 slotStart = 0;
    const int tier = customer.cityTier;
    for (const NodeKind kind : expectedTicketNodes(request.kind, request.decision)) {
        QJsonObject detail;
        QString actor = outlet;
        QString engineerId;
        const auto within = [&](qint64 minMs, qint64 maxMs) {
            return random.between(minMs, late && random.chance(0.4) ? maxMs * 2 : maxMs);
        };
        switch (kind) {
        case NodeKind::Accepted:
            actor = installation ? QStringLiteral("order system") : request.openedBy;
            break;
        case NodeKind::Reviewed:
            at += within(10 * kMinuteMs, 110 * kMinuteMs);
            actor = QStringLiteral("售后审核");
            break;
        case NodeKind::Dispatched:
            at += within(10 * kMinuteMs, 110 * kMinuteMs);
            break;
        case NodeKind::EngineerBooked: {
            const qint64 allowed = elder ? kHourMs : (tier <= 2 ? 2 : tier == 3 ? 4 : 8) * kHourMs;
            at += within(5 * kMinuteMs, allowed * 9 / 10);
            const auto [from, to] = bookSlot(at, random);
            slotStart = from;
            detail.insert(QStringLiteral("slot_start"), BusinessCalendar::toIso(from));
            detail.insert(QStringLiteral("slot_end"), BusinessCalendar::toIso(to));
            engineerId = engineer.id;
            break;
        }
        case NodeKind::OnSite:
            at = std::max(at + 30 * kMinuteMs, slotStart + within(0, 150 * kMinuteMs));
            actor = engineer.name;
            engineerId = engineer.id;
            break;
        case NodeKind::Inspected:
            at += random.between(20, 60) * kMinuteMs;
            actor = engineer.name;
            detail.insert(QStringLiteral("decision"), decisionNames.name(request.decision));
            break;
        case NodeKind::Pickup:
        case NodeKind::Refund:
            at += random.between(18, 60) * kHourMs;
            actor = kind == NodeKind::Pickup ? QStringLiteral("京东物流") : QStringLiteral("财务系统");
            break;
        case NodeKind::Done:
            at += installation                           ? random.between(60, 180) * kMinuteMs
                : request.decision == Decision::Exchange ? random.between(2, 7) * kDayMs
                                                         : random.between(1, 120) * kHourMs;
            actor = engineer.name;
            engineerId = engineer.id;
            break;
        case NodeKind::SignedOff:
            at += random.between(5, 40) * kMinuteMs;
            actor = QStringLiteral("customer");
            break;
        case NodeKind::FollowUp:
            at += within(2 * kHourMs, 22 * kHourMs);
            actor = QStringLiteral("回访专员");
            detail.insert(QStringLiteral("satisfaction"), random.weighted({ 1, 2, 4, 30, 63 }) + 1);
            break;
        case NodeKind::Closed:
            at += random.between(5, 60) * kMinuteMs;
            actor = QStringLiteral("system");
            break;
        default:
            break;
        }
        if (at >= m_context.nowMs)
            break;

        batch.addNode(*request.order, ticket.id, kind, at, actor, engineerId, detail);

        if (kind == NodeKind::Inspected) {
            ticket.decision = request.decision;
            if (request.decision == Decision::Repair)
                addEbill(ticket, false, request.line->category, random, batch);
            outcome.pickupPending = request.decision == Decision::Return;
        } else if (kind == NodeKind::Done && installation) {
            addEbill(ticket, true, request.line->category, random, batch);
        } else if (kind == NodeKind::Pickup) {
            outcome.pickupPending = false;
        } else if (kind == NodeKind::Refund) {
            outcome.refunded = true;
            outcome.refundedAt = at;
        } else if (kind == NodeKind::Closed) {
            ticket.status = TicketStatus::Closed;
        }
    }
    batch.tickets.append(ticket);
    return outcome;
}

void TicketGenerator::addEbill(const Ticket &ticket, bool installation, Category category, SeedRandom &random,
                               SeedBatch &batch) const
{
    const QList<Part> parts = installation ? installationParts(category) : repairParts(category);
    // Installations use most of the list; a repair replaces one part, now and then two.
    const int wanted = installation ? int(random.between(1, parts.size())) : (random.chance(0.2) ? 2 : 1);
    const int first = int(random.below(int(parts.size())));
    for (int n = 0; n < std::min<int>(wanted, int(parts.size())); ++n) {
        const Part &part = parts.at((first + n) % parts.size());
        EbillLine line;
        line.id = ticket.id + QStringLiteral("/B%1").arg(n + 1);
        line.ticketId = ticket.id;
        line.customerId = ticket.customerId;
        line.part = QString::fromUtf16(part.name);
        line.qty = int(random.between(1, part.maxQty));
        line.standardPriceFen = part.standardFen;
        // About one part in twenty-five is charged above the brand's standard price.
        line.unitPriceFen
            = random.chance(0.04) ? part.standardFen + part.standardFen * random.between(1, 5) / 10 : part.standardFen;
        batch.ebillLines.append(line);
    }
}

} // namespace parasol
