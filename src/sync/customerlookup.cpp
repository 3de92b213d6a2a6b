#include "customerlookup.h"

#include "core/phonenumbers.h"

#include <QRegularExpression>
#include <QUrl>

namespace parasol::CustomerLookup {

QString path(const QString &text)
{
    static const QRegularExpression orderNo(QStringLiteral("^[A-Za-z]{1,4}[0-9]{6,}$"));
    const QString typed = text.trimmed();
    QString parameter, value;
    if (orderNo.match(typed).hasMatch()) {
        parameter = QStringLiteral("order_no");
        value = typed.toUpper();
    } else if (const std::optional<QString> e164 = PhoneNumbers::normalise(typed)) {
        parameter = QStringLiteral("phone");
        value = *e164;
    } else {
        parameter = QStringLiteral("q");
        value = typed.left(64); // central's limit
    }
    // Percent-encoded whole, '+' included (a query's '+' may be read as a space).
    return QStringLiteral("/api/v1/customers?%1=%2").arg(parameter, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

} // namespace parasol::CustomerLookup
