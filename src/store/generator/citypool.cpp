#include "citypool.h"

#include "seedrandom.h"

namespace parasol {

namespace {

struct Province
{
    int code;
    const char16_t *name;
    const char16_t *cities; // space-separated, the capital first
};

constexpr Province kProvinces[] = {
    { 11, u"北京", u"北京" },
    { 12, u"天津", u"天津" },
    { 31, u"上海", u"上海" },
    { 50, u"重庆", u"重庆" },
    { 13, u"河北", u"石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水" },
    { 14, u"山西", u"太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁" },
    { 15, u"内蒙古", u"呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔" },
    { 21, u"辽宁", u"沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛" },
    { 22, u"吉林", u"长春 吉林 四平 辽源 通化 白山 松原 白城" },
    { 23, u"黑龙江", u"哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化" },
    { 32, u"江苏", u"南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁" },
    { 33, u"浙江", u"杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水" },
    { 34, u"安徽", u"合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城" },
    { 35, u"福建", u"福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德" },
    { 36, u"江西", u"南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶" },
    { 37, u"山东", u"济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽" },
    { 41, u"河南", u"郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店" },
    { 42, u"湖北", u"武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州" },
    { 43, u"湖南", u"长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底" },
    { 44, u"广东",
      u"广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮" },
    { 45, u"广西", u"南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左" },
    { 46, u"海南", u"海口 三亚 儋州" },
    { 51, u"四川", u"成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳" },
    { 52, u"贵州", u"贵阳 六盘水 遵义 安顺 毕节 铜仁" },
    { 53, u"云南", u"昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧" },
    { 54, u"西藏", u"拉萨" },
    { 61, u"陕西", u"西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛" },
    { 62, u"甘肃", u"兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南" },
    { 63, u"青海", u"西宁 海东" },
    { 64, u"宁夏", u"银川 石嘴山 吴忠 固原 中卫" },
    { 65, u"新疆", u"乌鲁木齐 克拉玛依 吐鲁番 哈密" },
};

// The largest cities (tier 1 of the retailer's delivery network), where most customers live.
constexpr const char16_t *kTierOne = u"北京 上海 广州 深圳 天津 重庆 成都 杭州 武汉 西安 苏州 南京 长沙 郑州 东莞 "
                                     u"青岛 沈阳 宁波 昆明 合肥 佛山 济南 福州 厦门";

const QStringList kDistricts
    = QStringLiteral("城关区 新城区 高新区 经开区 滨江区 城东区 城西区 城南区 开发区 老城区").split(u' ');
const QStringList kRoads = QStringLiteral("人民路 解放路 中山路 建设路 和平路 胜利路 文化路 新华路 长江路 黄河路 "
                                          "友谊路 光明路 幸福路 青年路 迎宾大道 朝阳路")
                               .split(u' ');
const QStringList kEstates = QStringLiteral("阳光花园 锦绣家园 翠湖苑 金色家园 幸福里 东方名苑 书香门第 滨江华府 "
                                            "紫荆苑 和谐家园 碧桂园 万科城")
                                 .split(u' ');
const QStringList kCounties = QStringLiteral("东县 西县 南县 北县 平安县 永和县 长宁县 安福县").split(u' ');
const QStringList kTowns = QStringLiteral("青山镇 河口镇 白石镇 新桥镇 太平镇 石桥镇 马家镇 柳林镇").split(u' ');
const QStringList kVillages = QStringLiteral("王庄村 李家村 张湾村 东坡村 前进村 红旗村 杨柳村").split(u' ');

} // namespace

CityPool::CityPool()
{
    const QStringList tierOne = QString::fromUtf16(kTierOne).split(u' ');
    for (const Province &province : kProvinces) {
        const QStringList names = QString::fromUtf16(province.cities).split(u' ');
        for (int i = 0; i < names.size(); ++i) {
            const int tier = tierOne.contains(names[i]) ? 1 : 2;
            m_cities.append(
                City { names[i], QString::fromUtf16(province.name), tier, province.code * 10000 + (i + 1) * 100 + 2 });
            m_weights.append(tier == 1 ? 12 : 2);
        }
    }
}

const CityPool::City *CityPool::find(const QString &name) const
{
    for (const City &city : m_cities)
        if (city.name == name)
            return &city;
    return nullptr;
}

const CityPool::City &CityPool::pick(SeedRandom &random) const
{
    return m_cities.at(random.weighted(m_weights));
}

CityPool::Home CityPool::home(const City &city, SeedRandom &random) const
{
    const int where = random.weighted({ 70, 20, 10 }); // city proper, county, township
    const QString prefix = (city.name == city.province ? city.name : city.province + city.name) + u'市';
    if (where == 0) {
        return Home { &city, city.tier,
                      prefix + random.pick(kDistricts) + random.pick(kRoads) + QString::number(random.between(1, 899))
                          + QStringLiteral("号") + random.pick(kEstates) + QString::number(random.between(1, 30))
                          + QStringLiteral("栋") + QString::number(random.between(1, 32))
                          + QStringLiteral("%1室").arg(random.between(1, 4), 2, 10, QLatin1Char('0')) };
    }
    const QString county = prefix + random.pick(kCounties);
    if (where == 1)
        return Home { &city, 3,
                      county + random.pick(kRoads) + QString::number(random.between(1, 300)) + QStringLiteral("号") };
    return Home { &city, 4,
                  county + random.pick(kTowns) + random.pick(kVillages) + QString::number(random.between(1, 120))
                      + QStringLiteral("号") };
}

} // namespace parasol
