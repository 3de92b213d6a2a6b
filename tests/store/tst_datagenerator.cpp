#include "core/businesscalendar.h"
#include "core/elderpolicy.h"
#include "core/phonenumbers.h"
#include "store/generator/citypool.h"
#include "store/generator/datagenerator.h"
#include "store/generator/seedrows.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace parasol;

// The data generator on its own: deterministic, independent of how it is batched, and
// as varied as the demo needs (the proportions and cases the product's demo relies on).
class TestDataGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void sameSeedGivesTheSameRows();
    void anotherSeedGivesOtherRows();
    void batchingDoesNotChangeTheRows();
    void everythingLiesBeforeTheAnchorDay();

    void demoHasEnoughCustomersAndOrders();
    void customersLookReal();
    void aboutFifteenPercentAreOlderThan56();
    void aboutEightyFourPercentOfEngineersAreFullyVerified();
    void everyServiceNodeKindOccurs();
    void pricesDropInsideAndOutsideWindowsAndInFlashSales();
    void sameSkuFromDifferentSellersAndSharedDiscounts();
    void ebillsHaveAFewOvercharges();
    void complaintsSpreadOverSixMonths();
    void giftsHaveServiceCardsNamingTheGiver();
    void showcaseCustomerHasItAll();

private:
    static QByteArray digest(const SeedBatch &batch);
    const Customer *customer(const QString &id) const;

    static constexpr qint64 kDemoCustomers = 240;
    const QDate m_anchor { 2026, 11, 20 };
    std::unique_ptr<DataGenerator> m_demo;
    SeedBatch m_batch;
    SharedRows m_shared;
};

QByteArray TestDataGenerator::digest(const SeedBatch &batch)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const TableRows &table : SeedRows::of(batch))
        for (const QVariantList &row : table.rows)
            for (const QVariant &value : row)
                hash.addData((value.isNull() ? QStringLiteral("∅") : value.toString() + u'\x1f').toUtf8());
    return hash.result().toHex();
}

const Customer *TestDataGenerator::customer(const QString &id) const
{
    for (const SeededCustomer &seeded : m_batch.customers)
        if (seeded.customer.id == id)
            return &seeded.customer;
    return nullptr;
}

void TestDataGenerator::initTestCase()
{
    m_demo = std::make_unique<DataGenerator>(QStringLiteral("demo"), m_anchor, kDemoCustomers, true);
    m_batch = m_demo->generate(0, kDemoCustomers);
    m_shared = m_demo->sharedRows();
}

void TestDataGenerator::sameSeedGivesTheSameRows()
{
    const DataGenerator again(QStringLiteral("demo"), m_anchor, kDemoCustomers, true);
    QCOMPARE(digest(again.generate(0, kDemoCustomers)), digest(m_batch));
    QCOMPARE(SeedRows::of(again.sharedRows()).at(1).rows, SeedRows::of(m_shared).at(1).rows);
}

void TestDataGenerator::anotherSeedGivesOtherRows()
{
    const DataGenerator other(QStringLiteral("another"), m_anchor, kDemoCustomers, true);
    const SeedBatch batch = other.generate(0, kDemoCustomers);
    QVERIFY(digest(batch) != digest(m_batch));
    int sameName = 0;
    for (qsizetype i = 3; i < batch.customers.size(); ++i)
        sameName += batch.customers[i].customer.name == m_batch.customers[i].customer.name;
    QVERIFY2(sameName < 30, qPrintable(QString::number(sameName)));
}

void TestDataGenerator::batchingDoesNotChangeTheRows()
{
    SeedBatch pieces = m_demo->generate(0, 100);
    pieces.append(m_demo->generate(100, 37));
    pieces.append(m_demo->generate(137, 1000)); // past the end: clipped
    QCOMPARE(pieces.customers.size(), qsizetype(kDemoCustomers));
    QCOMPARE(digest(pieces), digest(m_batch));
}

void TestDataGenerator::everythingLiesBeforeTheAnchorDay()
{
    const qint64 now = BusinessCalendar::startOfDay(m_anchor);
    QCOMPARE(m_demo->nowMs(), now);
    for (const Order &order : m_batch.orders) {
        QVERIFY(order.placedAt < now);
        QVERIFY(!order.signedAt || (*order.signedAt<now && * order.signedAt> order.placedAt));
    }
    for (const ServiceNode &node : m_batch.nodes)
        QVERIFY2(node.at < now, qPrintable(node.id));
    for (const PriceEvent &event : m_shared.priceEvents)
        QVERIFY(event.effectiveAt < now);
    for (const Complaint &complaint : m_batch.complaints)
        QVERIFY(complaint.openedAt < now && complaint.verifiedAt.value_or(0) < now);
}

