#include "core/personaldata.h"
#include "core/phonenumbers.h"
#include "core/pinyin.h"

#include <QTest>

using namespace parasol;

// Phone normalisation, masking and pinyin: how agents find and see customers.
class TestPhoneNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalises_data();
    void normalises();
    void masks_data();
    void masks();
    void pinyin_data();
    void pinyin();
};

void TestPhoneNumbers::normalises_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("e164");
    QTest::addRow("bare mobile") << u"13812345678"_qs << u"+8613812345678"_qs;
    QTest::addRow("spaced with country code") << u"+86 138 1234 5678"_qs << u"+8613812345678"_qs;
    QTest::addRow("E.164") << u"+8613812345678"_qs << u"+8613812345678"_qs;
    QTest::addRow("0086 prefix, dashes") << u"0086-138-1234-5678"_qs << u"+8613812345678"_qs;
    QTest::addRow("Beijing landline") << u"010 1234 5678"_qs << u"+861012345678"_qs;
    QTest::addRow("too short") << u"12"_qs << QString();
    QTest::addRow("not a mobile prefix") << u"12812345678"_qs << QString();
    QTest::addRow("letters") << u"call me"_qs << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestPhoneNumbers::normalises()
{
    QFETCH(QString, raw);
    QFETCH(QString, e164);
    QCOMPARE(PhoneNumbers::normalise(raw).value_or(QString()), e164);
}

void TestPhoneNumbers::masks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");
    QTest::addRow("mobile") << u"phone"_qs << u"+8613812345678"_qs << u"138****5678"_qs;
    QTest::addRow("two-character name") << u"name"_qs << u"张伟"_qs << u"张*"_qs;
    QTest::addRow("four-character name") << u"name"_qs << u"欧阳娜娜"_qs << u"欧***"_qs;
    QTest::addRow("one character") << u"name"_qs << u"李"_qs << u"李*"_qs;
    QTest::addRow("ID number") << u"id"_qs << u"110101196205011234"_qs << u"110101********1234"_qs;
    QTest::addRow("address") << u"address"_qs << u"北京市朝阳区建国路88号"_qs << u"北京市朝阳区******"_qs;
}

void TestPhoneNumbers::masks()
{
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, masked);
    const QString actual = kind == u"phone" ? PersonalData::maskPhone(value)
                           : kind == u"name" ? PersonalData::maskName(value)
                           : kind == u"id"   ? PersonalData::maskIdNumber(value)
                                             : PersonalData::maskAddress(value);
    QCOMPARE(actual, masked);
}

void TestPhoneNumbers::pinyin_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");
    QTest::addRow("common") << u"张伟"_qs << u"zhangwei"_qs << u"zw"_qs;
    QTest::addRow("compound surname") << u"欧阳娜娜"_qs << u"ouyangnana"_qs << u"oynn"_qs;
    QTest::addRow("surname read as surname: 曾") << u"曾小贤"_qs << u"zengxiaoxian"_qs << u"zxx"_qs;
    QTest::addRow("surname read as surname: 单") << u"单田芳"_qs << u"shantianfang"_qs << u"stf"_qs;
    QTest::addRow("latin passes through") << u"Li Lei"_qs << u"lilei"_qs << u"ll"_qs;
}

void TestPhoneNumbers::pinyin()
{
    QFETCH(QString, name);
    QFETCH(QString, full);
    QFETCH(QString, initials);
    QCOMPARE(Pinyin::full(name), full);
    QCOMPARE(Pinyin::initials(name), initials);
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
