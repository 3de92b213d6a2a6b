#include "syncworld.h"

#include "support/httptestclient.h"

#include "central/centralservice.h"
#include "protocol/entitycodec.h"
#include "store/entitystore.h"
#include "store/userstore.h"

#include <QDateTime>
#include <QJsonArray>

namespace parasol::test::SyncWorld {

using namespace Qt::StringLiterals;

Result<QString> populate(CentralService &central, const QUrl &url)
{
    UserStore users(central.database());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const User &user : { User { u"u-agent"_s, u"agent"_s, u"Agent"_s, Role::Agent, Seat::General, {} },
                              User { u"u-agent2"_s, u"agent2"_s, u"Agent 2"_s, Role::Agent, Seat::General, {} },
                              User { u"u-feed"_s, u"feed"_s, u"Feed"_s, Role::Feed, std::nullopt, {} } })
        if (Status created = users.create(user, kPassword, now); !created)
            return created.error();

    HttpTestClient http(url);
    const QJsonObject order = SyncWorld::order(u"JD2026110100001"_s, u"C1"_s, u"王芳"_s, u"+8613700137000"_s);
    const auto fed = http.post(u"/api/v1/feed/orders"_s, QJsonObject { { u"orders"_s, QJsonArray { order } } },
                               http.login(u"feed"_s, kPassword));
    if (fed.status != 200)
        return Error { u"feed"_s, QString::fromUtf8(fed.raw) };
    const auto found = http.get(u"/api/v1/customers?phone=13700137000"_s, http.login(u"agent"_s, kPassword));
    const QString id = found.json.value(u"customers"_s).toArray().first().toObject().value(u"id"_s).toString();
    if (id.isEmpty())
        return Error { u"lookup"_s, QString::fromUtf8(found.raw) };
    // Both agents looked the customer up: it is in their working sets.
    for (const QString &agent : { u"agent"_s, u"agent2"_s }) {
        const auto subscribed = http.post(u"/api/v1/sync/subscriptions"_s, QJsonObject { { u"customer_id"_s, id } },
                                          http.login(agent, kPassword));
        if (subscribed.status != 200)
            return Error { u"subscribe"_s, QString::fromUtf8(subscribed.raw) };
    }
    return id;
}

} // namespace parasol::test::SyncWorld

namespace parasol::test {

using namespace Qt::StringLiterals;

QString LocalCentral::start()
{
    database = std::make_unique<TestDatabase>();
    if (QString problem = restart(); !problem.isEmpty())
        return problem;
    auto customer = SyncWorld::populate(*service, url);
    if (!customer)
        return customer.error().message;
    customerId = *customer;
    return QString();
}

QString LocalCentral::restart()
{
    service.reset();
    auto opened = CentralService::open(database->url());
    if (!opened)
        return opened.error().message;
    service = std::move(*opened);
    auto listening = service->listen(QHostAddress::LocalHost, 0);
    if (!listening)
        return listening.error().message;
    port = *listening;
    url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    return QString();
}

void LocalCentral::stop()
{
    service.reset();
    database.reset();
}

} // namespace parasol::test

namespace parasol::test::SyncWorld {

QJsonObject note(const QString &customerId, const QString &text)
{
    return QJsonObject { { u"customer_id"_s, customerId }, { u"reason"_s, u"inquiry"_s }, { u"text"_s, text } };
}

QJsonObject contactRow(const QString &customerId, const QString &text, qint64 atMs)
{
    QJsonObject row = EntityCodec::toJson(
        Contact { u"K-"_s + text, customerId, ContactKind::Note, atMs, u"inquiry"_s, text, u"history"_s, 0 });
    row.remove(u"row_version"_s); // the store numbers versions itself
    return row;
}

Status addContacts(Database &db, const QString &customerId, int count, const QString &prefix)
{
    const auto feed = ChangeFeed::create(db);
    EntityStore entities(db, *feed);
    const EntityDescriptor &contacts = EntitySchema::get(u"contact");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Transaction tx = db.begin();
    for (int i = 1; i <= count; ++i) {
        const QString text = u"%1 %2"_s.arg(prefix).arg(i, 5, 10, QChar(u'0'));
        if (auto written = entities.upsert(tx, contacts, contactRow(customerId, text, now + i)); !written)
            return written.error();
    }
    return tx.commit();
}

} // namespace parasol::test::SyncWorld

namespace parasol::test::SyncWorld {

QJsonObject order(const QString &orderNo, const QString &externalId, const QString &name, const QString &phone)
{
    return QJsonObject {
        { u"order_no"_s, orderNo },
        { u"placed_at"_s, u"2026-11-01T10:00:00+08:00"_s },
        { u"signed_at"_s, u"2026-11-03T10:00:00+08:00"_s },
        { u"customer"_s, QJsonObject { { u"external_id"_s, externalId }, { u"name"_s, name }, { u"phone"_s, phone },
                                       { u"birth_date"_s, u"1980-02-01"_s }, { u"gender"_s, u"f"_s }, { u"city"_s, u"上海"_s } } },
        { u"lines"_s, QJsonArray { QJsonObject { { u"line_id"_s, u"L1"_s }, { u"sku"_s, u"100012"_s },
                                                 { u"title"_s, u"美的 空调 1.5匹"_s }, { u"brand"_s, u"美的"_s },
                                                 { u"category"_s, u"air_conditioner"_s }, { u"unit_price_fen"_s, 329900 },
                                                 { u"qty"_s, 1 }, { u"discount_fen"_s, 0 }, { u"is_gift"_s, false } } } },
    };
}

} // namespace parasol::test::SyncWorld
