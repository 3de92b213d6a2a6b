#include "centralfixture.h"

#include "core/businesscalendar.h"
#include "store/seeder.h"

namespace parasol::test {

const QDate CentralFixture::kAnchor(2026, 11, 20);

QString CentralFixture::start(bool seedDemo)
{
    clock.setNowMs(BusinessCalendar::startOfDay(kAnchor) + 12 * 3600 * 1000);
    auto opened = CentralService::open(database.url(), clock);
    if (!opened)
        return opened.error().message;
    service = std::move(*opened);
    if (seedDemo)
        if (Status seeded = Seeder::seed(service->database(), QStringLiteral("demo"), kAnchor); !seeded)
            return seeded.error().message;
    auto port = service->listen(QHostAddress::LocalHost, 0);
    if (!port)
        return port.error().message;
    baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    http = std::make_unique<HttpTestClient>(baseUrl);
    return QString();
}

} // namespace parasol::test
