#pragma once

#include "store/database.h"

#include <QTemporaryDir>

namespace parasol::test {

// A fresh, empty central database for one test: a SQLite file in a temporary folder,
// or, when the environment says PARASOL_TEST_DB=postgresql, a new database in the
// test process's private PostgreSQL cluster.
class TestDatabase
{
public:
    TestDatabase();
    static bool postgres();
    const DatabaseUrl &url() const { return m_url; }
    QString urlText() const;
    // A new connection to this database with the schema migrated to the latest version;
    // the test stops if either fails.
    std::unique_ptr<Database> openMigrated() const;

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
};

} // namespace parasol::test