void TestDataGenerator::demoHasEnoughCustomersAndOrders()
{
    QCOMPARE(m_batch.customers.size(), qsizetype(kDemoCustomers));
    QVERIFY2(m_batch.orders.size() >= 1000, qPrintable(QString::number(m_batch.orders.size())));
    QSet<QString> ids, orderNos, lineIds, nodeIds;
    for (const SeededCustomer &c : m_batch.customers)
        ids.insert(c.customer.id);
    for (const Order &order : m_batch.orders) {
        orderNos.insert(order.orderNo);
        QVERIFY(ids.contains(order.customerId));
        QVERIFY(!order.lines.isEmpty());
        for (const OrderLine &line : order.lines)
            lineIds.insert(line.id);
    }
    for (const ServiceNode &node : m_batch.nodes)
        nodeIds.insert(node.id);
    QCOMPARE(ids.size(), m_batch.customers.size());
    QCOMPARE(orderNos.size(), m_batch.orders.size());
    QCOMPARE(lineIds.size(), m_batch.lineCount());
    QCOMPARE(nodeIds.size(), m_batch.nodes.size());
}

void TestDataGenerator::customersLookReal()
{
    QVERIFY(CityPool().cities().size() >= 200);
    QSet<QString> phones, cities;
    static const QRegularExpression chinese(QStringLiteral("^[\\x{4e00}-\\x{9fff}]{2,4}$"));
    for (const SeededCustomer &seeded : m_batch.customers) {
        const Customer &c = seeded.customer;
        QVERIFY2(chinese.match(c.name).hasMatch(), qPrintable(c.name));
        QCOMPARE(PhoneNumbers::normalise(c.phone).value_or(QString()), c.phone);
        QVERIFY(c.phone.startsWith(u"+861"));
        phones.insert(c.phone);
        cities.insert(c.city);
        QCOMPARE(c.idNumber.size(), 18);
        QCOMPARE(c.idNumber.mid(6, 8), c.birthDate.toString(QStringLiteral("yyyyMMdd")));
    }
    QCOMPARE(phones.size(), m_batch.customers.size());
    QVERIFY2(cities.size() >= 60, qPrintable(QString::number(cities.size())));
}

void TestDataGenerator::aboutFifteenPercentAreOlderThan56()
{
    int older = 0;
    for (const SeededCustomer &seeded : m_batch.customers)
        older += BusinessCalendar::completedYears(seeded.customer.birthDate, m_anchor) > 56;
    const double share = double(older) / double(m_batch.customers.size());
    QVERIFY2(share > 0.11 && share < 0.19, qPrintable(QString::number(share)));
}

void TestDataGenerator::aboutEightyFourPercentOfEngineersAreFullyVerified()
{
    int verified = 0;
    QSet<QString> brands;
    for (const Engineer &engineer : m_shared.engineers) {
        verified += engineer.fullyVerified();
        brands.insert(engineer.brand);
    }
    QCOMPARE(brands.size(), 10);
    const double share = double(verified) / double(m_shared.engineers.size());
    QVERIFY2(share > 0.82 && share < 0.86, qPrintable(QString::number(share)));
    // Tickets are served by them in about the same proportion.
    QHash<QString, bool> isVerified;
    for (const Engineer &engineer : m_shared.engineers)
        isVerified.insert(engineer.id, engineer.fullyVerified());
    int visits = 0, byVerified = 0;
    for (const ServiceNode &node : m_batch.nodes)
        if (node.kind == NodeKind::OnSite) {
            ++visits;
            byVerified += isVerified.value(node.engineerId);
        }
    QVERIFY(visits > 50);
    QVERIFY2(double(byVerified) / visits > 0.7, qPrintable(QString::number(double(byVerified) / visits)));
}

