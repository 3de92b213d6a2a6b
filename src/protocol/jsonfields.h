#pragma once

#include "core/enumnames.h"
#include "core/result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace parasol {

// Reads the fields of a JSON object from outside (a request body, a feed) and keeps
// the first problem as an Error with a message naming the field, e.g.
// "orders[3].lines[0].qty: expected an integer from 1 to 10000". After the first
// problem every read returns a neutral value, so callers can read everything and
// check `ok()` once. Fields it is not asked about are ignored (forward compatibility).
class JsonFields
{
public:
    explicit JsonFields(const QJsonObject &object, QString path = {});

    QString requiredString(const QString &key, int maxLength = 200);
    QString optionalString(const QString &key, const QString &fallback = {}, int maxLength = 2000);
    qint64 requiredInteger(const QString &key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max);
    bool optionalBool(const QString &key, bool fallback);
    qint64 requiredTime(const QString &key); // ISO 8601 with an offset → UTC ms
    std::optional<qint64> optionalTime(const QString &key); // null or missing → nullopt
    QDate optionalDate(const QString &key); // "YYYY-MM-DD"; invalid QDate when null or missing
    QJsonObject requiredObject(const QString &key);
    std::optional<QJsonObject> optionalObject(const QString &key);
    QJsonArray requiredArray(const QString &key, int maxItems);
    std::optional<QJsonArray> optionalArray(const QString &key, int maxItems);

    template<typename E, std::size_t N>
    E requiredEnum(const QString &key, const EnumNames<E, N> &names)
    {
        const QString text = requiredString(key, 64);
        return parseEnum(key, text, names).value_or(names.at(0));
    }
    template<typename E, std::size_t N>
    E optionalEnum(const QString &key, const EnumNames<E, N> &names, E fallback)
    {
        if (!m_object.contains(key) || m_object.value(key).isNull())
            return fallback;
        return parseEnum(key, requiredString(key, 64), names).value_or(fallback);
    }

    // The path of a nested field, for nested readers: "orders[3].lines".
    QString pathOf(const QString &key) const;
    // Records a problem found by the caller (a rule across fields).
    void fail(const QString &key, const QString &problem);
    // Adopts the first problem of a nested reader.
    void adopt(const JsonFields &nested);

    bool ok() const { return !m_error.has_value(); }
    Error error() const;

private:
    template<typename E, std::size_t N>
    std::optional<E> parseEnum(const QString &key, const QString &text, const EnumNames<E, N> &names)
    {
        if (!ok())
            return std::nullopt;
        const std::optional<E> value = names.parse(text);
        if (!value)
            fail(key, QStringLiteral("expected one of %1").arg(names.names().join(QStringLiteral(", "))));
        return value;
    }
    bool present(const QString &key, bool required);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

// Parses a request body that must be one JSON object. Errors: "malformed_json", "expected_object".
Result<QJsonObject> parseJsonObject(const QByteArray &body);

} // namespace parasol
