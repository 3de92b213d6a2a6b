#pragma once

#include <QStringList>

namespace parasol::CentralProgram {

// Exit codes of parasol-central (central-api.md): 0 clean stop, 1 another failure
// (a refused seed, a port in use, a broken audit chain), 2 bad arguments, 3 database
// unreachable or migration failed.
enum ExitCode { Ok = 0, Failed = 1, BadArguments = 2, DatabaseFailed = 3 };

// Runs parasol-central with its command line; needs a QCoreApplication.
int run(const QStringList &arguments);

} // namespace parasol::CentralProgram
