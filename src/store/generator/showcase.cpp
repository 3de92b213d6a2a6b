#include "showcase.h"

#include "core/businesscalendar.h"
#include "core/money.h"
#include "customergenerator.h"
#include "generatorcontext.h"
#include "ordergenerator.h"
#include "seedrandom.h"

namespace parasol {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;

struct ScriptedPrice
{
    int daysAgo, hour;
    qint64 priceFen;
    PriceSource source = PriceSource::Normal;
};

struct ShowcaseItem
{
    const char *sku;
    const char16_t *brand;
    Category category;
    const char16_t *title;
    const char16_t *seller; // nullptr: the platform's own sale
    QList<ScriptedPrice> prices;
};

const QString kFangTaiShop = QStringLiteral("方太官方旗舰店");

const QList<ShowcaseItem> &items()
{
    using C = Category;
    static const QList<ShowcaseItem> all {
        // Dropped three days ago, inside the window that opened at sign-off twelve days ago.
        { "1099000001",
          u"海尔",
          C::AirConditioner,
          u"新一级能效 变频冷暖 壁挂式空调 1.5匹 KFR-35GW/HR81",
          nullptr,
          { { 720, 0, 349900 }, { 40, 10, 329900 }, { 3, 10, 299900 } } },
        // Dropped twenty days ago, after the window of the purchase of eighty days ago had closed.
        { "1099000002",
          u"美的",
          C::Fridge,
          u"十字对开门冰箱 500L 一级能效 风冷无霜 BCD-500WP/MD12",
          nullptr,
          { { 720, 0, 459900 }, { 100, 10, 429900 }, { 20, 10, 389900 } } },
        // A flash sale since last night: the price now is one price protection ignores.
        { "1099000003",
          u"方太",
          C::RangeHood,
          u"侧吸式抽油烟机 大吸力 挥手智控 CXW-260/FT06",
          u"方太官方旗舰店",
          { { 720, 0, 399900 }, { 60, 10, 389900 }, { 1, 20, 329900, PriceSource::Flash } } },
        { "1099000004",
          u"方太",
          C::GasHob,
          u"燃气灶 双灶 5.2kW 大火力 天然气 JZT-Q/FT02",
          u"方太官方旗舰店",
          { { 720, 0, 169900 } } },
        { "1099000005", u"苏泊尔", C::SmallKitchen, u"IH电饭煲 4L 电磁加热 FB40/SP10", nullptr, { { 720, 0, 59900 } } },
        { "1099000006",
          u"苏泊尔",
          C::SmallKitchen,
          u"电水壶 1.7L 304不锈钢 SH17/SP03",
          nullptr,
          { { 720, 0, 12900 } } },
        { "1099000007",
          u"A.O.史密斯",
          C::WaterHeater,
          u"电热水器 60升 一级能效 速热 F60/AO18",
          nullptr,
          { { 720, 0, 219900 }, { 250, 10, 209900 } } },
        { "1099000008",
          u"TCL",
          C::Tv,
          u"65英寸 QLED 4K 120Hz 智能电视 65Q/TL10",
          nullptr,
          { { 720, 0, 529900 }, { 90, 10, 499900 }, { 30, 10, 469900, PriceSource::Subsidy } } },
        { "1099000009",
          u"万和",
          C::WaterHeater,
          u"燃气热水器 16升 零冷水 恒温 JSQ30/WH16",
          nullptr,
          { { 720, 0, 329900 } } },
        { "1099000010", u"TCL", C::Tv, u"55英寸 4K超高清 智能液晶电视 55Q/TL07", nullptr, { { 720, 0, 379900 } } },
        { "1099000011",
          u"林内",
          C::WaterHeater,
          u"燃气热水器 16升 零冷水 恒温 JSQ30/LN22",
          nullptr,
          { { 720, 0, 429900 } } },
        { "1099000012", u"美的", C::PersonalCare, u"高速吹风机 负离子 HD30/MD05", nullptr, { { 720, 0, 29900 } } },
        { "1099000013", u"苏泊尔", C::SmallKitchen, u"空气炸锅 5L 可视 KZ50/SP21", nullptr, { { 720, 0, 39900 } } },
    };
    return all;
}

QString sku(int n)
{
    return QStringLiteral("10990000%1").arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

Showcase::Showcase(GeneratorContext &context)
    : m_context(context)
{ }

qint64 Showcase::at(int daysAgo, int hour, int minute) const
{
    return BusinessCalendar::startOfDay(m_context.today.addDays(-daysAgo)) + hour * kHourMs + minute * kMinuteMs;
}

void Showcase::reserveCatalogue()
{
    for (const ShowcaseItem &item : items()) {
        CatalogueItem entry;
        entry.sku = QString::fromLatin1(item.sku);
        entry.brand = QString::fromUtf16(item.brand);
        entry.title = entry.brand + u' ' + QString::fromUtf16(item.title);
        entry.category = item.category;
        entry.listPriceFen = item.prices.first().priceFen;
        const QString seller = item.seller ? QString::fromUtf16(item.seller) : QStringLiteral("self");
        entry.sellers = QStringList { seller };
        QList<PriceHistory::Point> points;
        for (const ScriptedPrice &price : item.prices)
            points.append({ at(price.daysAgo, price.hour), price.priceFen, price.source });
        m_context.prices.script(entry.sku, seller, points);
        m_context.catalogue.addReserved(entry);
    }
}

Customer Showcase::person(qint64 index, const QString &name, const QString &phone, QDate birthDate,
                          const QString &gender, const QString &city, int regionCode, const QString &address,
                          const QString &memberLevel) const
{
    SeedRandom random(m_context.seed, u"showcase", quint64(index));
    Customer c;
    c.id = CustomerGenerator::idOf(index);
    c.externalId = c.id;
    c.name = name;
    c.phone = phone;
    c.birthDate = birthDate;
    c.gender = gender;
    c.city = city;
    c.cityTier = 1;
    c.address = address;
    c.idNumber = PeoplePool::idNumber(regionCode, birthDate, gender, random);
    c.memberLevel = memberLevel;
    return c;
}

QJsonObject Showcase::slot(qint64 from, qint64 to) const
{
    return QJsonObject { { QStringLiteral("slot_start"), BusinessCalendar::toIso(from) },
                         { QStringLiteral("slot_end"), BusinessCalendar::toIso(to) } };
}

Order &Showcase::addOrder(SeedBatch &batch, const Customer &customer, qint64 index, int k, qint64 placedAt,
                          const QList<Line> &lines, qint64 couponFen, std::optional<qint64> signedAt) const
{
    Order order;
    order.orderNo = u"JD" + BusinessCalendar::dateOf(placedAt).toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(index * 10 + k, 8, 10, QLatin1Char('0'));
    order.customerId = customer.id;
    order.placedAt = placedAt;
    order.paidAt = placedAt + 2 * kMinuteMs;
    order.signedAt = signedAt;
    order.channel = QStringLiteral("app");
    QList<qint64> amounts;
    for (const Line &l : lines) {
        const CatalogueItem *item = m_context.catalogue.find(l.sku);
        OrderLine line = OrderGenerator::nextLine(order, *item, l.seller);
        if (l.isGift)
            line.title = QStringLiteral("【赠品】") + item->title;
        line.unitPriceFen = l.isGift ? 0 : m_context.prices.priceAt(*item, l.seller, placedAt);
        line.isGift = l.isGift;
        amounts.append(line.unitPriceFen);
        order.lines.append(line);
    }
    if (couponFen > 0) {
        const QList<qint64> shares = allocateProportionally(couponFen, amounts);
        for (qsizetype i = 0; i < order.lines.size(); ++i)
            order.lines[i].discountFen = shares[i];
    }
    batch.orders.append(order);
    const Order &added = batch.orders.last();
    batch.addNode(added, {}, NodeKind::Placed, placedAt, QStringLiteral("order system"));
    batch.addNode(added, {}, NodeKind::Paid, *added.paidAt, QStringLiteral("order system"));
    const qint64 shippedAt = std::min(placedAt + 14 * kHourMs, signedAt.value_or(m_context.nowMs) - 5 * kHourMs);
    batch.addNode(added, {}, NodeKind::Shipped, shippedAt, customer.city + QStringLiteral("仓储中心"));
    if (signedAt)
        batch.addNode(added, {}, NodeKind::Delivered, *signedAt, QStringLiteral("配送员 刘师傅"));
    return batch.orders.last();
}

Ticket &Showcase::addTicket(SeedBatch &batch, const Order &order, int line, const QString &id, TicketKind kind,
                            qint64 openedAt, const QString &openedBy, const QString &description) const
{
    Ticket ticket;
    ticket.id = id;
    ticket.customerId = order.customerId;
    ticket.orderNo = order.orderNo;
    ticket.orderLineId = order.lines.at(line).id;
    ticket.brand = order.lines.at(line).brand;
    ticket.kind = kind;
    ticket.status = TicketStatus::Closed;
    ticket.description = description;
    ticket.openedAt = openedAt;
    ticket.openedBy = openedBy;
    batch.tickets.append(ticket);
    return batch.tickets.last();
}

Ticket &Showcase::addInstallation(SeedBatch &batch, const Order &order, const QString &id, int daysAgo,
                                  const Engineer &engineer, const QString &outlet, int satisfaction) const
{
    using K = NodeKind;
    const QString system = QStringLiteral("order system");
    addTicket(batch, order, 0, id, TicketKind::Installation, at(daysAgo, 11, 30), system, QStringLiteral("新机安装"));
    batch.addNode(order, id, K::Accepted, at(daysAgo, 11, 30), system);
    batch.addNode(order, id, K::Dispatched, at(daysAgo, 12, 10), outlet);
    batch.addNode(order, id, K::EngineerBooked, at(daysAgo, 13, 0), outlet, engineer.id,
                  slot(at(daysAgo - 1, 9), at(daysAgo - 1, 12)));
    batch.addNode(order, id, K::OnSite, at(daysAgo - 1, 10, 5), engineer.name, engineer.id);
    batch.addNode(order, id, K::Done, at(daysAgo - 1, 12, 40), engineer.name, engineer.id);
    batch.addNode(order, id, K::SignedOff, at(daysAgo - 1, 12, 50), QStringLiteral("customer"));
    batch.addNode(order, id, K::FollowUp, at(daysAgo - 2, 10, 0), QStringLiteral("回访专员"), {},
                  QJsonObject { { QStringLiteral("satisfaction"), satisfaction } });
    batch.addNode(order, id, K::Closed, at(daysAgo - 2, 10, 5), QStringLiteral("system"));
    return batch.tickets.last();
}

void Showcase::addEbill(SeedBatch &batch, const Ticket &ticket, const QString &part, qint64 unitFen, int qty,
                        qint64 standardFen) const
{
    EbillLine line;
    line.id = ticket.id
        + QStringLiteral("/B%1").arg(std::count_if(batch.ebillLines.cbegin(), batch.ebillLines.cend(),
                                                   [&](const EbillLine &l) { return l.ticketId == ticket.id; })
                                     + 1);
    line.ticketId = ticket.id;
    line.customerId = ticket.customerId;
    line.part = part;
    line.unitPriceFen = unitFen;
    line.qty = qty;
    line.standardPriceFen = standardFen;
    batch.ebillLines.append(line);
}

SeedBatch Showcase::generate() const
{
    SeedBatch batch;
    zhangWei(batch);
    liNa(batch);
    zhangLi(batch);
    return batch;
}

void Showcase::zhangWei(SeedBatch &batch) const
{
    using K = NodeKind;
    const Customer c = person(0, QStringLiteral("张伟"), QStringLiteral("+8613800138000"), QDate(1962, 5, 1),
                              QStringLiteral("m"), QStringLiteral("北京"), 110105,
                              QStringLiteral("北京市朝阳区望京西路8号院3号楼1201室"), QStringLiteral("gold"));
    batch.customers.append(SeededCustomer { c, at(900, 10) });
    const QString elderSeat = QStringLiteral("elder01");

    // The air conditioner: installed by 海尔's engineer without the skill check; 铜管 above standard.
    const Order &ac = addOrder(batch, c, 0, 0, at(14, 20, 15), { { sku(1) } }, 20000, at(12, 11, 2));
    const Engineer &unchecked = m_context.engineers.at(QStringLiteral("海尔"), 1);
    const Ticket &install = addInstallation(batch, ac, QStringLiteral("TS00000000L1I"), 12, unchecked,
                                            QStringLiteral("海尔服务网点 #031"), 3);
    addEbill(batch, install, QStringLiteral("铜管 (m)"), 4500, 3, 4000);
    addEbill(batch, install, QStringLiteral("空调支架"), 12000, 1, 12000);
    addEbill(batch, install, QStringLiteral("墙体打孔"), 5000, 1, 5000);

    // The fridge: its drop came after the window; now it does not cool, and a repair is under way.
    const Order &fridge = addOrder(batch, c, 0, 1, at(80, 9, 40), { { sku(2) } }, 0, at(77, 15, 20));
    const QString fridgeOrder = fridge.orderNo; // `fridge` does not outlive the next order
    const Engineer &engineer = m_context.engineers.at(QStringLiteral("美的"), 0);
    Ticket &repair = addTicket(batch, fridge, 0, QStringLiteral("TS00000001L1S"), TicketKind::Repair, at(1, 9, 20),
                               elderSeat, QStringLiteral("冰箱冷藏室不制冷"));
    repair.status = TicketStatus::Open;
    const QString midea = QStringLiteral("美的服务网点 #031");
    batch.addNode(fridge, repair.id, K::Accepted, at(1, 9, 20), elderSeat);
    batch.addNode(fridge, repair.id, K::Reviewed, at(1, 10, 5), QStringLiteral("售后审核"));
    batch.addNode(fridge, repair.id, K::Dispatched, at(1, 11, 0), midea);
    batch.addNode(fridge, repair.id, K::EngineerBooked, at(1, 11, 40), midea, engineer.id, slot(at(0, 14), at(0, 18)));

    // The range hood and gas hob from 方太's shop, one coupon shared by both; the hood is on a flash sale now.
    const Order &kitchen = addOrder(batch, c, 0, 2, at(20, 10, 30),
                                    { { sku(3), kFangTaiShop }, { sku(4), kFangTaiShop } }, 30000, at(18, 14, 0));
    batch.addNode(kitchen, {}, K::InstallationBooked, at(18, 14, 10), QStringLiteral("配送安装"));
    batch.addNode(kitchen, {}, K::Installed, at(18, 16, 30), QStringLiteral("配送安装"));

    // The rice cooker (with a free kettle): returned, picked up and refunded.
    Order &cooker = addOrder(batch, c, 0, 3, at(150, 19, 0), { { sku(5) }, { sku(6), QStringLiteral("self"), true } },
                             0, at(148, 11, 0));
    const Engineer &supor = m_context.engineers.at(QStringLiteral("苏泊尔"), 0);
    const Ticket &giveBack = addTicket(batch, cooker, 0, QStringLiteral("TS00000003L1S"), TicketKind::Return,
                                       at(146, 10, 0), elderSeat, QStringLiteral("质量问题，申请退货"));
    const QString suporOutlet = QStringLiteral("苏泊尔服务网点 #012");
    batch.addNode(cooker, giveBack.id, K::Accepted, at(146, 10, 0), elderSeat);
    batch.addNode(cooker, giveBack.id, K::Reviewed, at(146, 11, 0), QStringLiteral("售后审核"));
    batch.addNode(cooker, giveBack.id, K::Dispatched, at(146, 12, 0), suporOutlet);
    batch.addNode(cooker, giveBack.id, K::EngineerBooked, at(146, 13, 0), suporOutlet, supor.id,
                  slot(at(145, 9), at(145, 12)));
    batch.addNode(cooker, giveBack.id, K::OnSite, at(145, 10, 0), supor.name, supor.id);
    batch.addNode(cooker, giveBack.id, K::Inspected, at(145, 10, 30), supor.name, supor.id,
                  QJsonObject { { QStringLiteral("decision"), QStringLiteral("return") },
                                { QStringLiteral("finding"), QStringLiteral("内胆涂层起泡") } });
    batch.addNode(cooker, giveBack.id, K::Pickup, at(144, 15, 0), QStringLiteral("京东物流"));
    batch.addNode(cooker, giveBack.id, K::Refund, at(143, 10, 0), QStringLiteral("财务系统"));
    batch.addNode(cooker, giveBack.id, K::FollowUp, at(142, 10, 0), QStringLiteral("回访专员"));
    batch.addNode(cooker, giveBack.id, K::Closed, at(142, 10, 5), QStringLiteral("system"));
    batch.tickets.last().decision = Decision::Return;
    cooker.lines[0].returnedQty = 1;
    batch.returns.append(
        SeededReturn { QStringLiteral("RS00000003L1"), cooker.lines[0].id, c.id, 1, true, at(143, 10) });

    // The water heater: repaired under warranty, closed.
    const Order &heater = addOrder(batch, c, 0, 4, at(200, 11, 0), { { sku(7) } }, 0, at(196, 16, 0));
    const Engineer &smith = m_context.engineers.at(QStringLiteral("A.O.史密斯"), 0);
    const Ticket &fix = addTicket(batch, heater, 0, QStringLiteral("TS00000004L1S"), TicketKind::Repair, at(60, 9, 0),
                                  elderSeat, QStringLiteral("热水器不出热水"));
    const QString smithOutlet = QStringLiteral("A.O.史密斯服务网点 #007");
    batch.addNode(heater, fix.id, K::Accepted, at(60, 9, 0), elderSeat);
    batch.addNode(heater, fix.id, K::Reviewed, at(60, 9, 40), QStringLiteral("售后审核"));
    batch.addNode(heater, fix.id, K::Dispatched, at(60, 10, 30), smithOutlet);
    batch.addNode(heater, fix.id, K::EngineerBooked, at(60, 11, 0), smithOutlet, smith.id,
                  slot(at(59, 14), at(59, 18)));
    batch.addNode(heater, fix.id, K::OnSite, at(59, 15, 0), smith.name, smith.id);
    batch.addNode(heater, fix.id, K::Inspected, at(59, 15, 40), smith.name, smith.id,
                  QJsonObject { { QStringLiteral("decision"), QStringLiteral("repair") },
                                { QStringLiteral("finding"), QStringLiteral("加热管结垢烧坏") } });
    batch.addNode(heater, fix.id, K::Done, at(59, 16, 30), smith.name, smith.id);
    batch.addNode(heater, fix.id, K::SignedOff, at(59, 16, 40), QStringLiteral("customer"));
    batch.addNode(heater, fix.id, K::FollowUp, at(58, 10, 0), QStringLiteral("回访专员"), {},
                  QJsonObject { { QStringLiteral("satisfaction"), 5 } });
    batch.addNode(heater, fix.id, K::Closed, at(58, 10, 5), QStringLiteral("system"));
    batch.tickets.last().decision = Decision::Repair;
    addEbill(batch, fix, QStringLiteral("加热管"), 12000, 1, 12000);

    // The TV: set up by the delivery crew in the same visit.
    const Order &tv = addOrder(batch, c, 0, 5, at(62, 20, 0), { { sku(8) } }, 0, at(60, 10, 0));
    batch.addNode(tv, {}, K::InstallationBooked, at(60, 10, 5), QStringLiteral("配送安装"));
    batch.addNode(tv, {}, K::Installed, at(60, 11, 20), QStringLiteral("配送安装"));

    Complaint late;
    late.id = QStringLiteral("QS00000001-1");
    late.customerId = c.id;
    late.orderNo = fridgeOrder;
    late.brand = QStringLiteral("美的");
    late.category = ComplaintCategory::AfterSalesService;
    late.reason = QStringLiteral("repair_unresolved");
    late.channel = QStringLiteral("phone");
    late.elder = true;
    late.state = ComplaintState::Assigned;
    late.owner = QStringLiteral("lead01");
    late.text = QStringLiteral("冰箱坏了三天还没修好，家里的菜都坏了");
    late.openedAt = at(1, 16, 20);
    batch.complaints.append(late);
    Complaint refused = late;
    refused.id = QStringLiteral("QS00000001-2");
    refused.category = ComplaintCategory::Price;
    refused.reason = QStringLiteral("price_protection_refused");
    refused.state = ComplaintState::Verified;
    refused.text = QStringLiteral("冰箱降价四百元，价保被拒：购买已超过三十天价保期，已解释");
    refused.openedAt = at(19, 10, 0);
    refused.resolvedAt = at(18, 15, 0);
    refused.verifiedAt = at(16, 10, 0);
    refused.satisfaction = 4;
    batch.complaints.append(refused);

    const struct
    {
        int daysAgo, hour;
        ContactKind kind;
        const char16_t *reason, *text;
    } contacts[] = {
        { 1, 9, ContactKind::Call, u"repair", u"冰箱不制冷，已登记报修，师傅今天下午上门" },
        { 19, 9, ContactKind::Call, u"price_protection", u"询问冰箱降价能否价保：已超过价保期，已解释" },
        { 13, 19, ContactKind::Call, u"installation", u"预约空调安装，客户希望明天上午" },
        { 11, 15, ContactKind::Note, u"installation", u"空调安装：铜管每米收费高于品牌标准价，已提醒核对电子账单" },
        { 25, 10, ContactKind::Call, u"gift_card", u"女儿送的热水器，询问服务卡如何报修，已说明" },
    };
    int n = 0;
    for (const auto &contact : contacts) {
        Contact k;
        k.id = QStringLiteral("KS00000001-%1").arg(++n);
        k.customerId = c.id;
        k.kind = contact.kind;
        k.at = at(contact.daysAgo, contact.hour);
        k.reason = QString::fromUtf16(contact.reason);
        k.text = QString::fromUtf16(contact.text);
        k.agent = elderSeat;
        batch.contacts.append(k);
    }
}

void Showcase::liNa(SeedBatch &batch) const
{
    using K = NodeKind;
    const Customer c
        = person(1, QStringLiteral("李娜"), QStringLiteral("+8613900139000"),
                 m_context.today.addYears(-36).addDays(-47), QStringLiteral("f"), QStringLiteral("上海"), 310115,
                 QStringLiteral("上海市浦东新区张杨路1500号锦绣家园6栋2203室"), QStringLiteral("plus"));
    batch.customers.append(SeededCustomer { c, at(600, 14) });

    const Order &tv = addOrder(batch, c, 1, 0, at(25, 21, 10), { { sku(10) } }, 10000, at(23, 10, 30));
    batch.addNode(tv, {}, K::InstallationBooked, at(23, 10, 35), QStringLiteral("配送安装"));
    batch.addNode(tv, {}, K::Installed, at(23, 11, 40), QStringLiteral("配送安装"));

    // The water heater: its installation is booked for this afternoon.
    const Order &heater = addOrder(batch, c, 1, 1, at(4, 20, 0), { { sku(11) } }, 0, at(2, 14, 20));
    const Engineer &engineer = m_context.engineers.at(QStringLiteral("林内"), 0);
    Ticket &install = addTicket(batch, heater, 0, QStringLiteral("TS00000011L1I"), TicketKind::Installation,
                                at(2, 15, 0), QStringLiteral("order system"), QStringLiteral("新机安装"));
    install.status = TicketStatus::Open;
    const QString outlet = QStringLiteral("林内服务网点 #018");
    batch.addNode(heater, install.id, K::Accepted, at(2, 15, 0), QStringLiteral("order system"));
    batch.addNode(heater, install.id, K::Dispatched, at(2, 15, 40), outlet);
    batch.addNode(heater, install.id, K::EngineerBooked, at(2, 16, 30), outlet, engineer.id,
                  slot(at(0, 14), at(0, 18)));

    // A hair dryer on its way.
    addOrder(batch, c, 1, 2, at(1, 21, 0), { { sku(12) } }, 0, std::nullopt);

    Contact call;
    call.id = QStringLiteral("KS00000002-1");
    call.customerId = c.id;
    call.kind = ContactKind::Call;
    call.at = at(2, 18, 0);
    call.reason = QStringLiteral("installation");
    call.text = QStringLiteral("确认热水器安装时间：后天下午两点到六点");
    call.agent = QStringLiteral("agent01");
    batch.contacts.append(call);
}

void Showcase::zhangLi(SeedBatch &batch) const
{
    SeedRandom random(m_context.seed, u"showcase-phone");
    const Customer c = person(2, QStringLiteral("张丽"), PeoplePool::mobile(2, random), QDate(1988, 3, 12),
                              QStringLiteral("f"), QStringLiteral("北京"), 110108,
                              QStringLiteral("北京市海淀区中关村南大街12号阳光花园2栋801室"), QStringLiteral("plus"));
    batch.customers.append(SeededCustomer { c, at(700, 9) });

    // The gift: a water heater for her father, installed at his home; he holds the service card.
    const Order &gift = addOrder(batch, c, 2, 0, at(30, 12, 0), { { sku(9) } }, 0, at(27, 10, 0));
    const Engineer &engineer = m_context.engineers.at(QStringLiteral("万和"), 0);
    const Ticket &install = addInstallation(batch, gift, QStringLiteral("TS00000020L1I"), 27, engineer,
                                            QStringLiteral("万和服务网点 #005"), 5);
    addEbill(batch, install, QStringLiteral("角阀"), 2500, 2, 2500);
    addEbill(batch, install, QStringLiteral("排烟管"), 6000, 1, 6000);

    ServiceCard card;
    card.id = QStringLiteral("SC0000000003");
    card.orderNo = gift.orderNo;
    card.holderCustomerId = CustomerGenerator::idOf(0);
    card.giverCustomerId = c.id;
    card.issuedAt = *gift.paidAt;
    batch.serviceCards.append(card);

    addOrder(batch, c, 2, 1, at(45, 21, 30), { { sku(13) } }, 0, at(43, 18, 0));
}

} // namespace parasol
