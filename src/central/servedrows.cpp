#include "servedrows.h"

#include "core/personaldata.h"
#include "store/entitystore.h"

#include <QHash>

namespace parasol::ServedRows {

Status complete(EntityStore &entities, const EntityDescriptor &entity, QList<QJsonObject> &rows)
{
    if (entity.entity != u"service_card" || rows.isEmpty())
        return {};
    const QLatin1String giverColumn("giver_customer_id");
    QStringList giverIds;
    for (const QJsonObject &card : std::as_const(rows))
        giverIds.append(card.value(giverColumn).toString());
    giverIds.removeDuplicates();
    auto givers = entities.byIds(EntitySchema::get(u"customer"), giverIds);
    if (!givers)
        return givers.error();
    QHash<QString, QString> maskedNames;
    for (const QJsonObject &giver : std::as_const(*givers))
        maskedNames.insert(giver.value(QLatin1String("id")).toString(),
                           PersonalData::maskName(giver.value(QLatin1String("name")).toString()));
    for (QJsonObject &card : rows) {
        const auto name = maskedNames.constFind(card.value(giverColumn).toString());
        card.insert(QStringLiteral("giver_name_masked"),
                    name == maskedNames.cend() ? QJsonValue(QJsonValue::Null) : QJsonValue(*name));
    }
    return {};
}

} // namespace parasol::ServedRows
