#pragma once

#include "console/consolesession.h"
#include "console/consolesettings.h"
#include "console/mainwindow.h"

#include <QObject>

#include <memory>

namespace parasol::test {

// The widget tests' console: its session in a data folder, its settings, and the main
// window a test opens once logged in.
struct ConsoleUnderTest
{
    explicit ConsoleUnderTest(const QString &dataDir) : session(dataDir) { }
    ConsoleSession session;
    ConsoleSettings settings;
    std::unique_ptr<MainWindow> window;
};

// The descendant of `parent` named `name`, or null with a warning naming what is missing.
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

} // namespace parasol::test
