#include "catalogue.h"

#include "seedrandom.h"

namespace parasol {

namespace {

struct Variant
{
    const char16_t *title;
    int minYuan, maxYuan;
    const char *model; // model code prefix
};

struct CategoryInfo
{
    Category category;
    int weight; // relative share of lines sold
    QList<Variant> variants;
};

const QList<CategoryInfo> &categoryInfo()
{
    static const QList<CategoryInfo> info {
        { Category::AirConditioner,
          8,
          { { u"新一级能效 变频冷暖 壁挂式空调 1匹", 1999, 2899, "KFR-26GW" },
            { u"新一级能效 变频冷暖 壁挂式空调 1.5匹", 2399, 3999, "KFR-35GW" },
            { u"新一级能效 变频冷暖 立柜式空调 3匹", 5999, 9999, "KFR-72LW" } } },
        { Category::Fridge,
          6,
          { { u"十字对开门冰箱 500L 一级能效 风冷无霜", 3299, 6999, "BCD-500WP" },
            { u"三门冰箱 260L 风冷无霜", 1699, 2799, "BCD-260WT" },
            { u"法式多门冰箱 450L 变频", 2999, 5499, "BCD-450WF" } } },
        { Category::Washer,
          6,
          { { u"滚筒洗衣机 10公斤 洗烘一体 变频", 1999, 4999, "MD100" },
            { u"波轮洗衣机 10公斤 直驱变频", 1099, 2299, "MB100" } } },
        { Category::Tv,
          7,
          { { u"55英寸 4K超高清 智能液晶电视", 1799, 3999, "55Q" },
            { u"65英寸 QLED 4K 120Hz 智能电视", 2999, 6999, "65Q" },
            { u"75英寸 Mini LED 智能电视", 4999, 11999, "75M" } } },
        { Category::WaterHeater,
          5,
          { { u"电热水器 60升 一级能效 速热", 1099, 2499, "F60" },
            { u"燃气热水器 16升 零冷水 恒温", 2299, 4999, "JSQ30" } } },
        { Category::RangeHood,
          3,
          { { u"侧吸式抽油烟机 大吸力 挥手智控", 1999, 4999, "CXW-260" },
            { u"顶侧双吸抽油烟机 变频", 3499, 6999, "CXW-298" } } },
        { Category::GasHob, 3, { { u"燃气灶 双灶 5.2kW 大火力 天然气", 799, 2499, "JZT-Q" } } },
        { Category::Dishwasher,
          2,
          { { u"嵌入式洗碗机 13套 热风烘干", 3299, 6999, "WQP13" },
            { u"台式洗碗机 6套 免安装", 1999, 2999, "WQP6" } } },
        { Category::SmallKitchen,
          26,
          { { u"IH电饭煲 4L 电磁加热", 299, 999, "FB40" },
            { u"电水壶 1.7L 304不锈钢", 79, 199, "SH17" },
            { u"空气炸锅 5L 可视", 249, 599, "KZ50" },
            { u"破壁料理机 静音", 399, 1299, "PB12" },
            { u"变频微波炉 20L", 399, 899, "M20" } } },
        { Category::SmallHome,
          18,
          { { u"直流变频落地扇", 199, 599, "FS40" },
            { u"无线手持吸尘器", 899, 2499, "VC20" },
            { u"空气净化器 除甲醛", 999, 2999, "KJ500" },
            { u"RO反渗透净水器 800G", 1499, 3999, "RO800" },
            { u"家用电暖器 取暖器", 199, 699, "HN22" } } },
        { Category::PersonalCare,
          14,
          { { u"高速吹风机 负离子", 199, 999, "HD30" },
            { u"声波电动牙刷", 149, 499, "TB10" },
            { u"电动剃须刀 三刀头", 199, 699, "SV30" } } },
    };
    return info;
}

struct BrandInfo
{
    const char16_t *name;
    const char16_t *flagship; // its marketplace flagship shop
    const char *code; // model code letters
    QList<Category> categories;
};

const QList<BrandInfo> &brandInfo()
{
    using C = Category;
    static const QList<BrandInfo> info {
        { u"美的",
          u"美的官方旗舰店",
          "MD",
          { C::AirConditioner, C::Fridge, C::Washer, C::WaterHeater, C::RangeHood, C::GasHob, C::Dishwasher,
            C::SmallKitchen, C::SmallHome, C::PersonalCare } },
        { u"海尔",
          u"海尔官方旗舰店",
          "HR",
          { C::AirConditioner, C::Fridge, C::Washer, C::Tv, C::WaterHeater, C::Dishwasher } },
        { u"TCL", u"TCL官方旗舰店", "TL", { C::Tv, C::AirConditioner, C::Fridge, C::Washer } },
        { u"方太", u"方太官方旗舰店", "FT", { C::RangeHood, C::GasHob, C::Dishwasher, C::WaterHeater } },
        { u"A.O.史密斯", u"A.O.史密斯官方旗舰店", "AO", { C::WaterHeater } },
        { u"华帝", u"华帝官方旗舰店", "VT", { C::RangeHood, C::GasHob, C::WaterHeater, C::Dishwasher } },
        { u"万家乐", u"万家乐官方旗舰店", "WJ", { C::WaterHeater, C::RangeHood, C::GasHob } },
        { u"万和", u"万和官方旗舰店", "WH", { C::WaterHeater, C::RangeHood, C::GasHob } },
        { u"苏泊尔", u"苏泊尔官方旗舰店", "SP", { C::SmallKitchen, C::SmallHome, C::PersonalCare } },
        { u"林内", u"林内官方旗舰店", "LN", { C::WaterHeater, C::GasHob, C::RangeHood } },
    };
    return info;
}

// Marketplace shops that sell many brands.
const QStringList kShops
    = QStringLiteral("好易购家电专营店 百川电器专营店 佳品生活馆 鑫源家电专营店 优选电器城").split(u' ');

} // namespace

const QStringList &Catalogue::brands()
{
    static const QStringList names = [] {
        QStringList all;
        for (const BrandInfo &brand : brandInfo())
            all.append(QString::fromUtf16(brand.name));
        return all;
    }();
    return names;
}

Catalogue::Catalogue(quint64 seed)
{
    SeedRandom random(seed, u"catalogue");
    m_byCategory.resize(qsizetype(categoryNames.size()));
    for (const CategoryInfo &info : categoryInfo())
        m_categoryWeights.append(info.weight);
    for (const BrandInfo &brand : brandInfo()) {
        for (const Category category : brand.categories) {
            const CategoryInfo &info = categoryInfo().at(int(category));
            for (const Variant &variant : info.variants) {
                CatalogueItem item;
                item.sku
                    = QStringLiteral("10%1").arg(10'000'000 + m_items.size() * 1237 + 101, 8, 10, QLatin1Char('0'));
                const QString model = QStringLiteral("%1/%2%3")
                                          .arg(QLatin1String(variant.model), QLatin1String(brand.code))
                                          .arg(random.between(1, 99), 2, 10, QLatin1Char('0'));
                item.brand = QString::fromUtf16(brand.name);
                item.title = item.brand + u' ' + QString::fromUtf16(variant.title) + u' ' + model;
                item.category = category;
                item.listPriceFen = shopPrice(random.between(variant.minYuan, variant.maxYuan) * 100);
                switch (random.weighted({ 75, 3, 7, 5, 10 })) {
                case 1:
                    item.priceProtectDays = 7;
                    break;
                case 2:
                    item.priceProtectDays = 15;
                    break;
                case 3:
                    item.priceProtectDays = 30;
                    break;
                case 4:
                    item.priceProtectDays = 90; // the later programme's 90-day protection
                    break;
                default:
                    break;
                }
                item.sellers = QStringList { QStringLiteral("self") };
                if (random.chance(0.5))
                    item.sellers.append(QString::fromUtf16(brand.flagship));
                if (random.chance(0.3))
                    item.sellers.append(random.pick(kShops));
                m_byCategory[int(category)].append(int(m_items.size()));
                m_items.append(item);
            }
        }
    }
}

const CatalogueItem *Catalogue::find(const QString &sku) const
{
    for (const CatalogueItem &item : m_items)
        if (item.sku == sku)
            return &item;
    return nullptr;
}

const CatalogueItem &Catalogue::pick(SeedRandom &random) const
{
    return pick(categoryInfo().at(random.weighted(m_categoryWeights)).category, random);
}

const CatalogueItem &Catalogue::pick(Category category, SeedRandom &random) const
{
    return m_items.at(random.pick(m_byCategory.at(int(category))));
}

const CatalogueItem *Catalogue::freebieOf(const QString &brand, SeedRandom &random) const
{
    QList<const CatalogueItem *> candidates;
    for (const CatalogueItem &item : m_items)
        if (!item.reserved && item.brand == brand && !isLargeAppliance(item.category) && item.listPriceFen < 30000)
            candidates.append(&item);
    return candidates.isEmpty() ? nullptr : random.pick(candidates);
}

void Catalogue::addReserved(CatalogueItem item)
{
    item.reserved = true;
    m_items.append(std::move(item));
}

bool Catalogue::needsEngineerInstallation(Category category)
{
    return category == Category::AirConditioner || category == Category::WaterHeater || category == Category::RangeHood
        || category == Category::GasHob || category == Category::Dishwasher;
}

bool Catalogue::installedOnDelivery(Category category)
{
    return category == Category::Tv || category == Category::Washer;
}

qint64 Catalogue::shopPrice(qint64 fen)
{
    const qint64 yuan = std::max<qint64>(9, (fen + 500) / 1000 * 10 - 1);
    return yuan * 100;
}

} // namespace parasol
