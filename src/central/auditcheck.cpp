#include "auditcheck.h"

#include "store/auditlog.h"

namespace parasol {

Result<std::optional<QString>> AuditCheck::run()
{
    auto broken = AuditLog(m_db).verify();
    if (!broken)
        return broken.error();
    if (*broken)
        return std::optional<QString>(QStringLiteral("audit entry %1: %2").arg((*broken)->seq).arg((*broken)->why));

    auto unaudited = m_db.scalar(QStringLiteral(
        "SELECT ledger.claim_id FROM ledger LEFT JOIN audit_log ON audit_log.entity = 'claim' "
        "AND audit_log.entity_id = ledger.claim_id WHERE audit_log.seq IS NULL ORDER BY ledger.at, ledger.id LIMIT 1"));
    if (!unaudited)
        return unaudited.error();
    if (!unaudited->isNull())
        return std::optional<QString>(
            QStringLiteral("the payout of claim %1 has no audit entry: entries were removed").arg(unaudited->toString()));
    return std::optional<QString>();
}

} // namespace parasol
