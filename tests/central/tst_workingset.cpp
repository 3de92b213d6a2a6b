// sync/pull for a console user carries the user's working set (subscribed customers and
// the customers of calls routed to the seat) and the shared reference rows; admin pulls
// everything. sync/subscriptions adds a customer (answering its rows) and removes it.
// Service cards come with their giver's masked name, however the rows reach the console.
#include "centralfixture.h"

#include "core/personaldata.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/entityschema.h"
#include "store/entitystore.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace parasol;
using namespace Qt::StringLiterals;

class TestWorkingSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void anAgentPullsOnlyItsWorkingSetAndTheReferenceRows();
    void adminPullsEveryRow();
    void subscribingAnswersTheCustomersRowsAndPullsThemFromThen();
    void subscribingRefusesUnknownAndMalformedIds();
    void aChangeMadeBetweenSubscribingAndTheNextPullArrives();
    void unsubscribingStopsTheChanges();
    void whatAnAgentPushesComesBackInItsNextPull();
    void customersOfCallsRoutedToTheSeatAreInTheWorkingSet();
    void aServiceCardComesWithItsGiversMaskedName();

private:
    struct Pulled
    {
        QList<QJsonObject> changes;
        QString cursor;
    };
    Pulled pullAll(const QString &token, const QString &cursor = {});
    QString customerIdOf(const QString &phone);
    qint64 serverRowsOf(const QString &customerId);
    qint64 serverReferenceRows();
    bool note(const QString &login, const QString &customerId, const QString &text);

    std::unique_ptr<test::CentralFixture> m_central;
    int m_mid = 0;
};

void TestWorkingSet::init()
{
    m_central = std::make_unique<test::CentralFixture>();
    const QString problem = m_central->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_mid = 0;
}

void TestWorkingSet::cleanup()
{
    m_central.reset();
}

TestWorkingSet::Pulled TestWorkingSet::pullAll(const QString &token, const QString &cursor)
{
    Pulled pulled { {}, cursor };
    for (bool more = true; more;) {
        QUrlQuery query;
        query.addQueryItem(u"cursor"_s, pulled.cursor);
        query.addQueryItem(u"limit"_s, u"500"_s);
        const auto reply = m_central->http->get(u"/api/v1/sync/pull?"_s + query.toString(QUrl::FullyEncoded), token);
        if (reply.status != 200)
            return Pulled { {}, u"failed"_s };
        for (const QJsonValue &change : reply.json.value("changes"_L1).toArray())
            pulled.changes.append(change.toObject());
        pulled.cursor = reply.json.value("cursor"_L1).toString();
        more = reply.json.value("has_more"_L1).toBool();
    }
    return pulled;
}

QString TestWorkingSet::customerIdOf(const QString &phone)
{
    const auto reply = m_central->http->get(u"/api/v1/customers?phone="_s + QString::fromLatin1(QUrl::toPercentEncoding(phone)),
                                            m_central->http->login(u"admin"_s));
    return reply.json.value("customers"_L1).toArray().first().toObject().value("id"_L1).toString();
}

qint64 TestWorkingSet::serverRowsOf(const QString &customerId)
{
    qint64 rows = 0;
    for (const EntityDescriptor &entity : EntitySchema::all())
        if (!entity.customerColumn.isEmpty())
            rows += m_central->service->database()
                        .scalar(u"SELECT COUNT(*) FROM %1 WHERE %2 = ?"_s.arg(entity.table, entity.customerColumn), { customerId })
                        ->toLongLong();
    return rows;
}

qint64 TestWorkingSet::serverReferenceRows()
{
    qint64 rows = 0;
    for (const EntityDescriptor &entity : EntitySchema::all())
        if (entity.customerColumn.isEmpty())
            rows += m_central->service->database().scalar(u"SELECT COUNT(*) FROM %1"_s.arg(entity.table))->toLongLong();
    return rows;
}

bool TestWorkingSet::note(const QString &login, const QString &customerId, const QString &text)
{
    const QJsonObject mutation { { u"mid"_s, ++m_mid },
                                 { u"type"_s, u"contact.note"_s },
                                 { u"data"_s, QJsonObject { { u"customer_id"_s, customerId }, { u"reason"_s, u"inquiry"_s },
                                                            { u"text"_s, text } } } };
    const auto reply = m_central->http->post(u"/api/v1/sync/push"_s,
                                             QJsonObject { { u"client_id"_s, u"test-client"_s }, { u"mutations"_s, QJsonArray { mutation } } },
                                             m_central->http->login(login));
    return reply.status == 200
           && reply.json.value("results"_L1).toArray().first().toObject().value("status"_L1).toString() == u"applied";
}

