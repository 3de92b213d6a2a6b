#pragma once

#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace parasol {

// An exact amount of money in fen (1/100 yuan). Never a float: prices, refunds
// and report sums must add up to the fen.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money operator*(qint64 quantity) const { return Money(m_fen * quantity); }
    constexpr Money &operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    // "3299.00", "-0.05": yuan with two decimals, no grouping, no symbol (for data and logs).
    QString toYuanString() const;
    // "¥3,299.00": for people.
    QString toDisplayString() const;
    // Accepts "3299", "3299.5", "3299.05", "-12.30"; nothing else (no exponent, no third decimal).
    static std::optional<Money> parseYuan(QStringView text);

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) { }
    qint64 m_fen = 0;
};

// Splits `total` into parts proportional to `weights` by the largest-remainder
// method: the parts always sum exactly to `total`. Ties in the remainder go to the
// earlier weight, so the split is deterministic. All weights zero: an even split.
// Weights must not be negative; total may be.
QList<qint64> allocateProportionally(qint64 total, const QList<qint64> &weights);

} // namespace parasol
