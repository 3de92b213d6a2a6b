#include "searchterms.h"

#include "core/phonenumbers.h"
#include "core/pinyin.h"

#include <QRegularExpression>

#include <algorithm>

namespace parasol::SearchTerms {

namespace {
using Kind = CustomerMatch::Kind;

QString reversed(QString text)
{
    std::reverse(text.begin(), text.end());
    return text;
}
} // namespace

QList<Term> forCustomer(const Customer &customer)
{
    QList<Term> terms;
    if (!customer.phone.isEmpty()) {
        terms.append({ QStringLiteral("p:") + customer.phone, Kind::Phone });
        terms.append({ QStringLiteral("r:") + reversed(PhoneNumbers::nationalNumber(customer.phone)), Kind::PhoneTail });
    }
    if (!customer.name.isEmpty()) {
        terms.append({ QStringLiteral("n:") + customer.name, Kind::Name });
        terms.append({ QStringLiteral("y:") + Pinyin::full(customer.name), Kind::Pinyin });
        terms.append({ QStringLiteral("i:") + Pinyin::initials(customer.name), Kind::Initials });
    }
    return terms;
}

QList<Probe> forQuery(const QString &text)
{
    const QString q = text.trimmed();
    QList<Probe> probes;
    if (q.isEmpty())
        return probes;
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d{4,10}$"));
    static const QRegularExpression latin(QStringLiteral("^[A-Za-z ]+$"));
    const QString compactDigits = QString(q).remove(QRegularExpression(QStringLiteral("[\\s()-]")));
    if (const std::optional<QString> phone = PhoneNumbers::normalise(q))
        probes.append({ QStringLiteral("p:") + *phone, false, Kind::Phone });
    if (digitsOnly.match(compactDigits).hasMatch())
        probes.append({ QStringLiteral("r:") + reversed(compactDigits), true, Kind::PhoneTail });
    if (latin.match(q).hasMatch()) {
        const QString letters = q.toLower().remove(u' ');
        probes.append({ QStringLiteral("y:") + letters, true, Kind::Pinyin });
        probes.append({ QStringLiteral("i:") + letters, true, Kind::Initials });
    } else {
        probes.append({ QStringLiteral("n:") + q, true, Kind::Name });
    }
    return probes;
}

} // namespace parasol::SearchTerms
