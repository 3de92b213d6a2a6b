#include "peoplepool.h"

#include "seedrandom.h"

namespace parasol {

namespace {

// The most common surnames, most common first (王, 李, 张 and 刘 alone are about a fifth of China).
constexpr const char16_t *kSurnames = u"王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 "
                                      u"韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 "
                                      u"姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 "
                                      u"雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司马";
constexpr const char16_t *kMaleNames = u"伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宇 浩 凯 健 俊 帆 "
                                       u"建国 建华 国强 志强 志明 海涛 俊杰 浩然 子轩 宇航 文博 晓东 永刚 建军 "
                                       u"德明 卫东 立新 振华 国庆 家豪 天佑 思远 明轩 博文";
constexpr const char16_t *kFemaleNames = u"芳 娜 敏 静 丽 艳 娟 霞 秀 玲 燕 红 洁 琳 婷 雪 慧 颖 倩 萍 "
                                         u"秀英 桂英 秀兰 玉兰 淑珍 丽娟 晓燕 海燕 婷婷 欣怡 梓涵 雨萱 诗涵 "
                                         u"佳怡 思琪 雅静 美玲 春梅 红霞 文静 晓丽 慧敏 丽华 淑芬";

// Mobile prefixes of the three carriers, all valid for libphonenumber.
constexpr int kMobilePrefixes[] = { 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157,
                                    158, 159, 176, 177, 178, 180, 181, 182, 183, 185, 186, 187, 188, 189, 198, 199 };

} // namespace

PeoplePool::PeoplePool()
    : m_surnames(QString::fromUtf16(kSurnames).split(u' '))
    , m_maleNames(QString::fromUtf16(kMaleNames).split(u' '))
    , m_femaleNames(QString::fromUtf16(kFemaleNames).split(u' '))
{
    // A falling weight: the first surnames are far more common than the last.
    for (qsizetype i = 0; i < m_surnames.size(); ++i)
        m_surnameWeights.append(int(1000 / (i + 4)));
}

QString PeoplePool::surname(SeedRandom &random) const
{
    return m_surnames.at(random.weighted(m_surnameWeights));
}

QString PeoplePool::givenName(const QString &gender, SeedRandom &random) const
{
    return random.pick(gender == u"f" ? m_femaleNames : m_maleNames);
}

QString PeoplePool::mobile(quint64 serial, SeedRandom &random)
{
    constexpr quint64 kSpace = 100'000'000;
    // Multiplying by a number coprime to 10^8 permutes [0, 10^8): distinct serials, distinct digits.
    const quint64 digits = (serial * 37'394'581ULL + 12'345'679ULL) % kSpace;
    const int prefix = kMobilePrefixes[random.below(int(std::size(kMobilePrefixes)))];
    return QStringLiteral("+86%1%2").arg(prefix).arg(digits, 8, 10, QLatin1Char('0'));
}

QDate PeoplePool::birthDateForAge(int years, QDate onDay, SeedRandom &random)
{
    // Born between (years + 1) years and `years` years before the day, the day itself excluded.
    const QDate latest = onDay.addYears(-years);
    const QDate earliest = onDay.addYears(-(years + 1)).addDays(1);
    return earliest.addDays(random.between(0, earliest.daysTo(latest)));
}

QString PeoplePool::idNumber(int regionCode, QDate birthDate, const QString &gender, SeedRandom &random)
{
    int sequence = int(random.between(0, 499)) * 2;
    if (gender == u"m")
        sequence += 1;
    const QString body = QStringLiteral("%1%2%3")
                             .arg(regionCode)
                             .arg(birthDate.toString(QStringLiteral("yyyyMMdd")))
                             .arg(sequence, 3, 10, QLatin1Char('0'));
    // GB 11643: ISO 7064 MOD 11-2 check character.
    constexpr int kWeights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (body.at(i).unicode() - u'0') * kWeights[i];
    return body + QStringLiteral("10X98765432").at(sum % 11);
}

} // namespace parasol
