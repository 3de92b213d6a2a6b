// The customer view's writes as central applies them from a push: a ticket for a line, a
// complaint, and revealing a field of personal data (written to the audit log, whose chain
// `parasol-central verify-audit` checks).
#include "centralfixture.h"

#include "central/auditcheck.h"
#include "central/mutationapplier.h"
#include "central/priceprotectservice.h"
#include "store/callstore.h"
#include "store/changefeed.h"
#include "store/entitystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace parasol;

class TestCustomerMutations : public QObject
{
    Q_OBJECT

private:
    QString token(const QString &login) { return m_central.http->login(login); }

    QString showcaseCustomerId()
    {
        const auto reply =
            m_central.http->get(QStringLiteral("/api/v1/customers?phone=%2B8613800138000"), token(QStringLiteral("agent01")));
        return reply.json.value(QLatin1String("customers")).toArray().first().toObject().value(QLatin1String("id")).toString();
    }

    QJsonObject firstLine(const QString &customerId)
    {
        const auto view = m_central.http->get(QStringLiteral("/api/v1/customers/") + customerId, token(QStringLiteral("agent01")));
        return view.json.value(QLatin1String("orders")).toArray().first().toObject().value(QLatin1String("lines")).toArray().first().toObject();
    }

    // Pushes one mutation as `login` under a client id of its own; the reply's status and result.
    struct Pushed
    {
        int status = 0;
        QJsonObject result;
    };
    Pushed push(const QString &login, const QString &type, const QJsonObject &data)
    {
        const QString clientId = QStringLiteral("tst-customermutations-%1").arg(++m_clients);
        const QJsonObject mutation { { QStringLiteral("mid"), 1 }, { QStringLiteral("type"), type }, { QStringLiteral("data"), data } };
        const auto reply = m_central.http->post(
            QStringLiteral("/api/v1/sync/push"),
            QJsonObject { { QStringLiteral("client_id"), clientId }, { QStringLiteral("mutations"), QJsonArray { mutation } } },
            token(login));
        return { reply.status, reply.json.value(QLatin1String("results")).toArray().first().toObject() };
    }

    static QString status(const Pushed &pushed) { return pushed.result.value(QLatin1String("status")).toString(); }
    static QString errorMessage(const Pushed &pushed)
    {
        return pushed.result.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }

    int count(const QString &sql, const QVariantList &params)
    {
        return m_central.service->database().scalar(sql, params)->toInt();
    }

