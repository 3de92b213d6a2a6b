#include "rowcodec.h"

#include "core/businesscalendar.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parasol::RowCodec {

QString selectList(const EntityDescriptor &entity)
{
    return entity.columnNames().join(QStringLiteral(", ")) + QStringLiteral(", row_version");
}

namespace {
QJsonValue toJson(const Column &column, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (column.type) {
    case ColumnType::Text:
    case ColumnType::Date:
        return value.toString();
    case ColumnType::Integer:
        return QJsonValue(value.toLongLong());
    case ColumnType::Bool:
        return value.toLongLong() != 0;
    case ColumnType::Time:
        return BusinessCalendar::toIso(value.toLongLong());
    case ColumnType::Json: {
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        if (document.isArray())
            return document.array();
        return document.object();
    }
    }
    return QJsonValue::Null;
}
} // namespace

QJsonObject read(const EntityDescriptor &entity, const QSqlQuery &query)
{
    QJsonObject row;
    int index = 0;
    for (const Column &column : entity.columns) {
        if (column.exported)
            row.insert(column.name, toJson(column, query.value(index)));
        ++index;
    }
    row.insert(QLatin1String("row_version"), QJsonValue(query.value(index).toLongLong()));
    return row;
}

QVariant toSql(const Column &column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(column.type == ColumnType::Text || column.type == ColumnType::Date
                                || column.type == ColumnType::Json
                            ? QMetaType::fromType<QString>()
                            : QMetaType::fromType<qint64>());
    switch (column.type) {
    case ColumnType::Text:
    case ColumnType::Date:
        return value.toString();
    case ColumnType::Integer:
        return qint64(value.toInteger());
    case ColumnType::Bool:
        return qint64(value.isBool() ? value.toBool() : value.toInteger() != 0);
    case ColumnType::Time:
        if (value.isString())
            if (const auto ms = BusinessCalendar::parseIso(value.toString()))
                return *ms;
        return qint64(value.toInteger());
    case ColumnType::Json:
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QVariant();
}

} // namespace parasol::RowCodec
