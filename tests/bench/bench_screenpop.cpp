// Screen pop (label "bench", not in the default run): an incoming caller's number to the
// customer's view model populated — phone normalised, the blind index searched, the view
// assembled from the encrypted replica and the order tree filled — with 100,000 customers
// and 500,000 orders in the cache (PARASOL_BENCH_CUSTOMERS=N to change the size). p50 and
// p95 over 10,000 random callers, against a raw SQLite lookup of the same customer with
// its orders and lines (plain tables and indexes, no encryption) in the same run.
// Command: ctest --preset bench -R bench_screenpop --verbose
#include "cache/cachekeys.h"
#include "cache/customerview.h"
#include "cache/replicastore.h"
#include "console/ordertreemodel.h"
#include "core/phonenumbers.h"
#include "protocol/entitycodec.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace parasol;
using namespace Qt::StringLiterals;

namespace {

constexpr int kOrdersPerCustomer = 5;
constexpr int kCallers = 10000;
constexpr int kPage = 5000;
const QStringList kSurnames { u"张"_s, u"王"_s, u"李"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"黄"_s, u"赵"_s };
const QStringList kGivenNames { u"伟"_s, u"芳"_s, u"娜"_s, u"秀英"_s, u"敏"_s, u"静"_s, u"强"_s, u"磊"_s, u"洋"_s };

QString phoneOf(int customer)
{
    return u"+86139%1"_s.arg(customer, 8, 10, QLatin1Char('0'));
}

// A row of the baseline's plain tables: its key, what it is looked up by, its JSON.
void insertRaw(QSqlQuery &insert, const QString &key, const QString &lookup, const QJsonObject &data)
{
    insert.addBindValue(key);
    insert.addBindValue(lookup);
    insert.addBindValue(QJsonDocument(data).toJson(QJsonDocument::Compact));
    if (!insert.exec())
        qFatal("raw insert: %s", qPrintable(insert.lastError().text()));
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

class BenchScreenPop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void callerNumberToViewModel();

private:
    void fillReplicaAndBaseline();
    void addCustomer(int n, QList<CachedRow> &page, QSqlQuery &customer, QSqlQuery &order, QSqlQuery &line);
    // The pages of one bootstrap: the customers join the replica's working set.
    void flush(QList<CachedRow> &page, bool last);
    int popBaseline(const QString &phone);

    QTemporaryDir m_dir;
    int m_customers = 100000;
    std::unique_ptr<ReplicaStore> m_replica;
    QSqlDatabase m_raw;
};

void BenchScreenPop::initTestCase()
{
    if (qEnvironmentVariableIntValue("PARASOL_BENCH_CUSTOMERS") > 0)
        m_customers = qEnvironmentVariableIntValue("PARASOL_BENCH_CUSTOMERS");
    auto keys = CacheKeys::create(m_dir.filePath(u"cache.key"_s), u"bench-password"_s);
    QVERIFY(keys);
    auto replica = ReplicaStore::open(m_dir.filePath(u"replica.sqlite"_s), *keys);
    QVERIFY(replica);
    m_replica = std::move(*replica);
    m_raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
    m_raw.setDatabaseName(m_dir.filePath(u"raw.sqlite"_s));
    QVERIFY(m_raw.open());
    QElapsedTimer timer;
    timer.start();
    fillReplicaAndBaseline();
    qInfo().noquote() << u"filled the cache with %1 customers and %2 orders in %3 s"_s.arg(m_customers).arg(
        m_customers * kOrdersPerCustomer).arg(double(timer.elapsed()) / 1000, 0, 'f', 1);
}

void BenchScreenPop::fillReplicaAndBaseline()
{
    QSqlQuery setup(m_raw);
    for (const QString &statement :
         { u"CREATE TABLE customers (id TEXT PRIMARY KEY, phone TEXT, data TEXT)"_s,
           u"CREATE INDEX customers_phone ON customers (phone)"_s,
           u"CREATE TABLE orders (order_no TEXT PRIMARY KEY, customer_id TEXT, data TEXT)"_s,
           u"CREATE INDEX orders_customer ON orders (customer_id)"_s,
           u"CREATE TABLE lines (id TEXT PRIMARY KEY, order_no TEXT, data TEXT)"_s,
           u"CREATE INDEX lines_order ON lines (order_no)"_s })
        QVERIFY2(setup.exec(statement), qPrintable(setup.lastError().text()));
    QSqlQuery customer(m_raw), order(m_raw), line(m_raw);
    customer.prepare(u"INSERT INTO customers VALUES (?, ?, ?)"_s);
    order.prepare(u"INSERT INTO orders VALUES (?, ?, ?)"_s);
    line.prepare(u"INSERT INTO lines VALUES (?, ?, ?)"_s);
    m_raw.transaction();
    QList<CachedRow> page;
    for (int n = 0; n < m_customers; ++n) {
        addCustomer(n, page, customer, order, line);
        if (page.size() >= kPage)
            flush(page, false);
    }
    flush(page, true);
    QVERIFY(m_raw.commit());
}

// One customer with five orders of one or two lines, into the replica's next page and
// into the raw tables.
void BenchScreenPop::addCustomer(int n, QList<CachedRow> &page, QSqlQuery &customerRow, QSqlQuery &orderRow,
                                 QSqlQuery &lineRow)
{
    Customer customer;
    customer.id = u"C%1"_s.arg(n, 7, 10, QLatin1Char('0'));
    customer.name = kSurnames[n % kSurnames.size()] + kGivenNames[(n / kSurnames.size()) % kGivenNames.size()];
    customer.phone = phoneOf(n);
    customer.birthDate = QDate(1940 + n % 60, 1 + n % 12, 1 + n % 28);
    customer.city = u"北京"_s;
    customer.address = u"朝阳区建国路 %1 号"_s.arg(n);
    const QJsonObject customerJson = EntityCodec::toJson(customer);
    page.append(CachedRow { u"customer"_s, customer.id, customer.id, 1, false, customerJson });
    insertRaw(customerRow, customer.id, customer.phone, customerJson);
    for (int o = 0; o < kOrdersPerCustomer; ++o) {
        Order order;
        order.orderNo = u"JD%1%2"_s.arg(n, 7, 10, QLatin1Char('0')).arg(o);
        order.customerId = customer.id;
        order.placedAt = 1'790'000'000'000 + qint64(n) * 60'000 + o * 86'400'000LL;
        order.signedAt = order.placedAt + 2 * 86'400'000LL;
        order.channel = u"app"_s;
        const QJsonObject orderJson = EntityCodec::toJson(order);
        page.append(CachedRow { u"order"_s, order.orderNo, customer.id, 1, false, orderJson });
        insertRaw(orderRow, order.orderNo, customer.id, orderJson);
        for (int l = 0; l < 1 + (n + o) % 2; ++l) {
            OrderLine line;
            line.id = order.orderNo + u"/L%1"_s.arg(l + 1);
            line.orderNo = order.orderNo;
            line.customerId = customer.id;
            line.lineNo = u"L%1"_s.arg(l + 1);
            line.sku = u"1000%1"_s.arg((n + l) % 500);
            line.title = u"美的 空调 1.5匹"_s;
            line.brand = u"美的"_s;
            line.category = Category::AirConditioner;
            line.unitPriceFen = 329900;
            const QJsonObject lineJson = EntityCodec::toJson(line);
            page.append(CachedRow { u"order_line"_s, line.id, customer.id, 1, false, lineJson });
            insertRaw(lineRow, line.id, order.orderNo, lineJson);
        }
    }
}

void BenchScreenPop::flush(QList<CachedRow> &page, bool last)
{
    Status applied = m_replica->applyPage(u"bench"_s, page, u"bench"_s, last);
    if (!applied)
        qFatal("fill the replica: %s", qPrintable(applied.error().message));
    page.clear();
}

// The baseline: the customer by phone, then their orders and each order's lines, read
// and parsed from plain SQLite tables.
int BenchScreenPop::popBaseline(const QString &phone)
{
    QSqlQuery customer(m_raw), orders(m_raw), lines(m_raw);
    customer.setForwardOnly(true);
    orders.setForwardOnly(true);
    lines.setForwardOnly(true);
    customer.prepare(u"SELECT id, data FROM customers WHERE phone = ?"_s);
    customer.addBindValue(phone);
    if (!customer.exec() || !customer.next())
        return 0;
    QJsonDocument::fromJson(customer.value(1).toByteArray());
    orders.prepare(u"SELECT order_no, data FROM orders WHERE customer_id = ?"_s);
    orders.addBindValue(customer.value(0));
    orders.exec();
    lines.prepare(u"SELECT data FROM lines WHERE order_no = ?"_s);
    int rows = 0;
    while (orders.next()) {
        QJsonDocument::fromJson(orders.value(1).toByteArray());
        lines.addBindValue(orders.value(0));
        lines.exec();
        while (lines.next()) {
            QJsonDocument::fromJson(lines.value(0).toByteArray());
            ++rows;
        }
    }
    return rows;
}

void BenchScreenPop::callerNumberToViewModel()
{
    QRandomGenerator random(20261202);
    QList<int> callers;
    for (int i = 0; i < kCallers; ++i)
        callers.append(int(random.bounded(m_customers)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    OrderTreeModel model;
    QList<double> popMs;
    QElapsedTimer timer;
    for (int n : std::as_const(callers)) {
        // As the phone system gives it: national digits with a trunk prefix.
        const QString dialled = u"0"_s + phoneOf(n).mid(3);
        timer.start();
        const QString number = PhoneNumbers::normalise(dialled).value_or(QString());
        auto matches = m_replica->searchCustomers(number, 5);
        QVERIFY(matches && !matches->isEmpty());
        auto view = CustomerView::load(*m_replica, matches->first().customer.id, now);
        QVERIFY(view && *view);
        model.setOrders((*view)->orders);
        popMs.append(double(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(model.rowCount(), kOrdersPerCustomer);
    }

    QList<double> baselineMs;
    for (int n : std::as_const(callers)) {
        timer.start();
        const int lines = popBaseline(phoneOf(n));
        baselineMs.append(double(timer.nsecsElapsed()) / 1e6);
        QVERIFY(lines >= kOrdersPerCustomer);
    }
    for (const auto &[name, p] : { std::pair { u"p50"_s, 0.5 }, std::pair { u"p95"_s, 0.95 } })
        qInfo().noquote() << u"BENCH screen pop %1: %2 ms; baseline raw SQLite lookup %1: %3 ms; ratio %4"_s.arg(
            name, QString::number(percentile(popMs, p), 'f', 3), QString::number(percentile(baselineMs, p), 'f', 3),
            QString::number(percentile(popMs, p) / percentile(baselineMs, p), 'f', 1));
}

QTEST_MAIN(BenchScreenPop)
#include "bench_screenpop.moc"