void TestDataGenerator::everyServiceNodeKindOccurs()
{
    QSet<int> kinds, tickets;
    int open = 0;
    for (const ServiceNode &node : m_batch.nodes)
        kinds.insert(int(node.kind));
    for (const Ticket &ticket : m_batch.tickets) {
        tickets.insert(int(ticket.kind));
        open += ticket.status == TicketStatus::Open;
    }
    for (std::size_t i = 0; i < nodeKindNames.size(); ++i)
        QVERIFY2(kinds.contains(int(nodeKindNames.at(i))), qPrintable(nodeKindNames.name(nodeKindNames.at(i))));
    for (std::size_t i = 0; i < ticketKindNames.size(); ++i)
        QVERIFY2(tickets.contains(int(ticketKindNames.at(i))), qPrintable(ticketKindNames.name(ticketKindNames.at(i))));
    QVERIFY(open > 0);
    QVERIFY(open < m_batch.tickets.size());
}

void TestDataGenerator::pricesDropInsideAndOutsideWindowsAndInFlashSales()
{
    QHash<QString, QList<PriceEvent>> events; // sku/seller → events in time order
    QSet<int> sources;
    for (const PriceEvent &event : m_shared.priceEvents) {
        events[event.sku + u'/' + event.seller].append(event);
        sources.insert(int(event.source));
    }
    QCOMPARE(sources.size(), qsizetype(priceSourceNames.size()));
    int inside = 0, outside = 0, flash = 0;
    for (const Order &order : m_batch.orders) {
        if (!order.signedAt)
            continue;
        for (const OrderLine &line : order.lines) {
            if (line.isGift || line.seller != u"self")
                continue;
            const int window = line.priceProtectDays.value_or(isLargeAppliance(line.category) ? 30 : 15);
            const qint64 windowEnd
                = BusinessCalendar::startOfDay(BusinessCalendar::dateOf(*order.signedAt).addDays(1 + window));
            for (const PriceEvent &event : events.value(line.sku + u"/self")) {
                if (event.effectiveAt <= order.placedAt || event.priceFen * line.qty >= line.paidFen())
                    continue;
                if (event.source != PriceSource::Normal)
                    ++flash;
                else if (event.effectiveAt < windowEnd)
                    ++inside;
                else
                    ++outside;
            }
        }
    }
    QVERIFY2(inside > 20 && outside > 20 && flash > 20,
             qPrintable(QStringLiteral("%1 %2 %3").arg(inside).arg(outside).arg(flash)));
}

void TestDataGenerator::sameSkuFromDifferentSellersAndSharedDiscounts()
{
    QHash<QString, QSet<QString>> sellers;
    int shared = 0, gifts = 0, returned = 0;
    QSet<QString> brands;
    for (const Order &order : m_batch.orders) {
        qint64 discounted = 0;
        for (const OrderLine &line : order.lines) {
            sellers[line.sku].insert(line.seller);
            discounted += line.discountFen > 0;
            gifts += line.isGift;
            returned += line.returnedQty > 0 || line.pendingReturnQty > 0;
            brands.insert(line.brand);
            QVERIFY(line.discountFen <= line.unitPriceFen * line.qty);
        }
        shared += discounted >= 2;
    }
    QCOMPARE(brands.size(), 10);
    const auto multiSeller
        = std::count_if(sellers.cbegin(), sellers.cend(), [](const QSet<QString> &s) { return s.size() > 1; });
    QVERIFY2(multiSeller >= 5, qPrintable(QString::number(multiSeller)));
    QVERIFY2(shared >= 10, qPrintable(QString::number(shared)));
    QVERIFY(gifts >= 5);
    QVERIFY(returned >= 5);
    QVERIFY(!m_batch.returns.isEmpty());
}

void TestDataGenerator::ebillsHaveAFewOvercharges()
{
    const auto over = std::count_if(m_batch.ebillLines.cbegin(), m_batch.ebillLines.cend(),
                                    [](const EbillLine &line) { return line.isOvercharged(); });
    QVERIFY(m_batch.ebillLines.size() > 100);
    QVERIFY2(over >= 3 && over < m_batch.ebillLines.size() / 10, qPrintable(QString::number(over)));
}

