#pragma once

#include "core/result.h"

namespace parasol {

// Where a database lives: "sqlite:PATH" or "postgresql://USER[:PASS]@HOST:PORT/DBNAME".
struct DatabaseUrl
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path; // sqlite
    QString user, password, host, databaseName; // postgresql
    int port = 5432;

    static Result<DatabaseUrl> parse(const QString &text);
    // The URL without its password, for logs and messages.
    QString redacted() const;
};

} // namespace parasol
