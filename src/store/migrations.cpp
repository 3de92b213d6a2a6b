#include "migrations.h"

#include "schema.h"

#include "crypto/securerandom.h"

#include <QDateTime>

namespace parasol::Migrations {

namespace {

// Column types that differ between the dialects, substituted into the schema text.
// The substitutions are constants of this file, never input.
QString render(QString sql, Database::Dialect dialect)
{
    const bool pg = dialect == Database::Dialect::Postgres;
    sql.replace(QStringLiteral("{SERIAL_PK}"),
                pg ? QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                   : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    // PostgreSQL stamps each change with its writing transaction (see changefeed.h).
    sql.replace(QStringLiteral("{XID_DEFAULT}"),
                pg ? QStringLiteral("DEFAULT (pg_current_xact_id()::text::bigint)") : QString());
    return sql;
}

Status ensureVersionTable(Database &db)
{
    auto created = db.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at BIGINT NOT NULL)"));
    if (!created)
        return created.error();
    return {};
}

} // namespace

int latestVersion()
{
    return int(Schema::migrations().size());
}

Result<int> currentVersion(Database &db)
{
    if (Status status = ensureVersionTable(db); !status)
        return status.error();
    auto version = db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!version)
        return version.error();
    return version->toInt();
}

Status migrate(Database &db)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Error { QStringLiteral("schema_too_new"),
                       QStringLiteral("the database is at schema version %1 but this program knows only up to %2")
                           .arg(*current)
                           .arg(latestVersion()) };
    const QList<Schema::Migration> &steps = Schema::migrations();
    for (int version = *current + 1; version <= latestVersion(); ++version) {
        Transaction tx = db.begin();
        if (!tx.started())
            return tx.error();
        // Re-check under a lock: another central process may have migrated meanwhile.
        // (SQLite's BEGIN IMMEDIATE already holds the write lock.)
        if (db.dialect() == Database::Dialect::Postgres)
            if (auto locked = db.exec(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE")); !locked)
                return locked.error();
        auto again = db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
        if (!again)
            return again.error();
        if (again->toInt() >= version)
            continue;
        for (const char *statement : steps[version - 1].statements) {
            if (auto done = db.exec(render(QString::fromUtf8(statement), db.dialect())); !done)
                return Error { QStringLiteral("migration_failed"),
                               QStringLiteral("migration %1 (%2): %3")
                                   .arg(version)
                                   .arg(QString::fromUtf8(steps[version - 1].description), done.error().message) };
        }
        if (version == 1) {
            // A fresh database starts a new history: clients holding a cursor of another
            // database's history must bootstrap again (see SYNC in the README).
            auto minted = db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('generation', ?)"),
                                  { SecureRandom::token(12) });
            if (!minted)
                return minted.error();
        }
        auto recorded = db.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                                { version, QDateTime::currentMSecsSinceEpoch() });
        if (!recorded)
            return recorded.error();
        if (Status committed = tx.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace parasol::Migrations