void TestDataGenerator::complaintsSpreadOverSixMonths()
{
    QSet<int> months;
    QSet<int> categories;
    int verified = 0, satisfied = 0;
    for (const Complaint &complaint : m_batch.complaints) {
        QVERIFY(complaint.openedAt >= BusinessCalendar::startOfDay(m_anchor.addDays(-183)));
        const QDate day = BusinessCalendar::dateOf(complaint.openedAt);
        months.insert(day.year() * 12 + day.month());
        categories.insert(int(complaint.category));
        if (complaint.state == ComplaintState::Verified) {
            ++verified;
            satisfied += complaint.satisfaction.value_or(0) >= 4;
        }
        QCOMPARE(complaint.urgent,
                 complaint.category == ComplaintCategory::Safety || complaint.escalation == Escalation::Media);
    }
    QVERIFY2(m_batch.complaints.size() >= 12, qPrintable(QString::number(m_batch.complaints.size())));
    QVERIFY(months.size() >= 6);
    QVERIFY2(categories.size() >= 5,
             qPrintable(
                 QStringLiteral("%1 complaints, %2 categories").arg(m_batch.complaints.size()).arg(categories.size())));
    QVERIFY(verified > 0 && satisfied * 10 >= verified * 8);
}

void TestDataGenerator::giftsHaveServiceCardsNamingTheGiver()
{
    QVERIFY(m_batch.serviceCards.size() >= 2);
    const ElderPolicy policy;
    for (const ServiceCard &card : m_batch.serviceCards) {
        const Customer *holder = customer(card.holderCustomerId);
        const Customer *giver = customer(card.giverCustomerId);
        QVERIFY(holder && giver && holder != giver);
        QVERIFY2(policy.isElder(holder->birthDate, m_anchor), qPrintable(holder->name));
        const auto order = std::find_if(m_batch.orders.cbegin(), m_batch.orders.cend(),
                                        [&](const Order &o) { return o.orderNo == card.orderNo; });
        QVERIFY(order != m_batch.orders.cend());
        QCOMPARE(order->customerId, giver->id);
    }
}

void TestDataGenerator::showcaseCustomerHasItAll()
{
    const Customer *zhang = customer(QStringLiteral("C00000001"));
    QVERIFY(zhang);
    QCOMPARE(zhang->name, u"张伟"_qs);
    QCOMPARE(zhang->phone, u"+8613800138000"_qs);
    QCOMPARE(zhang->birthDate.year(), 1962);
    const Customer *li = customer(QStringLiteral("C00000002"));
    QCOMPARE(li->phone, u"+8613900139000"_qs);
    QVERIFY(!ElderPolicy().isElder(li->birthDate, m_anchor));

    QSet<QString> brands;
    for (const Order &order : m_batch.orders)
        if (order.customerId == zhang->id)
            for (const OrderLine &line : order.lines)
                brands.insert(line.brand);
    QVERIFY(brands.size() >= 5);
    QSet<int> kinds;
    for (const ServiceNode &node : m_batch.nodes)
        if (node.customerId == zhang->id)
            kinds.insert(int(node.kind));
    QCOMPARE(kinds.size(), qsizetype(nodeKindNames.size()));
    bool openTicket = false, overcharged = false, unverifiedEngineer = false;
    for (const Ticket &ticket : m_batch.tickets)
        openTicket = openTicket || (ticket.customerId == zhang->id && ticket.status == TicketStatus::Open);
    for (const EbillLine &line : m_batch.ebillLines)
        overcharged = overcharged || (line.customerId == zhang->id && line.isOvercharged());
    for (const ServiceNode &node : m_batch.nodes)
        if (node.customerId == zhang->id && !node.engineerId.isEmpty())
            for (const Engineer &engineer : m_shared.engineers)
                unverifiedEngineer
                    = unverifiedEngineer || (engineer.id == node.engineerId && !engineer.fullyVerified());
    QVERIFY(openTicket);
    QVERIFY(overcharged);
    QVERIFY(unverifiedEngineer);
    QVERIFY(std::any_of(m_batch.complaints.cbegin(), m_batch.complaints.cend(),
                        [&](const Complaint &c) { return c.customerId == zhang->id; }));
    const auto card = std::find_if(m_batch.serviceCards.cbegin(), m_batch.serviceCards.cend(),
                                   [&](const ServiceCard &c) { return c.holderCustomerId == zhang->id; });
    QVERIFY(card != m_batch.serviceCards.cend());
    QCOMPARE(customer(card->giverCustomerId)->name, u"张丽"_qs);
}

QTEST_GUILESS_MAIN(TestDataGenerator)
#include "tst_datagenerator.moc"
