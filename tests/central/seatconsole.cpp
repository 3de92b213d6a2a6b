#include "seatconsole.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

namespace parasol::test {

SeatConsole::SeatConsole(const QUrl &baseUrl, const QString &token)
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.value(QLatin1String("type")).toString() == u"call")
            calls.append(message.value(QLatin1String("call")).toObject());
    });
    QUrl url = baseUrl;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/events"));
    url.setQuery(QUrlQuery { { QStringLiteral("token"), token } });
    m_socket.open(url);
}

std::unique_ptr<SeatConsole> SeatConsole::connect(const QUrl &baseUrl, const QString &token)
{
    std::unique_ptr<SeatConsole> seat(new SeatConsole(baseUrl, token));
    if (!QTest::qWaitFor([&seat] { return seat->connected(); }, 10000))
        return nullptr;
    // Let the service register the socket before anything is routed.
    QTest::qWait(50);
    return seat;
}

QStringList SeatConsole::callIds() const
{
    QStringList ids;
    for (const QJsonObject &call : calls)
        ids.append(call.value(QLatin1String("id")).toString());
    return ids;
}

bool SeatConsole::disconnect()
{
    m_socket.close();
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, 10000);
}

} // namespace parasol::test
