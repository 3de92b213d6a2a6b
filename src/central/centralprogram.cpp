#include "centralprogram.h"

#include "centraloptions.h"
#include "centralservice.h"
#include "signalwatcher.h"

#include "store/metastore.h"
#include "store/seeder.h"

#include "core/businesscalendar.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace parasol::CentralProgram {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Seeds the freshly migrated database (central-api.md, --seed); progress goes to stderr.
int seed(const CentralOptions &options, CentralService &service)
{
    const QDate anchor = options.seedAnchor.isValid() ? options.seedAnchor
                                                      : BusinessCalendar::dateOf(Clock::system().nowMs());
    QElapsedTimer timer;
    timer.start();
    Seeder::Progress progress;
    if (options.seed.startsWith(u"scale:"))
        progress = [&timer](qint64 done, qint64 total) {
            err() << "seeding: " << done << '/' << total << " customers, " << timer.elapsed() / 1000 << " s" << Qt::endl;
        };
    if (Status seeded = Seeder::seed(service.database(), options.seed, anchor, progress); !seeded) {
        err() << "parasol-central: seed " << options.seed << " refused: " << seeded.error().message << Qt::endl;
        return Failed;
    }
    err() << "seeded " << options.seed << " (times relative to " << anchor.toString(Qt::ISODate) << ") in "
          << timer.elapsed() << " ms" << Qt::endl;
    return Ok;
}

int serve(const CentralOptions &options, CentralService &service)
{
    auto port = service.listen(options.listenAddress, options.listenPort, options.tlsCertificate, options.tlsKey);
    if (!port) {
        err() << "parasol-central: " << port.error().message << Qt::endl;
        return Failed;
    }
    const QString host = options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + options.listenAddress.toString() + u']'
        : options.listenAddress.toString();
    out() << "listening on " << (options.tlsCertificate.isEmpty() ? "http" : "https") << "://" << host << ':' << *port
          << Qt::endl;
    SignalWatcher signals;
    // Requests are answered synchronously on this thread, so when the loop sees the
    // signal no request is half done: quitting here finishes what was in flight.
    QObject::connect(&signals, &SignalWatcher::terminationRequested, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    out() << "stopped" << Qt::endl;
    return Ok;
}

} // namespace

int run(const QStringList &arguments)
{
    auto options = CentralOptions::parse(arguments);
    if (!options) {
        err() << "parasol-central: " << options.error().message << "\n\n" << CentralOptions::usage();
        err().flush();
        return BadArguments;
    }
    auto service = CentralService::open(options->database);
    if (!service) {
        err() << "parasol-central: " << service.error().message << Qt::endl;
        return DatabaseFailed;
    }
    switch (options->command) {
    case CentralOptions::Command::NewGeneration: {
        auto generation = MetaStore::renewGeneration((*service)->database());
        if (!generation) {
            err() << "parasol-central: " << generation.error().message << Qt::endl;
            return DatabaseFailed;
        }
        out() << "new generation " << *generation << ": every console will bootstrap again" << Qt::endl;
        return Ok;
    }
    case CentralOptions::Command::VerifyAudit:
        err() << "parasol-central: verify-audit is not available yet" << Qt::endl;
        return Failed;
    case CentralOptions::Command::Serve:
        break;
    }
    if (!options->seed.isEmpty())
        if (const int seeded = seed(*options, **service); seeded != Ok)
            return seeded;
    return serve(*options, **service);
}

} // namespace parasol::CentralProgram
