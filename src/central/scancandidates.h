#pragma once

#include "store/database.h"

#include "core/priceprotection.h"

#include <QSet>
#include <QStringList>

namespace parasol {

// Most order lines a leads' scan looks at cannot be due: a gift, nothing kept, the window
// long closed, no counted price since the order below what was paid. One statement per page
// tells them apart, so that only the others are read and judged by the rule
// (PriceProtection::decide). It keeps every line the rule could find due: each condition is
// one the rule requires, loosened where the rule is finer (the longest window the policy
// gives, the sign basis's Shanghai midnight taken a day late, any counted price below the
// price paid rather than the one in effect), so it changes what is read, never what is decided.
class ScanCandidates
{
public:
    ScanCandidates(Database &db, PriceProtectionPolicy policy) : m_db(db), m_policy(std::move(policy)) { }

    struct Page
    {
        QStringList lines; // the ids of the page's order lines, in id order
        QSet<QString> candidates; // those the rule could find due at `now`
    };
    // Up to `limit` order lines by id after `after` ("" = from the start).
    Result<Page> after(const QString &after, int limit, qint64 now);

private:
    Database &m_db;
    PriceProtectionPolicy m_policy;
};

} // namespace parasol
