#pragma once

#include <QString>

namespace parasol::Pinyin {

// Pinyin of a Chinese name through ICU's Han-Latin/Names transliteration (surnames
// read as surnames: 曾 zeng, 单 shan), lower case, no tones, no spaces: "张伟" → "zhangwei".
// Latin letters pass through lower-cased; other characters are dropped.
QString full(QStringView name);
// First letter of each syllable: "张伟" → "zw", "欧阳娜娜" → "oynn".
QString initials(QStringView name);

} // namespace parasol::Pinyin