namespace {

QSet<QString> customersIn(const QList<QJsonObject> &changes)
{
    QSet<QString> customers;
    for (const QJsonObject &change : changes) {
        const QString entity = change.value("entity"_L1).toString();
        const QJsonObject data = change.value("data"_L1).toObject();
        if (entity == u"customer")
            customers.insert(change.value("id"_L1).toString());
        else if (data.contains("customer_id"_L1))
            customers.insert(data.value("customer_id"_L1).toString());
    }
    return customers;
}

// The data of the service cards among `changes`, by card id.
QHash<QString, QJsonObject> cardsIn(const QList<QJsonObject> &changes)
{
    QHash<QString, QJsonObject> cards;
    for (const QJsonObject &change : changes)
        if (change.value("entity"_L1).toString() == u"service_card")
            cards.insert(change.value("id"_L1).toString(), change.value("data"_L1).toObject());
    return cards;
}

bool hasContactText(const QList<QJsonObject> &changes, const QString &text)
{
    return std::any_of(changes.cbegin(), changes.cend(), [&text](const QJsonObject &change) {
        return change.value("entity"_L1).toString() == u"contact"
               && change.value("data"_L1).toObject().value("text"_L1).toString() == text;
    });
}

} // namespace

void TestWorkingSet::anAgentPullsOnlyItsWorkingSetAndTheReferenceRows()
{
    const Pulled pulled = pullAll(m_central->http->login(u"agent01"_s));
    QVERIFY(pulled.cursor != u"failed");
    QCOMPARE(customersIn(pulled.changes), QSet<QString>());
    QVERIFY(serverReferenceRows() > 0);
    QCOMPARE(qint64(pulled.changes.size()), serverReferenceRows());
}

void TestWorkingSet::adminPullsEveryRow()
{
    const Pulled pulled = pullAll(m_central->http->login(u"admin"_s));
    const qint64 customers = m_central->service->database().scalar(u"SELECT COUNT(*) FROM customers"_s)->toLongLong();
    QCOMPARE(qint64(customersIn(pulled.changes).size()), customers);
    QVERIFY(customers >= 240);
}

void TestWorkingSet::subscribingAnswersTheCustomersRowsAndPullsThemFromThen()
{
    const QString agent = m_central->http->login(u"agent01"_s);
    const QString customerId = customerIdOf(u"+8613800138000"_s);
    QVERIFY(!customerId.isEmpty());

    const auto reply = m_central->http->post(u"/api/v1/sync/subscriptions"_s, QJsonObject { { u"customer_id"_s, customerId } }, agent);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json.value("generation"_L1).toString().isEmpty());
    QList<QJsonObject> answered;
    for (const QJsonValue &change : reply.json.value("changes"_L1).toArray())
        answered.append(change.toObject());
    QCOMPARE(customersIn(answered), QSet<QString> { customerId });
    QCOMPARE(qint64(answered.size()), serverRowsOf(customerId));

    // A console bootstrapping now gets the same customer, and only it, besides the reference rows.
    const Pulled pulled = pullAll(agent);
    QCOMPARE(customersIn(pulled.changes), QSet<QString> { customerId });
    QCOMPARE(qint64(pulled.changes.size()), serverRowsOf(customerId) + serverReferenceRows());
    // Subscribing twice is harmless.
    QCOMPARE(m_central->http->post(u"/api/v1/sync/subscriptions"_s, QJsonObject { { u"customer_id"_s, customerId } }, agent).status, 200);
    // Another agent's working set is its own.
    QCOMPARE(customersIn(pullAll(m_central->http->login(u"elder01"_s)).changes), QSet<QString>());
}

