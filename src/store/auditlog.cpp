#include "auditlog.h"

#include "crypto/digest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parasol {

namespace {

// Any number of the lock's own: one name for "the audit chain's head".
constexpr qint64 kAuditChainLock = 0x70617261736f6c41; // "parasolA"

QString canonicalText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::hashOf(const AuditEntry &entry)
{
    // A JSON array keeps the fields apart: no two different entries serialise alike.
    const QJsonArray fields { QString::number(entry.seq), QString::number(entry.at), entry.actor, entry.action,
                              entry.entity, entry.entityId, canonicalText(entry.payload), entry.prevHash };
    return QString::fromLatin1(Digest::sha256(QJsonDocument(fields).toJson(QJsonDocument::Compact)).toHex());
}

Result<AuditEntry> AuditLog::append(Transaction &, qint64 at, const QString &actor, const QString &action,
                                    const QString &entity, const QString &entityId, const QJsonObject &payload)
{
    if (m_db.dialect() == Database::Dialect::Postgres) {
        if (auto locked = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), { kAuditChainLock }); !locked)
            return locked.error();
    }
    auto head = m_db.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!head)
        return head.error();
    AuditEntry entry { 1, at, actor, action, entity, entityId, payload, genesisHash(), {} };
    if (head->next()) {
        entry.seq = head->value(0).toLongLong() + 1;
        entry.prevHash = head->value(1).toString();
    }
    entry.hash = hashOf(entry);
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, payload, "
                                             "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              { entry.seq, entry.at, entry.actor, entry.action, entry.entity, entry.entityId,
                                canonicalText(entry.payload), entry.prevHash, entry.hash });
    if (!inserted)
        return inserted.error();
    return entry;
}

Result<std::optional<AuditLog::Break>> AuditLog::verify()
{
    auto rows = m_db.exec(QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, payload, prev_hash, hash "
                                         "FROM audit_log ORDER BY seq"));
    if (!rows)
        return rows.error();
    qint64 expectedSeq = 1;
    QString previousHash = genesisHash();
    while (rows->next()) {
        AuditEntry entry;
        entry.seq = rows->value(0).toLongLong();
        entry.at = rows->value(1).toLongLong();
        entry.actor = rows->value(2).toString();
        entry.action = rows->value(3).toString();
        entry.entity = rows->value(4).toString();
        entry.entityId = rows->value(5).toString();
        const QByteArray payloadText = rows->value(6).toString().toUtf8();
        entry.payload = QJsonDocument::fromJson(payloadText).object();
        entry.prevHash = rows->value(7).toString();
        entry.hash = rows->value(8).toString();

        if (entry.seq != expectedSeq)
            return std::optional<Break>(Break { entry.seq, QStringLiteral("expected entry %1 here: an entry is missing")
                                                                .arg(expectedSeq) });
        if (entry.prevHash != previousHash)
            return std::optional<Break>(Break { entry.seq, QStringLiteral("does not follow the entry before it") });
        if (canonicalText(entry.payload).toUtf8() != payloadText || hashOf(entry) != entry.hash)
            return std::optional<Break>(Break { entry.seq, QStringLiteral("its content does not match its hash") });
        previousHash = entry.hash;
        ++expectedSeq;
    }
    return std::optional<Break>();
}

} // namespace parasol
