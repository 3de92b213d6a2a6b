#pragma once

#include "consoleoptions.h"

class QApplication;

namespace parasol {

// The console from start to exit: settings, language, theme, then either the login
// dialog and the main window, or a --grab run.
class ConsoleApplication
{
public:
    // Sets the organisation and application names QSettings and QStandardPaths use.
    static void describe();
    // Runs the event loop; returns the process's exit code.
    static int run(QApplication &app, const ConsoleOptions &options);
    // Where the replicas live: --data-dir, or the application data folder.
    static QString dataDir(const ConsoleOptions &options);
};

} // namespace parasol
