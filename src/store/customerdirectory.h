#pragma once

#include "database.h"

#include <QJsonObject>

namespace parasol {

// Finds customers by what a caller or an agent knows: the phone number, an order
// number, or free text (name, pinyin, pinyin initials, the phone's last digits).
class CustomerDirectory
{
public:
    explicit CustomerDirectory(Database &db) : m_db(db) { }

    // `e164` must already be normalised (PhoneNumbers::normalise).
    Result<QList<QJsonObject>> byPhone(const QString &e164);
    Result<QList<QJsonObject>> byOrderNo(const QString &orderNo);
    // Best matches first: exact name, exact phone tail, then name, pinyin and initials prefixes.
    Result<QList<QJsonObject>> search(const QString &text, int limit);

private:
    Result<QList<QJsonObject>> rows(const QString &sql, const QVariantList &params);
    Database &m_db;
};

} // namespace parasol