    int revealsOf(const QString &customerId)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity_id = ?"),
                     { QStringLiteral("customer.reveal"), customerId });
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_central.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void aTicketIsOpenedForALine()
    {
        const QString customerId = showcaseCustomerId();
        const QString lineId = firstLine(customerId).value(QLatin1String("id")).toString();
        QVERIFY(!lineId.isEmpty());
        const Pushed pushed = push(QStringLiteral("agent01"), QStringLiteral("ticket.open"),
                                   { { QStringLiteral("order_line_id"), lineId },
                                     { QStringLiteral("kind"), QStringLiteral("repair") },
                                     { QStringLiteral("description"), QStringLiteral("不制冷") } });
        QCOMPARE(pushed.status, 200);
        QCOMPARE(status(pushed), QStringLiteral("applied"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE order_line_id = ? AND kind = ? AND description = ?"),
                       { lineId, QStringLiteral("repair"), QStringLiteral("不制冷") }),
                 1);
    }

    void aTicketOfAnUnknownKindIsRefusedWithTheKindsAllowed()
    {
        const QString lineId = firstLine(showcaseCustomerId()).value(QLatin1String("id")).toString();
        const Pushed pushed = push(QStringLiteral("agent01"), QStringLiteral("ticket.open"),
                                   { { QStringLiteral("order_line_id"), lineId },
                                     { QStringLiteral("kind"), QStringLiteral("refund") },
                                     { QStringLiteral("description"), QStringLiteral("x") } });
        QCOMPARE(status(pushed), QStringLiteral("rejected"));
        QCOMPARE(errorMessage(pushed), QStringLiteral("data.kind: expected one of return, exchange, repair, installation"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE order_line_id = ? AND description = ?"),
                       { lineId, QStringLiteral("x") }),
                 0);
    }

    void aComplaintOfAnUnknownCategoryIsRefusedWithTheCategoriesAllowed()
    {
        const QString customerId = showcaseCustomerId();
        const Pushed refused = push(QStringLiteral("agent01"), QStringLiteral("complaint.open"),
                                    { { QStringLiteral("customer_id"), customerId },
                                      { QStringLiteral("category"), QStringLiteral("rudeness") },
                                      { QStringLiteral("text"), QStringLiteral("态度差") } });
        QCOMPARE(status(refused), QStringLiteral("rejected"));
        QVERIFY2(errorMessage(refused).startsWith(QStringLiteral("data.category: expected one of after_sales_service, quality")),
                 qPrintable(errorMessage(refused)));

        const Pushed opened = push(QStringLiteral("agent01"), QStringLiteral("complaint.open"),
                                   { { QStringLiteral("customer_id"), customerId },
                                     { QStringLiteral("order_no"), QString() },
                                     { QStringLiteral("category"), QStringLiteral("personal_dignity") },
                                     { QStringLiteral("text"), QStringLiteral("态度差") } });
        QCOMPARE(status(opened), QStringLiteral("applied"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE customer_id = ? AND category = ? AND text = ?"),
                       { customerId, QStringLiteral("personal_dignity"), QStringLiteral("态度差") }),
                 1);
    }

    void aRevealIsWrittenToTheAuditChain()
    {
        const QString customerId = showcaseCustomerId();
        const int before = revealsOf(customerId);
        const Pushed pushed = push(QStringLiteral("agent01"), QStringLiteral("customer.reveal"),
                                   { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("field"), QStringLiteral("phone") } });
        QCOMPARE(status(pushed), QStringLiteral("applied"));
        QCOMPARE(revealsOf(customerId), before + 1);

        auto entry = m_central.service->database().exec(
            QStringLiteral("SELECT actor, entity, payload FROM audit_log WHERE action = ? AND entity_id = ? ORDER BY seq DESC"),
            { QStringLiteral("customer.reveal"), customerId });
        QVERIFY(entry && entry->next());
        QCOMPARE(entry->value(0).toString(), QStringLiteral("agent01"));
        QCOMPARE(entry->value(1).toString(), QStringLiteral("customer"));
        const QJsonObject payload = QJsonDocument::fromJson(entry->value(2).toString().toUtf8()).object();
        QCOMPARE(payload.value(QLatin1String("field")).toString(), QStringLiteral("phone"));

        // What `parasol-central verify-audit` runs.
        auto verified = AuditCheck(m_central.service->database()).run();
        QVERIFY(verified.ok());
        QVERIFY2(!verified->has_value(), qPrintable(verified->value_or(QString())));
    }

    void aRevealOfAnUnknownFieldOrCustomerIsRefused()
    {
        const QString customerId = showcaseCustomerId();
        const int before = revealsOf(customerId);
        const Pushed field = push(QStringLiteral("agent01"), QStringLiteral("customer.reveal"),
                                  { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("field"), QStringLiteral("password") } });
        QCOMPARE(status(field), QStringLiteral("rejected"));
        QCOMPARE(errorMessage(field), QStringLiteral("data.field: expected one of name, phone, address, id_number"));
        const Pushed customer = push(QStringLiteral("agent01"), QStringLiteral("customer.reveal"),
                                     { { QStringLiteral("customer_id"), QStringLiteral("C99999999") },
                                       { QStringLiteral("field"), QStringLiteral("name") } });
        QCOMPARE(status(customer), QStringLiteral("rejected"));
        QCOMPARE(revealsOf(customerId), before);
    }

    void brandAndFeedUsersMayNotReveal()
    {
        const QString customerId = showcaseCustomerId();
        const int before = revealsOf(customerId);
        const QJsonObject data { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("field"), QStringLiteral("phone") } };
        // They cannot push at all (central-api.md: agent+)...
        QCOMPARE(push(QStringLiteral("midea01"), QStringLiteral("customer.reveal"), data).status, 403);
        QCOMPARE(push(QStringLiteral("feed01"), QStringLiteral("customer.reveal"), data).status, 403);

        // ...and the mutation itself refuses a role without the permission, whoever calls it.
        Database &db = m_central.service->database();
        const auto feed = ChangeFeed::create(db);
        EntityStore entities(db, *feed);
        PriceProtectService priceProtect(db, entities, m_central.clock);
        CallStore calls(db);
        MutationApplier applier(db, entities, m_central.clock, priceProtect, calls);
        User brandUser;
        brandUser.login = QStringLiteral("midea01");
        brandUser.role = Role::Brand;
        Transaction tx = db.begin();
        QVERIFY(tx.started());
        auto outcome = applier.apply(tx, brandUser, QStringLiteral("customer.reveal"), data);
        QVERIFY(outcome.ok());
        QVERIFY(!outcome->applied);
        QCOMPARE(outcome->error.code, QStringLiteral("forbidden"));
        QVERIFY(tx.commit());
        QCOMPARE(revealsOf(customerId), before);
    }

private:
    test::CentralFixture m_central;
    int m_clients = 0;
};

QTEST_MAIN(TestCustomerMutations)
#include "tst_customermutations.moc"
