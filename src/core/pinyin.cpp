#include "pinyin.h"

#include <QHash>
#include <QStringList>

#include <unicode/translit.h>

#include <memory>

namespace parasol::Pinyin {

namespace {

// ICU transliterators are costly to build and not safe to share across threads: one per thread.
icu::Transliterator *transliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            "Han-Latin/Names; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    return instance.get();
}

QStringList transliterate(const QString &name)
{
    icu::Transliterator *t = transliterator();
    if (!t)
        return {};
    icu::UnicodeString text(reinterpret_cast<const UChar *>(name.utf16()), int32_t(name.size()));
    t->transliterate(text);
    const QString latin = QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
    QStringList words;
    QString word;
    for (const QChar c : latin) {
        if (c.isLetter() && c.unicode() < 128) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// Transliterating takes tens of microseconds and names repeat a great deal (a bootstrap
// indexes a hundred thousand customers, many of them 张伟 or 王芳): the recent ones are kept.
QStringList syllables(QStringView name)
{
    constexpr qsizetype kRemembered = 20000;
    thread_local QHash<QString, QStringList> remembered;
    const QString key = name.toString();
    if (const auto found = remembered.constFind(key); found != remembered.cend())
        return *found;
    if (remembered.size() >= kRemembered)
        remembered.clear();
    return *remembered.insert(key, transliterate(key));
}

} // namespace

QString full(QStringView name)
{
    return syllables(name).join(QString());
}

QString initials(QStringView name)
{
    QString result;
    for (const QString &syllable : syllables(name))
        result.append(syllable.front());
    return result;
}

} // namespace parasol::Pinyin
