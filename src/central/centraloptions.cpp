#include "centraloptions.h"

#include "core/businesscalendar.h"

#include <QRegularExpression>

namespace parasol {

namespace {

Error bad(const QString &message)
{
    return Error { QStringLiteral("bad_arguments"), message };
}

std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\[?([^\]]+?)\]?:(\d{1,5})$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const uint port = m.captured(2).toUInt();
    if (port > 65535)
        return std::nullopt;
    const QString host = m.captured(1);
    QHostAddress address;
    if (host == u"localhost")
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return std::nullopt;
    return std::pair(address, quint16(port));
}

} // namespace

QString CentralOptions::usage()
{
    return QStringLiteral(
        "usage: parasol-central --db URL --listen HOST:PORT [--tls-cert FILE --tls-key FILE]\n"
        "                       [--seed demo | --seed scale:N] [--seed-anchor YYYY-MM-DD]\n"
        "       parasol-central verify-audit --db URL\n"
        "       parasol-central new-generation --db URL\n"
        "URL is sqlite:PATH or postgresql://USER[:PASS]@HOST:PORT/DBNAME.\n");
}

Result<CentralOptions> CentralOptions::parse(const QStringList &arguments)
{
    CentralOptions options;
    QStringList args = arguments.mid(1);
    if (!args.isEmpty() && args.first() == u"verify-audit") {
        options.command = Command::VerifyAudit;
        args.removeFirst();
    } else if (!args.isEmpty() && args.first() == u"new-generation") {
        options.command = Command::NewGeneration;
        args.removeFirst();
    }
    QString db, listen, anchor;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &flag = args[i];
        QString *target = flag == u"--db"            ? &db
                          : flag == u"--listen"      ? &listen
                          : flag == u"--tls-cert"    ? &options.tlsCertificate
                          : flag == u"--tls-key"     ? &options.tlsKey
                          : flag == u"--seed"        ? &options.seed
                          : flag == u"--seed-anchor" ? &anchor
                                                     : nullptr;
        if (!target)
            return bad(QStringLiteral("unknown argument %1").arg(flag));
        if (i + 1 >= args.size() || args[i + 1].startsWith(u"--"))
            return bad(QStringLiteral("%1 needs a value").arg(flag));
        *target = args[++i];
    }
    if (db.isEmpty())
        return bad(QStringLiteral("--db URL is required"));
    auto url = DatabaseUrl::parse(db);
    if (!url)
        return bad(url.error().message);
    options.database = *url;
    if (options.command != Command::Serve) {
        if (!listen.isEmpty() || !options.seed.isEmpty())
            return bad(QStringLiteral("this command takes only --db"));
        return options;
    }
    if (listen.isEmpty())
        return bad(QStringLiteral("--listen HOST:PORT is required"));
    const auto address = parseListen(listen);
    if (!address)
        return bad(QStringLiteral("--listen expects HOST:PORT, as in 127.0.0.1:8080 (port 0 picks a free one)"));
    options.listenAddress = address->first;
    options.listenPort = address->second;
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return bad(QStringLiteral("--tls-cert and --tls-key go together"));
    static const QRegularExpression seedPattern(QStringLiteral(R"(^(demo|scale:[1-9]\d{0,8})$)"));
    if (!options.seed.isEmpty() && !seedPattern.match(options.seed).hasMatch())
        return bad(QStringLiteral("--seed expects demo or scale:N (N from 1 to 999999999)"));
    if (!anchor.isEmpty()) {
        const auto date = BusinessCalendar::parseDate(anchor);
        if (!date)
            return bad(QStringLiteral("--seed-anchor expects YYYY-MM-DD"));
        options.seedAnchor = *date;
    }
    return options;
}

} // namespace parasol
