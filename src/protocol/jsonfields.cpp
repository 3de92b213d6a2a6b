#include "jsonfields.h"

#include "core/businesscalendar.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace parasol {

JsonFields::JsonFields(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{
}

QString JsonFields::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonFields::fail(const QString &key, const QString &problem)
{
    if (!m_error)
        m_error = Error { QStringLiteral("invalid_field"), pathOf(key) + QStringLiteral(": ") + problem };
}

void JsonFields::adopt(const JsonFields &nested)
{
    if (!m_error && nested.m_error)
        m_error = nested.m_error;
}

Error JsonFields::error() const
{
    return m_error.value_or(Error {});
}

bool JsonFields::present(const QString &key, bool required)
{
    if (!ok())
        return false;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(key, QStringLiteral("is required"));
        return false;
    }
    return true;
}

QString JsonFields::requiredString(const QString &key, int maxLength)
{
    if (!present(key, true))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(key, QStringLiteral("expected a string"));
        return {};
    }
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        fail(key, QStringLiteral("must not be empty"));
    else if (text.size() > maxLength)
        fail(key, QStringLiteral("longer than %1 characters").arg(maxLength));
    return ok() ? text : QString();
}

QString JsonFields::optionalString(const QString &key, const QString &fallback, int maxLength)
{
    if (!present(key, false))
        return fallback;
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(key, QStringLiteral("expected a string"));
        return fallback;
    }
    if (value.toString().size() > maxLength) {
        fail(key, QStringLiteral("longer than %1 characters").arg(maxLength));
        return fallback;
    }
    return value.toString();
}

qint64 JsonFields::requiredInteger(const QString &key, qint64 min, qint64 max)
{
    if (!present(key, true))
        return min;
    return optionalInteger(key, min, max).value_or(min);
}

std::optional<qint64> JsonFields::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    if (!present(key, false))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    // JSON has one number type; an integer is a number with no fraction, within range.
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)) || number < double(min) || number > double(max)) {
        fail(key, QStringLiteral("expected an integer from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return value.toInteger();
}

bool JsonFields::optionalBool(const QString &key, bool fallback)
{
    if (!present(key, false))
        return fallback;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(key, QStringLiteral("expected true or false"));
        return fallback;
    }
    return value.toBool();
}

qint64 JsonFields::requiredTime(const QString &key)
{
    if (!present(key, true))
        return 0;
    return optionalTime(key).value_or(0);
}

std::optional<qint64> JsonFields::optionalTime(const QString &key)
{
    if (!present(key, false))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    const std::optional<qint64> ms = value.isString() ? BusinessCalendar::parseIso(value.toString()) : std::nullopt;
    if (!ms)
        fail(key, QStringLiteral("expected an ISO 8601 time with an offset, as in 2026-11-20T09:30:00+08:00"));
    return ms;
}

QDate JsonFields::optionalDate(const QString &key)
{
    if (!present(key, false))
        return {};
    const QJsonValue value = m_object.value(key);
    const std::optional<QDate> date = value.isString() ? BusinessCalendar::parseDate(value.toString()) : std::nullopt;
    if (!date)
        fail(key, QStringLiteral("expected a date as YYYY-MM-DD"));
    return date.value_or(QDate());
}

QJsonObject JsonFields::requiredObject(const QString &key)
{
    if (!present(key, true))
        return {};
    return optionalObject(key).value_or(QJsonObject());
}

std::optional<QJsonObject> JsonFields::optionalObject(const QString &key)
{
    if (!present(key, false))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(key, QStringLiteral("expected an object"));
        return std::nullopt;
    }
    return value.toObject();
}

QJsonArray JsonFields::requiredArray(const QString &key, int maxItems)
{
    if (!present(key, true))
        return {};
    return optionalArray(key, maxItems).value_or(QJsonArray());
}

std::optional<QJsonArray> JsonFields::optionalArray(const QString &key, int maxItems)
{
    if (!present(key, false))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key, QStringLiteral("expected an array"));
        return std::nullopt;
    }
    if (value.toArray().size() > maxItems) {
        fail(key, QStringLiteral("more than %1 items").arg(maxItems));
        return std::nullopt;
    }
    return value.toArray();
}

Result<QJsonObject> parseJsonObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { QStringLiteral("malformed_json"),
                       QStringLiteral("the body is not valid JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset) };
    if (!document.isObject())
        return Error { QStringLiteral("expected_object"), QStringLiteral("the body must be a JSON object") };
    return document.object();
}

} // namespace parasol
