// A console's sync in a process of its own, so a fault test can kill it (SIGKILL) in the
// middle of its work: opens a ConsoleRig in FOLDER, logs in, optionally queues notes,
// syncs once and exits. It says what it did on stdout, one line each, flushed at once:
//   queued MID        a note is in the outbox (written before the sync starts)
//   pushed PENDING    central answered a push; PENDING entries still wait
//   page DONE TOTAL   a page of the bootstrap was applied with its cursor
//   caught-up         the sync finished (exit 0); "failed MESSAGE" otherwise (exit 1)
//
// consolesyncer FOLDER CENTRAL_URL LOGIN PASSWORD [NOTES CUSTOMER_ID TEXT_PREFIX]
#include "consolerig.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace parasol;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 4 && args.size() != 7) {
        say(u"failed usage: consolesyncer FOLDER CENTRAL_URL LOGIN PASSWORD [NOTES CUSTOMER_ID TEXT_PREFIX]"_s);
        return 2;
    }
    test::ConsoleRig console;
    if (QString problem = console.startIn(args[0], QUrl(args[1]), args[2], args[3]); !problem.isEmpty()) {
        say(u"failed "_s + problem);
        return 1;
    }
    const int notes = args.size() == 7 ? args[4].toInt() : 0;
    for (int i = 1; i <= notes; ++i) {
        const QString customerId = args[5];
        const QJsonObject note { { u"customer_id"_s, customerId }, { u"reason"_s, u"inquiry"_s },
                                 { u"text"_s, u"%1 %2"_s.arg(args[6]).arg(i) } };
        auto mid = console.outbox->enqueue(u"contact.note"_s, note, customerId, QDateTime::currentMSecsSinceEpoch());
        if (!mid) {
            say(u"failed "_s + mid.error().message);
            return 1;
        }
        say(u"queued %1"_s.arg(*mid));
    }

    QObject::connect(console.engine.get(), &SyncEngine::outboxChanged, &app,
                     [&console] { say(u"pushed %1"_s.arg(console.pending())); });
    QObject::connect(console.engine.get(), &SyncEngine::progress, &app,
                     [](qint64 done, qint64 total) { say(u"page %1 %2"_s.arg(done).arg(total)); });
    QObject::connect(console.engine.get(), &SyncEngine::caughtUp, &app, [&app] {
        say(u"caught-up"_s);
        app.exit(0);
    });
    QObject::connect(console.engine.get(), &SyncEngine::failed, &app, [&app](const Error &error) {
        say(u"failed "_s + error.message);
        app.exit(1);
    });
    QObject::connect(console.engine.get(), &SyncEngine::onlineChanged, &app, [&app](bool online) {
        if (!online) {
            say(u"failed offline"_s);
            app.exit(1);
        }
    });
    console.engine->syncNow();
    return app.exec();
}
