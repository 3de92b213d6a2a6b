#include "consoleoptions.h"

#include <QCommandLineParser>
#include <QFile>

namespace parasol {

namespace {
const QStringList kLanguages { QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en") };
const QStringList kSeats { QStringLiteral("general"), QStringLiteral("elder") };
} // namespace

Result<ConsoleOptions> ConsoleOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Parasol, the after-sales service console."));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption central(QStringLiteral("central"), tr("The central service's address."), tr("URL"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Log in as this user."), tr("LOGIN"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("Read the password from the first line of this file."), tr("FILE"));
    const QCommandLineOption seat(QStringLiteral("seat"), tr("The seat to answer: general or elder."), tr("SEAT"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("Where the local cache lives."), tr("DIR"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("The language: zh_CN, zh_TW or en."), tr("LANG"));
    const QCommandLineOption grab(QStringLiteral("grab"), tr("Render the main window to this PNG file and exit."),
                                  tr("FILE"));
    const QCommandLineOption customer(QStringLiteral("customer"), tr("With --grab: open the customer with this phone."),
                                      tr("PHONE"));
    const QCommandLineOption order(QStringLiteral("order"), tr("With --grab: select this order."), tr("ORDER_NO"));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("With --grab: the scale factor of the screen."), tr("N"));
    parser.addOptions({ help, central, user, passwordFile, seat, dataDir, language, grab, customer, order, scale });
    parser.addVersionOption();

    if (!parser.parse(arguments))
        return Error { QStringLiteral("bad_arguments"), parser.errorText() };
    if (parser.isSet(help))
        // Parsed before QCoreApplication exists, so the parser does not know the program's name.
        return Error { QStringLiteral("help"),
                       parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("parasol")) };
    if (parser.isSet(QStringLiteral("version")))
        return Error { QStringLiteral("help"), QStringLiteral("parasol " PARASOL_VERSION "\n") };
    if (!parser.positionalArguments().isEmpty())
        return Error { QStringLiteral("bad_arguments"),
                       tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()) };

    ConsoleOptions options;
    if (parser.isSet(central)) {
        options.central = QUrl::fromUserInput(parser.value(central));
        if (!options.central.isValid() || !options.central.scheme().startsWith(u"http"))
            return Error { QStringLiteral("bad_arguments"), tr("Not an http(s) address: %1").arg(parser.value(central)) };
    }
    options.user = parser.value(user);
    options.passwordFile = parser.value(passwordFile);
    options.seat = parser.value(seat);
    if (!options.seat.isEmpty() && !kSeats.contains(options.seat))
        return Error { QStringLiteral("bad_arguments"), tr("Unknown seat: %1").arg(options.seat) };
    options.dataDir = parser.value(dataDir);
    options.language = parser.value(language);
    if (!options.language.isEmpty() && !kLanguages.contains(options.language))
        return Error { QStringLiteral("bad_arguments"), tr("Unknown language: %1").arg(options.language) };
    options.grabFile = parser.value(grab);
    options.customerPhone = parser.value(customer);
    options.orderNo = parser.value(order);
    if (parser.isSet(scale)) {
        bool ok = false;
        const double factor = parser.value(scale).toDouble(&ok);
        if (!ok || factor < 0.5 || factor > 4)
            return Error { QStringLiteral("bad_arguments"), tr("The scale must be a number from 0.5 to 4.") };
        options.scale = factor;
    }
    if (options.grabbing() && (options.central.isEmpty() || options.user.isEmpty() || options.passwordFile.isEmpty()))
        return Error { QStringLiteral("bad_arguments"), tr("--grab needs --central, --user and --password-file.") };
    if (!options.grabbing() && (!options.customerPhone.isEmpty() || !options.orderNo.isEmpty() || options.scale))
        return Error { QStringLiteral("bad_arguments"), tr("--customer, --order and --scale go with --grab.") };
    return options;
}

Result<QString> ConsoleOptions::readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("password_file"),
                       tr("Cannot read the password file %1: %2").arg(path, file.errorString()) };
    QString line = QString::fromUtf8(file.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace parasol
