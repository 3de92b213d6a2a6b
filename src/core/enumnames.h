#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace parasol {

// The wire and storage names of an enum's values, in one table per enum, so the
// name of a value is written once. Lookups are linear: the tables are tiny.
template<typename E, std::size_t N>
class EnumNames
{
public:
    constexpr explicit EnumNames(std::array<std::pair<E, const char16_t *>, N> names) : m_names(names) { }

    QString name(E value) const
    {
        for (const auto &[v, n] : m_names)
            if (v == value)
                return QString::fromUtf16(n);
        return QString();
    }

    std::optional<E> parse(QStringView text) const
    {
        for (const auto &[v, n] : m_names)
            if (text == QStringView(n))
                return v;
        return std::nullopt;
    }

    QStringList names() const
    {
        QStringList all;
        for (const auto &entry : m_names)
            all.append(QString::fromUtf16(entry.second));
        return all;
    }

    constexpr std::size_t size() const { return N; }
    constexpr E at(std::size_t index) const { return m_names[index].first; }

private:
    std::array<std::pair<E, const char16_t *>, N> m_names;
};

} // namespace parasol
