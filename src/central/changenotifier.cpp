#include "changenotifier.h"

#include "store/database.h"

#include <QSqlError>

namespace parasol {

ChangeNotifier::ChangeNotifier(Database &db)
    : m_db(db)
{
}

ChangeNotifier::~ChangeNotifier() = default;

Result<std::unique_ptr<ChangeNotifier>> ChangeNotifier::create(Database &db)
{
    std::unique_ptr<ChangeNotifier> notifier(new ChangeNotifier(db));
    if (db.dialect() != Database::Dialect::Postgres)
        return notifier;
    auto listener = Database::open(db.url());
    if (!listener)
        return listener.error();
    notifier->m_listener = std::move(*listener);
    QSqlDriver *driver = notifier->m_listener->driver();
    if (!driver->subscribeToNotification(QLatin1String(kChannel)))
        return Database::errorFrom(driver->lastError(), QStringLiteral("listen for changes"));
    connect(driver, &QSqlDriver::notification, notifier.get(),
            [self = notifier.get()](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                Q_EMIT self->changed(payload.toString());
            });
    return notifier;
}

void ChangeNotifier::announce(const QString &cursorHint)
{
    if (!m_listener) {
        Q_EMIT changed(cursorHint);
        return;
    }
    // Delivered at commit; outside a transaction, that is now. A failed NOTIFY only
    // delays the consoles until their next periodic pull.
    if (auto sent = m_db.exec(QStringLiteral("SELECT pg_notify(?, ?)"), { QLatin1String(kChannel), cursorHint }); !sent)
        qWarning("parasol-central: could not announce a change: %s", qPrintable(sent.error().message));
}

} // namespace parasol
