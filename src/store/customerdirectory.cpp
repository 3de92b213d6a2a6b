#include "customerdirectory.h"

#include "entityschema.h"
#include "rowcodec.h"

#include <QRegularExpression>

namespace parasol {

namespace {

const EntityDescriptor &customers()
{
    return EntitySchema::get(u"customer");
}

// A LIKE pattern matching values that start with `text`, with LIKE's wildcards escaped.
QString prefixPattern(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return text + u'%';
}

} // namespace

Result<QList<QJsonObject>> CustomerDirectory::rows(const QString &sql, const QVariantList &params)
{
    auto query = m_db.exec(sql, params);
    if (!query)
        return query.error();
    QList<QJsonObject> found;
    while (query->next())
        found.append(RowCodec::read(customers(), *query));
    return found;
}

Result<QList<QJsonObject>> CustomerDirectory::byPhone(const QString &e164)
{
    return rows(QStringLiteral("SELECT %1 FROM customers WHERE phone = ? ORDER BY id").arg(RowCodec::selectList(customers())),
                { e164 });
}

Result<QList<QJsonObject>> CustomerDirectory::byOrderNo(const QString &orderNo)
{
    return rows(QStringLiteral("SELECT %1 FROM customers WHERE id IN (SELECT customer_id FROM orders WHERE order_no = ?) "
                               "ORDER BY id")
                    .arg(RowCodec::selectList(customers())),
                { orderNo });
}

Result<QList<QJsonObject>> CustomerDirectory::search(const QString &text, int limit)
{
    const QString q = text.trimmed();
    if (q.isEmpty())
        return QList<QJsonObject>();

    // The phone's last digits: four or more, matched on the indexed tail first.
    static const QRegularExpression digits(QStringLiteral("^\\d{4,11}$"));
    if (digits.match(q).hasMatch())
        return rows(QStringLiteral("SELECT %1 FROM customers WHERE phone_tail = ? AND phone LIKE ? ESCAPE '\\' "
                                   "ORDER BY name, id LIMIT ?")
                        .arg(RowCodec::selectList(customers())),
                    { q.right(4), QString(QStringLiteral("%") + q), limit });

    // A name, its pinyin ("zhangwei", "zhangw") or its initials ("zw"). Rank: the exact
    // name, then name prefixes, then pinyin and initials; then by name.
    const QString latin = prefixPattern(q.toLower().remove(u' '));
    const QString name = prefixPattern(q);
    return rows(QStringLiteral("SELECT %1 FROM customers"
                               " WHERE name LIKE ? ESCAPE '\\' OR name_pinyin LIKE ? ESCAPE '\\'"
                               "    OR name_initials LIKE ? ESCAPE '\\'"
                               " ORDER BY CASE WHEN name = ? THEN 0 WHEN name LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END,"
                               "          name, id LIMIT ?")
                    .arg(RowCodec::selectList(customers())),
                { name, latin, latin, q, name, limit });
}

} // namespace parasol
