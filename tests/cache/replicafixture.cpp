#include "replicafixture.h"

#include "core/businesscalendar.h"
#include "protocol/entitycodec.h"

namespace parasol::test {

const qint64 ReplicaFixture::kNow = BusinessCalendar::startOfDay(QDate(2026, 11, 20)) + 12 * ReplicaFixture::kHour;

namespace {

constexpr qint64 kHour = ReplicaFixture::kHour;

template<typename T>
CachedRow rowOf(const QString &entity, const QString &id, const QString &customerId, const T &value)
{
    return CachedRow { entity, id, customerId, 1, false, EntityCodec::toJson(value) };
}

Customer customer(const QString &id, const QString &name, const QString &phone, QDate birth)
{
    Customer c;
    c.id = id;
    c.name = name;
    c.phone = phone;
    c.birthDate = birth;
    c.city = QStringLiteral("北京");
    c.address = QStringLiteral("北京市朝阳区建国路88号");
    c.idNumber = QStringLiteral("110101196205011234");
    return c;
}

Order order(const QString &orderNo, const QString &customerId, qint64 placedAt)
{
    Order o;
    o.orderNo = orderNo;
    o.customerId = customerId;
    o.placedAt = placedAt;
    o.channel = QStringLiteral("app");
    return o;
}

OrderLine line(const Order &order, const QString &lineNo, const QString &brand, Category category, qint64 unitFen,
               int qty)
{
    OrderLine l;
    l.id = order.orderNo + u'/' + lineNo;
    l.orderNo = order.orderNo;
    l.customerId = order.customerId;
    l.lineNo = lineNo;
    l.sku = order.orderNo + lineNo;
    l.title = brand + QStringLiteral(" ") + categoryNames.name(category);
    l.brand = brand;
    l.category = category;
    l.unitPriceFen = unitFen;
    l.qty = qty;
    return l;
}

CachedRow nodeRow(const QString &id, const Order &order, const QString &ticketId, NodeKind kind, qint64 at)
{
    ServiceNode n;
    n.id = id;
    n.orderNo = order.orderNo;
    n.ticketId = ticketId;
    n.customerId = order.customerId;
    n.kind = kind;
    n.at = at;
    n.actor = QStringLiteral("system");
    return rowOf(QStringLiteral("service_node"), id, order.customerId, n);
}

} // namespace

QString ReplicaFixture::start()
{
    if (!dir.isValid())
        return QStringLiteral("no temporary folder");
    auto opened = ReplicaStore::open(dir.filePath(QStringLiteral("replica.sqlite")), CacheKeys::fromMaster(QByteArray(32, 'k')));
    if (!opened)
        return opened.error().message;
    replica = std::move(*opened);

    const Customer zhang = customer(QStringLiteral("c1"), QStringLiteral("张伟"), QStringLiteral("+8613800138000"),
                                    QDate(1962, 5, 1));
    const Customer li = customer(QStringLiteral("c2"), QStringLiteral("李娜"), QStringLiteral("+8613900139000"),
                                 QDate(1990, 3, 15));
    const Order older = order(QStringLiteral("JD100"), zhang.id, kNow - 40 * 24 * kHour);
    Order newer = order(QStringLiteral("JD200"), zhang.id, kNow - 5 * 24 * kHour);
    newer.signedAt = newer.placedAt + 48 * kHour;
    const Order lis = order(QStringLiteral("JD300"), li.id, kNow - 10 * 24 * kHour);

    OrderLine fridge = line(newer, QStringLiteral("L1"), QStringLiteral("海尔"), Category::Fridge, 329900, 1);
    fridge.discountFen = 20000;
    const OrderLine kettles = line(newer, QStringLiteral("L2"), QStringLiteral("美的"), Category::SmallKitchen, 9900, 2);
    const OrderLine tv = line(older, QStringLiteral("L1"), QStringLiteral("TCL"), Category::Tv, 199900, 1);
    const OrderLine aircon = line(lis, QStringLiteral("L1"), QStringLiteral("格力"), Category::AirConditioner, 299900, 1);

    Ticket repair;
    repair.id = QStringLiteral("T1");
    repair.customerId = zhang.id;
    repair.orderNo = newer.orderNo;
    repair.orderLineId = fridge.id;
    repair.brand = fridge.brand;
    repair.kind = TicketKind::Repair;
    repair.openedAt = kNow - 3 * kHour;

    Ticket oldInstall;
    oldInstall.id = QStringLiteral("T0");
    oldInstall.customerId = zhang.id;
    oldInstall.orderNo = older.orderNo;
    oldInstall.orderLineId = tv.id;
    oldInstall.kind = TicketKind::Installation;
    oldInstall.status = TicketStatus::Closed;
    oldInstall.openedAt = older.placedAt + 24 * kHour;

    Contact call;
    call.id = QStringLiteral("K1");
    call.customerId = zhang.id;
    call.kind = ContactKind::Call;
    call.at = kNow - 2 * kHour;
    call.reason = QStringLiteral("repair");
    Contact note = call;
    note.id = QStringLiteral("K2");
    note.kind = ContactKind::Note;
    note.at = kNow - kHour;
    note.text = QStringLiteral("客户希望上午上门");
    Contact earlier = call;
    earlier.id = QStringLiteral("K3");
    earlier.at = kNow - 30 * 24 * kHour;

    Claim paid;
    paid.id = QStringLiteral("P1");
    paid.customerId = zhang.id;
    paid.orderLineId = tv.id;
    paid.status = ClaimStatus::Paid;
    paid.amountFen = 10000;
    paid.createdAt = older.placedAt + 5 * 24 * kHour;
    Claim refused = paid;
    refused.id = QStringLiteral("P2");
    refused.orderLineId = fridge.id;
    refused.status = ClaimStatus::Rejected;
    refused.amountFen = 0;
    refused.reason = QStringLiteral("not_a_drop");
    refused.createdAt = kNow - 4 * kHour;

    Complaint complaint;
    complaint.id = QStringLiteral("C1");
    complaint.customerId = zhang.id;
    complaint.orderNo = newer.orderNo;
    complaint.category = ComplaintCategory::AfterSalesService;
    complaint.openedAt = kNow - 3 * 24 * kHour;

    // The kettles are 10 yuan cheaper since yesterday.
    PriceEvent kettleDrop;
    kettleDrop.id = QStringLiteral("E1");
    kettleDrop.sku = kettles.sku;
    kettleDrop.priceFen = 8900;
    kettleDrop.effectiveAt = kNow - 24 * kHour;
    kettleDrop.createdAt = kettleDrop.effectiveAt;

    const QList<CachedRow> rows {
        rowOf(QStringLiteral("customer"), zhang.id, zhang.id, zhang),
        rowOf(QStringLiteral("customer"), li.id, li.id, li),
        rowOf(QStringLiteral("order"), older.orderNo, zhang.id, older),
        rowOf(QStringLiteral("order"), newer.orderNo, zhang.id, newer),
        rowOf(QStringLiteral("order"), lis.orderNo, li.id, lis),
        rowOf(QStringLiteral("order_line"), kettles.id, zhang.id, kettles),
        rowOf(QStringLiteral("order_line"), fridge.id, zhang.id, fridge),
        rowOf(QStringLiteral("order_line"), tv.id, zhang.id, tv),
        rowOf(QStringLiteral("order_line"), aircon.id, li.id, aircon),
        rowOf(QStringLiteral("ticket"), repair.id, zhang.id, repair),
        rowOf(QStringLiteral("ticket"), oldInstall.id, zhang.id, oldInstall),
        rowOf(QStringLiteral("contact"), call.id, zhang.id, call),
        rowOf(QStringLiteral("contact"), note.id, zhang.id, note),
        rowOf(QStringLiteral("contact"), earlier.id, zhang.id, earlier),
        rowOf(QStringLiteral("claim"), paid.id, zhang.id, paid),
        rowOf(QStringLiteral("claim"), refused.id, zhang.id, refused),
        rowOf(QStringLiteral("complaint"), complaint.id, zhang.id, complaint),
        rowOf(QStringLiteral("price_event"), kettleDrop.id, QString(), kettleDrop),
        nodeRow(QStringLiteral("n1"), newer, {}, NodeKind::Placed, newer.placedAt),
        nodeRow(QStringLiteral("n2"), newer, {}, NodeKind::Delivered, newer.placedAt + 48 * kHour),
        nodeRow(QStringLiteral("n3"), newer, repair.id, NodeKind::Accepted, repair.openedAt),
        nodeRow(QStringLiteral("n4"), newer, repair.id, NodeKind::Dispatched, repair.openedAt + kHour),
        nodeRow(QStringLiteral("n5"), lis, {}, NodeKind::Placed, lis.placedAt),
    };
    if (Status applied = replica->applyPage(QStringLiteral("g1"), rows, QStringLiteral("cursor-1"), true); !applied)
        return applied.error().message;
    return QString();
}

} // namespace parasol::test
