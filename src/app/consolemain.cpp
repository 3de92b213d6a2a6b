// parasol: the after-sales service console.
#include "console/consoleapplication.h"
#include "console/consoleoptions.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    auto options = parasol::ConsoleOptions::parse(arguments);
    if (!options) {
        const bool help = options.error().code == u"help";
        std::fprintf(help ? stdout : stderr, "%s\n", qUtf8Printable(options.error().message));
        return help ? 0 : 2;
    }
    // Must be in the environment before QApplication reads it.
    if (options->scale)
        qputenv("QT_SCALE_FACTOR", QByteArray::number(*options->scale));

    parasol::ConsoleApplication::describe();
    QApplication app(argc, argv);
    return parasol::ConsoleApplication::run(app, *options);
}
