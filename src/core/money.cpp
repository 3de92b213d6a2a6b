#include "money.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace parasol {

namespace {
// 128-bit intermediates: an amount × a weight can exceed 2^63 for large orders.
__extension__ using Int128 = __int128;
} // namespace

QString Money::toYuanString() const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + u'.'
           + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QChar(u'0'));
}

QString Money::toDisplayString() const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    const QString yuan = QLocale(QLocale::English).toString(magnitude / 100);
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + QStringLiteral("¥") + yuan + u'.'
           + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QChar(u'0'));
}

std::optional<Money> Money::parseYuan(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(-?)(\d{1,15})(?:\.(\d{1,2}))?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 yuan = match.capturedView(2).toLongLong();
    QString decimals = match.captured(3);
    while (decimals.size() < 2)
        decimals.append(u'0');
    const qint64 fen = yuan * 100 + decimals.toLongLong();
    return Money::fromFen(match.capturedView(1).isEmpty() ? fen : -fen);
}

QList<qint64> allocateProportionally(qint64 total, const QList<qint64> &weights)
{
    const int count = int(weights.size());
    QList<qint64> parts(count, 0);
    if (count == 0)
        return parts;

    qint64 weightSum = std::accumulate(weights.cbegin(), weights.cend(), qint64(0));
    QList<qint64> effective = weights;
    if (weightSum == 0) {
        effective.fill(1);
        weightSum = count;
    }

    const bool negative = total < 0;
    const qint64 magnitude = negative ? -total : total;
    QList<std::pair<Int128, int>> remainders;
    remainders.reserve(count);
    qint64 assigned = 0;
    for (int i = 0; i < count; ++i) {
        const Int128 product = static_cast<Int128>(magnitude) * effective[i];
        parts[i] = static_cast<qint64>(product / weightSum);
        assigned += parts[i];
        remainders.append({product % weightSum, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qint64 left = magnitude - assigned, k = 0; left > 0; --left, ++k)
        ++parts[remainders[int(k % count)].second];
    if (negative)
        std::transform(parts.begin(), parts.end(), parts.begin(), [](qint64 p) { return -p; });
    return parts;
}

} // namespace parasol