void TestWorkingSet::subscribingRefusesUnknownAndMalformedIds()
{
    const QString agent = m_central->http->login(u"agent01"_s);
    const auto unknown = m_central->http->post(u"/api/v1/sync/subscriptions"_s, QJsonObject { { u"customer_id"_s, u"no-such"_s } }, agent);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"not_found"_s);
    QCOMPARE(m_central->http->post(u"/api/v1/sync/subscriptions"_s, QJsonObject { { u"customer_id"_s, 42 } }, agent).status, 400);
    QCOMPARE(m_central->http->post(u"/api/v1/sync/subscriptions"_s, QJsonObject {}, agent).status, 400);
    QCOMPARE(m_central->http->send("POST", u"/api/v1/sync/subscriptions"_s, "not json", agent).status, 400);
    QCOMPARE(m_central->http->post(u"/api/v1/sync/subscriptions"_s, QJsonObject { { u"customer_id"_s, u"x"_s } },
                                   m_central->http->login(u"feed01"_s))
                 .status,
             403);
}

void TestWorkingSet::aChangeMadeBetweenSubscribingAndTheNextPullArrives()
{
    const QString agent = m_central->http->login(u"agent01"_s);
    const QString subscribed = customerIdOf(u"+8613800138000"_s);
    const Pulled bootstrap = pullAll(agent);
    // Another agent's changes (a push puts its customer in the pusher's own working set):
    // to an unsubscribed customer before subscribing, one after, and another customer's.
    QVERIFY(note(u"elder01"_s, subscribed, u"before subscribing"_s));
    QCOMPARE(m_central->http->post(u"/api/v1/sync/subscriptions"_s, QJsonObject { { u"customer_id"_s, subscribed } }, agent).status, 200);
    QVERIFY(note(u"elder01"_s, subscribed, u"after subscribing"_s));
    const Pulled others = pullAll(m_central->http->login(u"admin"_s));
    QString other;
    for (const QString &id : customersIn(others.changes))
        if (id != subscribed)
            other = id;
    QVERIFY(note(u"elder01"_s, other, u"someone else"_s));

    const Pulled next = pullAll(agent, bootstrap.cursor);
    QVERIFY(hasContactText(next.changes, u"after subscribing"_s));
    QVERIFY(hasContactText(next.changes, u"before subscribing"_s)); // its record lies after the cursor: overlap, harmless
    QVERIFY(!hasContactText(next.changes, u"someone else"_s));
    QCOMPARE(customersIn(next.changes), QSet<QString> { subscribed });
}

void TestWorkingSet::unsubscribingStopsTheChanges()
{
    const QString agent = m_central->http->login(u"agent01"_s);
    const QString customerId = customerIdOf(u"+8613800138000"_s);
    QCOMPARE(m_central->http->post(u"/api/v1/sync/subscriptions"_s, QJsonObject { { u"customer_id"_s, customerId } }, agent).status, 200);
    const Pulled bootstrap = pullAll(agent);
    QVERIFY(note(u"elder01"_s, customerId, u"while subscribed"_s));
    const Pulled subscribedPull = pullAll(agent, bootstrap.cursor);
    QVERIFY(hasContactText(subscribedPull.changes, u"while subscribed"_s));

    const auto removed = m_central->http->send("DELETE", u"/api/v1/sync/subscriptions/"_s + customerId, {}, agent);
    QCOMPARE(removed.status, 200);
    QCOMPARE(m_central->http->send("DELETE", u"/api/v1/sync/subscriptions/"_s + customerId, {}, agent).status, 200); // a repeat
    QVERIFY(note(u"elder01"_s, customerId, u"after unsubscribing"_s));
    const Pulled after = pullAll(agent, subscribedPull.cursor);
    QVERIFY(!hasContactText(after.changes, u"after unsubscribing"_s));
    QCOMPARE(customersIn(after.changes), QSet<QString>());
}

void TestWorkingSet::whatAnAgentPushesComesBackInItsNextPull()
{
    const QString agent = m_central->http->login(u"agent01"_s);
    const QString customerId = customerIdOf(u"+8613800138000"_s);
    const Pulled bootstrap = pullAll(agent);
    QCOMPARE(customersIn(bootstrap.changes), QSet<QString>());
    QVERIFY(note(u"agent01"_s, customerId, u"pushed without a lookup"_s));
    const Pulled next = pullAll(agent, bootstrap.cursor);
    QVERIFY(hasContactText(next.changes, u"pushed without a lookup"_s));
    QCOMPARE(customersIn(next.changes), QSet<QString> { customerId });
}

