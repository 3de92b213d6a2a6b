#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace parasol {

// The console's command line (README, "Running the pieces yourself"). Parsed before
// QApplication exists, because --scale must be in the environment by then.
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)

public:
    QUrl central;
    QString user;
    QString passwordFile;
    QString seat; // "general", "elder" or empty for the user's own
    QString dataDir;
    QString language; // "zh_CN", "zh_TW", "en" or empty for the settings' choice
    QString grabFile; // non-empty: render the main window to this PNG and exit
    QString customerPhone;
    QString orderNo;
    std::optional<double> scale;

    bool grabbing() const { return !grabFile.isEmpty(); }

    // `arguments` includes the program name first, as QCoreApplication::arguments() does.
    // --help and --version are answered with an Error whose code is "help".
    static Result<ConsoleOptions> parse(const QStringList &arguments);
    // The first line of the password file, without its line ending.
    static Result<QString> readPasswordFile(const QString &path);
};

} // namespace parasol
