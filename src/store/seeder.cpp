#include "seeder.h"

#include "generator/bulkloader.h"
#include "generator/datagenerator.h"
#include "metastore.h"
#include "userstore.h"

#include <QRegularExpression>

namespace parasol::Seeder {

namespace {

constexpr qint64 kDemoCustomers = 240;
constexpr qint64 kMaxScale = 10'000'000;
// Customers per transaction: large enough for fast writes, small enough for flat memory.
constexpr qint64 kBatchCustomers = 1000;

struct Spec
{
    QString seed;
    qint64 customers = 0;
    bool demo = false;
};

Result<Spec> parse(const QString &text)
{
    if (text == u"demo")
        return Spec { QStringLiteral("demo"), kDemoCustomers, true };
    static const QRegularExpression scale(QStringLiteral("^scale:([0-9]{1,8})$"));
    const QRegularExpressionMatch match = scale.match(text);
    const qint64 n = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    if (n < 1 || n > kMaxScale)
        return Error { QStringLiteral("bad_seed"),
                       QStringLiteral("unknown seed \"%1\": use --seed demo or --seed scale:N with N from 1 to %2")
                           .arg(text)
                           .arg(kMaxScale) };
    return Spec { QStringLiteral("scale"), n, false };
}

Status createDemoUsers(Database &db, qint64 nowMs)
{
    const QString password = QStringLiteral("parasol-demo");
    const QList<User> users {
        { QStringLiteral("U001"), QStringLiteral("agent01"), QStringLiteral("王晓燕"), Role::Agent, Seat::General, {} },
        { QStringLiteral("U002"), QStringLiteral("elder01"), QStringLiteral("李秀兰"), Role::Agent, Seat::Elder, {} },
        { QStringLiteral("U003"), QStringLiteral("lead01"), QStringLiteral("陈建国"), Role::Lead, std::nullopt, {} },
        { QStringLiteral("U004"),
          QStringLiteral("admin"),
          QStringLiteral("系统管理员"),
          Role::Admin,
          std::nullopt,
          {} },
        { QStringLiteral("U005"),
          QStringLiteral("feed01"),
          QStringLiteral("订单与价格系统"),
          Role::Feed,
          std::nullopt,
          {} },
        { QStringLiteral("U006"), QStringLiteral("midea01"), QStringLiteral("美的服务网络"), Role::Brand, std::nullopt,
          QStringLiteral("美的") },
    };
    UserStore store(db);
    for (const User &user : users)
        if (Status created = store.create(user, password, nowMs); !created)
            return created;
    return {};
}

} // namespace

Status seed(Database &db, const QString &specText, QDate anchorDay, const Progress &progress)
{
    auto spec = parse(specText);
    if (!spec)
        return spec.error();
    if (!anchorDay.isValid())
        return Error { QStringLiteral("bad_seed"), QStringLiteral("seeding needs a valid anchor day") };
    auto existing = db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return Error { QStringLiteral("not_empty"),
                       QStringLiteral("the database already holds %1 customers; only an empty database is seeded")
                           .arg(existing->toLongLong()) };

    const DataGenerator generator(spec->seed, anchorDay, spec->customers, spec->demo);
    BulkLoader loader(db);
    for (qint64 first = 0; first < spec->customers; first += kBatchCustomers) {
        Transaction tx = db.begin();
        if (!tx.started())
            return tx.error();
        // The first transaction also holds what every customer shares, and the demo users.
        if (first == 0) {
            if (Status ok = loader.insert(SeedRows::of(generator.sharedRows())); !ok)
                return ok;
            if (spec->demo)
                if (Status ok = createDemoUsers(db, generator.nowMs()); !ok)
                    return ok;
        }
        if (Status ok = loader.insert(SeedRows::of(generator.generate(first, kBatchCustomers))); !ok)
            return ok;
        if (Status ok = tx.commit(); !ok)
            return ok;
        if (progress)
            progress(std::min(first + kBatchCustomers, spec->customers), spec->customers);
    }
    // New history: a console that followed this database while it was empty bootstraps again.
    if (auto renewed = MetaStore::renewGeneration(db); !renewed)
        return renewed.error();
    return {};
}

} // namespace parasol::Seeder