void TestWorkingSet::customersOfCallsRoutedToTheSeatAreInTheWorkingSet()
{
    const QString customerId = customerIdOf(u"+8613800138000"_s);
    auto agentId = m_central->service->database().scalar(u"SELECT id FROM users WHERE login = 'agent01'"_s);
    QVERIFY(agentId);
    // The seat's queue as call routing records it.
    QVERIFY(m_central->service->database().exec(
        u"INSERT INTO calls (id, ani, customer_id, queue, seat_user_id, at) VALUES ('call-1', ?, ?, 'general', ?, 0)"_s,
        { u"+8613800138000"_s, customerId, agentId->toString() }));
    const Pulled pulled = pullAll(m_central->http->login(u"agent01"_s));
    QCOMPARE(customersIn(pulled.changes), QSet<QString> { customerId });
    QCOMPARE(customersIn(pullAll(m_central->http->login(u"elder01"_s)).changes), QSet<QString>());
}

void TestWorkingSet::aServiceCardComesWithItsGiversMaskedName()
{
    // The showcase customer holds the card of a gift another customer (张丽) bought.
    Database &db = m_central->service->database();
    const QString holder = customerIdOf(u"+8613800138000"_s);
    const QString giver = db.scalar(u"SELECT giver_customer_id FROM service_cards WHERE customer_id = ?"_s, { holder })
                              ->toString();
    QVERIFY(!giver.isEmpty() && giver != holder);
    const QString masked
        = PersonalData::maskName(db.scalar(u"SELECT name FROM customers WHERE id = ?"_s, { giver })->toString());
    QCOMPARE(masked, u"张*"_s);

    // Subscribing to the holder answers the card, named, and none of the giver's rows.
    const QString agent = m_central->http->login(u"agent01"_s);
    const auto reply = m_central->http->post(u"/api/v1/sync/subscriptions"_s, QJsonObject { { u"customer_id"_s, holder } }, agent);
    QCOMPARE(reply.status, 200);
    QList<QJsonObject> answered;
    for (const QJsonValue &change : reply.json.value("changes"_L1).toArray())
        answered.append(change.toObject());
    QCOMPARE(customersIn(answered), QSet<QString> { holder });
    const QHash<QString, QJsonObject> answeredCards = cardsIn(answered);
    QCOMPARE(answeredCards.size(), 1);
    const QString cardId = answeredCards.cbegin().key();
    QCOMPARE(answeredCards.value(cardId).value("giver_name_masked"_L1).toString(), masked);

    // A bootstrap carries it too, and so does the customer view.
    const Pulled bootstrap = pullAll(agent);
    QCOMPARE(cardsIn(bootstrap.changes).value(cardId).value("giver_name_masked"_L1).toString(), masked);
    const auto view = m_central->http->get(u"/api/v1/customers/"_s + holder, agent);
    QCOMPARE(view.status, 200);
    const QJsonArray viewCards = view.json.value("service_cards"_L1).toArray();
    QCOMPARE(viewCards.size(), 1);
    QCOMPARE(viewCards.first().toObject().value("giver_name_masked"_L1).toString(), masked);

    // Cards written later come through the change feed named; one whose giver central does not
    // know, with null.
    const QString unknownGiverCard = u"SC-TEST-UNKNOWN"_s;
    {
        const auto feed = ChangeFeed::create(db);
        EntityStore entities(db, *feed);
        QJsonObject rewritten = answeredCards.value(cardId);
        rewritten.remove("row_version"_L1);
        rewritten.remove("giver_name_masked"_L1); // served, not stored
        QJsonObject unknownGiver = rewritten;
        unknownGiver.insert("id"_L1, unknownGiverCard);
        unknownGiver.insert("giver_customer_id"_L1, u"no-such-customer"_s);
        Transaction tx = db.begin();
        QVERIFY(tx.started());
        QVERIFY(entities.upsert(tx, EntitySchema::get(u"service_card"), rewritten).ok());
        QVERIFY(entities.upsert(tx, EntitySchema::get(u"service_card"), unknownGiver).ok());
        QVERIFY(tx.commit());
    }
    const QHash<QString, QJsonObject> changed = cardsIn(pullAll(agent, bootstrap.cursor).changes);
    QCOMPARE(changed.value(cardId).value("giver_name_masked"_L1).toString(), masked);
    QVERIFY(changed.contains(unknownGiverCard));
    QVERIFY(changed.value(unknownGiverCard).value("giver_name_masked"_L1).isNull());
}

QTEST_GUILESS_MAIN(TestWorkingSet)
#include "tst_workingset.moc"
