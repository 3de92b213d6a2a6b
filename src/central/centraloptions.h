#pragma once

#include "store/databaseurl.h"

#include <QDate>
#include <QHostAddress>
#include <QStringList>

#include <optional>

namespace parasol {

// parasol-central's command line (central-api.md, "Command line").
struct CentralOptions
{
    enum class Command { Serve, VerifyAudit, NewGeneration };
    Command command = Command::Serve;
    DatabaseUrl database;
    QHostAddress listenAddress;
    quint16 listenPort = 0;
    QString tlsCertificate, tlsKey;
    QString seed; // "demo", "scale:N" or empty
    QDate seedAnchor; // the day seeded data is relative to; today when invalid

    static QString usage();
    // Error "bad_arguments" with a message saying what is wrong.
    static Result<CentralOptions> parse(const QStringList &arguments);
};

} // namespace parasol
