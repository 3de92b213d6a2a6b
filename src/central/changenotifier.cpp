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
    for (const char *channel : { kChannel, kCallsChannel })
        if (!driver->subscribeToNotification(QLatin1String(channel)))
            return Database::errorFrom(driver->lastError(), QStringLiteral("listen on %1").arg(QLatin1String(channel)));
    connect(driver, &QSqlDriver::notification, notifier.get(),
            [self = notifier.get()](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (channel == QLatin1String(kChannel)) {
                    Q_EMIT self->changed(payload.toString());
                } else if (const std::optional<Seat> queue = seatNames.parse(payload.toString())) {
                    Q_EMIT self->callsWaiting(*queue);
                }
            });
    return notifier;
}

void ChangeNotifier::announce(const QString &cursorHint)
{
    if (!m_listener) {
        Q_EMIT changed(cursorHint);
        return;
    }
    notify(kChannel, cursorHint);
}

void ChangeNotifier::announceCallsWaiting(Seat queue)
{
    if (m_listener)
        notify(kCallsChannel, seatNames.name(queue));
}

void ChangeNotifier::notify(const char *channel, const QString &payload)
{
    // Delivered at commit; outside a transaction, that is now. A failed NOTIFY only
    // delays the consoles until their next periodic pull, or a waiting call until the
    // next change or connection.
    if (auto sent = m_db.exec(QStringLiteral("SELECT pg_notify(?, ?)"), { QLatin1String(channel), payload }); !sent)
        qWarning("parasol-central: could not announce on %s: %s", channel, qPrintable(sent.error().message));
}

} // namespace parasol
