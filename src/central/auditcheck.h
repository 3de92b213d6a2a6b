#pragma once

#include "store/database.h"

#include <optional>

namespace parasol {

// `parasol-central verify-audit`: checks the audit log's hash chain, and that every
// payout in the ledger has its audit entry (so removing the newest entries, which the
// chain alone cannot see, is caught too).
class AuditCheck
{
public:
    explicit AuditCheck(Database &db) : m_db(db) { }

    // nullopt when intact; otherwise a sentence naming the first bad entry.
    Result<std::optional<QString>> run();

private:
    Database &m_db;
};

} // namespace parasol
