#include "crypto/aead.h"
#include "crypto/digest.h"
#include "crypto/passwordhash.h"
#include "crypto/securerandom.h"

#include <QSet>
#include <QTest>

using namespace parasol;

class TestCrypto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordHashVerifies();
    void passwordHashIsSaltedAndRejectsTampering();
    void aeadRoundTripsAndRejectsTampering();
    void aeadNeverRepeatsANonce();
    void sha256MatchesKnownVector();
    void tokensAreUnique();
};

void TestCrypto::passwordHashVerifies()
{
    const QString stored = PasswordHash::hash(QStringLiteral("parasol-demo"));
    QVERIFY(stored.startsWith(u"scrypt$15$8$1$"));
    QVERIFY(!stored.contains(u"parasol-demo"));
    QVERIFY(PasswordHash::verify(QStringLiteral("parasol-demo"), stored));
    QVERIFY(!PasswordHash::verify(QStringLiteral("parasol-demO"), stored));
    QVERIFY(!PasswordHash::verify(QString(), stored));
}

void TestCrypto::passwordHashIsSaltedAndRejectsTampering()
{
    const QString a = PasswordHash::hash(QStringLiteral("same"));
    const QString b = PasswordHash::hash(QStringLiteral("same"));
    QVERIFY(a != b);
    QString tampered = a;
    tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == u'A' ? u'B' : u'A';
    QVERIFY(!PasswordHash::verify(QStringLiteral("same"), tampered));
    QVERIFY(!PasswordHash::verify(QStringLiteral("same"), QStringLiteral("scrypt$40$8$1$AAAA$AAAA")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("same"), QStringLiteral("plain")));
}

void TestCrypto::aeadRoundTripsAndRejectsTampering()
{
    const QByteArray key = SecureRandom::bytes(Aead::kKeyBytes);
    const QByteArray plaintext = QStringLiteral("张伟 +8613800138000").toUtf8();
    const QByteArray sealed = Aead::seal(key, plaintext, "customer/C00000001");
    QVERIFY(!sealed.contains(plaintext));
    QCOMPARE(Aead::open(key, sealed, "customer/C00000001"), std::optional<QByteArray>(plaintext));
    QVERIFY(!Aead::open(key, sealed, "customer/C00000002")); // moved to another row
    QVERIFY(!Aead::open(SecureRandom::bytes(Aead::kKeyBytes), sealed, "customer/C00000001"));
    QByteArray flipped = sealed;
    flipped[20] = char(flipped[20] ^ 0x01);
    QVERIFY(!Aead::open(key, flipped, "customer/C00000001"));
    QVERIFY(Aead::seal(key, plaintext) != Aead::seal(key, plaintext)); // fresh nonce each time
}

// GCM under a reused nonce leaks the plaintexts' XOR and the authentication key. Nonces
// are drawn a few hundred at a time: across several draws, every seal has its own.
void TestCrypto::aeadNeverRepeatsANonce()
{
    const QByteArray key = SecureRandom::bytes(Aead::kKeyBytes);
    constexpr int kSeals = 5000;
    QSet<QByteArray> nonces;
    for (int i = 0; i < kSeals; ++i) {
        const QByteArray sealed = Aead::seal(key, QByteArray::number(i));
        QCOMPARE(Aead::open(key, sealed), std::optional<QByteArray>(QByteArray::number(i)));
        nonces.insert(sealed.left(12));
    }
    QCOMPARE(nonces.size(), kSeals);
}

void TestCrypto::sha256MatchesKnownVector()
{
    QCOMPARE(Digest::sha256("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    // RFC 4231 test case 2.
    QCOMPARE(Digest::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestCrypto::tokensAreUnique()
{
    QSet<QString> tokens;
    for (int i = 0; i < 1000; ++i)
        tokens.insert(SecureRandom::token());
    QCOMPARE(tokens.size(), 1000);
    QCOMPARE(SecureRandom::token().size(), 43); // 32 bytes, base64url without padding
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
