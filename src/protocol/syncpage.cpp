#include "syncpage.h"

#include "jsonfields.h"

#include <QJsonArray>

namespace parasol::SyncPageCodec {

QJsonObject toJson(const SyncPage &page)
{
    QJsonArray changes;
    for (const SyncChange &change : page.changes)
        changes.append(QJsonObject { { QStringLiteral("entity"), change.entity },
                                     { QStringLiteral("id"), change.id },
                                     { QStringLiteral("row_version"), change.rowVersion },
                                     { QStringLiteral("op"), change.deleted ? QStringLiteral("delete") : QStringLiteral("upsert") },
                                     { QStringLiteral("data"), change.data } });
    QJsonObject json { { QStringLiteral("generation"), page.generation },
                       { QStringLiteral("changes"), changes },
                       { QStringLiteral("cursor"), page.cursor },
                       { QStringLiteral("has_more"), page.hasMore } };
    if (page.progress)
        json.insert(QStringLiteral("progress"), QJsonObject { { QStringLiteral("done"), page.progress->first },
                                                              { QStringLiteral("total"), page.progress->second } });
    return json;
}

Result<SyncPage> parse(const QJsonObject &json)
{
    JsonFields f(json);
    SyncPage page;
    page.generation = f.requiredString(QStringLiteral("generation"), 200);
    page.cursor = f.optionalString(QStringLiteral("cursor"), {}, 4000);
    page.hasMore = f.optionalBool(QStringLiteral("has_more"), false);
    const QJsonArray changes = f.requiredArray(QStringLiteral("changes"), 1'000'000);
    for (qsizetype i = 0; f.ok() && i < changes.size(); ++i) {
        JsonFields c(changes[i].toObject(), QStringLiteral("changes[%1]").arg(i));
        SyncChange change;
        change.entity = c.requiredString(QStringLiteral("entity"), 64);
        change.id = c.requiredString(QStringLiteral("id"), 200);
        change.rowVersion = c.requiredInteger(QStringLiteral("row_version"), 0, std::numeric_limits<qint64>::max() / 2);
        const QString op = c.requiredString(QStringLiteral("op"), 16);
        if (c.ok() && op != u"upsert" && op != u"delete")
            c.fail(QStringLiteral("op"), QStringLiteral("expected \"upsert\" or \"delete\""));
        change.deleted = op == u"delete";
        change.data = c.optionalObject(QStringLiteral("data")).value_or(QJsonObject());
        f.adopt(c);
        page.changes.append(std::move(change));
    }
    if (const auto progress = f.optionalObject(QStringLiteral("progress"))) {
        JsonFields p(*progress, QStringLiteral("progress"));
        const qint64 done = p.requiredInteger(QStringLiteral("done"), 0, std::numeric_limits<qint64>::max() / 2);
        const qint64 total = p.requiredInteger(QStringLiteral("total"), 0, std::numeric_limits<qint64>::max() / 2);
        if (p.ok())
            page.progress = std::pair(done, total);
    }
    if (!f.ok())
        return Error { QStringLiteral("bad_page"), f.error().message };
    return page;
}

} // namespace parasol::SyncPageCodec
