#include "consoleapplication.h"

#include "consolesession.h"
#include "consolesettings.h"
#include "grabrunner.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace parasol {

void ConsoleApplication::describe()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Parasol"));
    QCoreApplication::setApplicationName(QStringLiteral("parasol"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARASOL_VERSION));
}

QString ConsoleApplication::dataDir(const ConsoleOptions &options)
{
    return options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                     : options.dataDir;
}

int ConsoleApplication::run(QApplication &app, const ConsoleOptions &options)
{
    ConsoleSettings settings;
    Translations::apply(options.language.isEmpty() ? settings.language() : options.language);
    Theme::apply(app);
    ConsoleSession session(dataDir(options));
    if (!options.seat.isEmpty())
        session.setSeat(seatNames.parse(options.seat));

    if (options.grabbing()) {
        GrabRunner grab(options, session, settings);
        // From inside the event loop, so that a failure at once can still end it.
        QTimer::singleShot(0, &grab, &GrabRunner::start);
        return app.exec();
    }

    QString password;
    if (!options.passwordFile.isEmpty()) {
        auto read = ConsoleOptions::readPasswordFile(options.passwordFile);
        if (!read) {
            std::fprintf(stderr, "parasol: %s\n", qUtf8Printable(read.error().message));
            return 1;
        }
        password = *read;
    }
    LoginDialog login(session, settings);
    login.fill(options.central, options.user, password);
    if (login.exec() != QDialog::Accepted)
        return 0;
    MainWindow window(session, settings);
    window.showMaximized();
    return app.exec();
}

} // namespace parasol
