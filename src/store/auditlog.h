#pragma once

#include "database.h"

#include <QJsonObject>

#include <optional>

namespace parasol {

// One entry of the audit log.
struct AuditEntry
{
    qint64 seq = 0;
    qint64 at = 0;
    QString actor;
    QString action; // "price_protect.claim", …
    QString entity;
    QString entityId;
    QJsonObject payload;
    QString prevHash; // hex SHA-256 of the entry before (64 zeros for the first)
    QString hash; // hex SHA-256 of this entry's fields and prevHash
};

// The tamper-evident audit log: a hash chain. Each entry carries the hash of the one
// before, and its own hash covers its fields and that link, so altering, removing or
// reordering any entry breaks the chain at that entry.
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) { }

    // Appends an entry inside `tx`. Appends are serialised (an advisory lock on
    // PostgreSQL; SQLite's write transaction already is), so the chain never forks.
    Result<AuditEntry> append(Transaction &tx, qint64 at, const QString &actor, const QString &action,
                              const QString &entity, const QString &entityId, const QJsonObject &payload);

    // The first entry that breaks the chain, with why; nullopt when the whole log is intact.
    struct Break
    {
        qint64 seq = 0;
        QString why;
    };
    Result<std::optional<Break>> verify();

    static QString genesisHash();
    static QString hashOf(const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace parasol
