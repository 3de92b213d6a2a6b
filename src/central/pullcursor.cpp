#include "pullcursor.h"

#include "protocol/jsonfields.h"

#include <QJsonDocument>

namespace parasol {

QString PullCursor::encode() const
{
    QJsonObject json { { QStringLiteral("g"), generation },
                       { QStringLiteral("p"), phase == Phase::Snapshot ? QStringLiteral("s") : QStringLiteral("c") },
                       { QStringLiteral("x"), position.xid },
                       { QStringLiteral("q"), position.seq } };
    if (phase == Phase::Snapshot) {
        json.insert(QStringLiteral("e"), entityIndex);
        json.insert(QStringLiteral("k"), lastKey);
        json.insert(QStringLiteral("n"), sent);
        json.insert(QStringLiteral("t"), total);
    }
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<PullCursor> PullCursor::decode(const QString &text)
{
    const Error bad { QStringLiteral("bad_cursor"),
                      QStringLiteral("the cursor is not one this service gave out; start again with an empty cursor") };
    if (text.size() > 2000)
        return bad;
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding
                                                                               | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return bad;
    auto json = parseJsonObject(*decoded);
    if (!json)
        return bad;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max() / 2;
    JsonFields f(*json);
    PullCursor cursor;
    cursor.generation = f.requiredString(QStringLiteral("g"));
    const QString phase = f.requiredString(QStringLiteral("p"), 1);
    cursor.position.xid = f.requiredInteger(QStringLiteral("x"), 0, kMax);
    cursor.position.seq = f.requiredInteger(QStringLiteral("q"), 0, kMax);
    if (phase == u"s") {
        cursor.phase = Phase::Snapshot;
        cursor.entityIndex = int(f.requiredInteger(QStringLiteral("e"), 0, 1000));
        cursor.lastKey = f.optionalString(QStringLiteral("k"), {}, 400);
        cursor.sent = f.requiredInteger(QStringLiteral("n"), 0, kMax);
        cursor.total = f.requiredInteger(QStringLiteral("t"), 0, kMax);
    } else if (phase == u"c") {
        cursor.phase = Phase::Changes;
    } else {
        return bad;
    }
    if (!f.ok())
        return bad;
    return cursor;
}

} // namespace parasol
