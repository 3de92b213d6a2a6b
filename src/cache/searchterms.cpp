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

// Longer prefixes than this are not indexed: nobody types 33 letters of a name.
constexpr int kMaxPrefix = 32;
// The phone's last digits are searched from four digits on (see forQuery).
constexpr int kMinDigits = 4;

// The term itself and, for kinds searched by prefix, its prefixes of `minLength` or more.
void addWithPrefixes(QList<Term> &terms, const QString &tag, const QString &value, Kind kind, int minLength = 1)
{
    for (int length = minLength; length < std::min<int>(value.size(), kMaxPrefix + 1); ++length)
        terms.append({ tag + value.left(length), kind, false });
    terms.append({ tag + value, kind, true });
}
} // namespace

QList<Term> forCustomer(const Customer &customer)
{
    QList<Term> terms;
    if (!customer.phone.isEmpty()) {
        terms.append({ QStringLiteral("p:") + customer.phone, Kind::Phone });
        addWithPrefixes(terms, QStringLiteral("r:"), reversed(PhoneNumbers::nationalNumber(customer.phone)), Kind::PhoneTail,
                        kMinDigits);
    }
    if (!customer.name.isEmpty()) {
        addWithPrefixes(terms, QStringLiteral("n:"), customer.name, Kind::Name);
        addWithPrefixes(terms, QStringLiteral("y:"), Pinyin::full(customer.name), Kind::Pinyin);
        addWithPrefixes(terms, QStringLiteral("i:"), Pinyin::initials(customer.name), Kind::Initials);
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
