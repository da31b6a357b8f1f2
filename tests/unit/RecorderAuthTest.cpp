// The recorder's password: the PBKDF2 record, HTTP Basic, constant-time compare, the failure limit.
#include "CatchQt.h"

#include "core/recording/AuthFailureLimiter.h"
#include "core/recording/RecorderAuth.h"
#include "core/recording/RecorderHttpServer.h"

#include <QTemporaryDir>

using namespace pantau::recording;

namespace {
constexpr int kFastIterations = 1000; // the default's cost is for real passwords, not for tests
}

TEST_CASE("Recorder password record holds a salted hash, never the password", "[recording][auth]")
{
    const QByteArray a = RecorderAuth::makeRecord("rahasia-sekayu", kFastIterations);
    const QByteArray b = RecorderAuth::makeRecord("rahasia-sekayu", kFastIterations);
    CHECK(a.startsWith("pbkdf2-sha256:1000:"));
    CHECK(a != b); // a new salt each time
    CHECK_FALSE(a.contains("rahasia"));
    auto auth = RecorderAuth::fromRecord(a);
    REQUIRE(auth);
    CHECK(auth->checkPassword("rahasia-sekayu"));
    CHECK_FALSE(auth->checkPassword("rahasia-sekayU"));
    CHECK_FALSE(auth->checkPassword(""));
}

TEST_CASE("Recorder password record that is damaged is refused", "[recording][auth]")
{
    for (const QByteArray &bad :
         {QByteArray(), QByteArray("plain-password"), QByteArray("pbkdf2-sha256:0:AAAA:AAAA"),
          QByteArray("pbkdf2-sha256:1000:!!:AAAA"), QByteArray("pbkdf2-sha256:1000:AAAA:AAAA"),
          QByteArray("md5:1000:AAAA:AAAA")}) {
        INFO(bad.toStdString());
        QString error;
        CHECK_FALSE(RecorderAuth::fromRecord(bad, &error));
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("Recorder password file is written for the owner only and read back", "[recording][auth]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("recorder-password");
    QString error;
    REQUIRE(RecorderAuth::writeFile(path, RecorderAuth::makeRecord("kata-sandi-1", kFastIterations), &error));
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadUser | QFileDevice::WriteUser));
    auto auth = RecorderAuth::fromFile(path, &error);
    REQUIRE(auth);
    CHECK(auth->checkPassword("kata-sandi-1"));
    CHECK_FALSE(RecorderAuth::fromFile(dir.filePath("missing"), &error));
}

TEST_CASE("Recorder accepts HTTP Basic with the right password, any user name", "[recording][auth]")
{
    auto auth = RecorderAuth::fromRecord(RecorderAuth::makeRecord("pass:with:colons", kFastIterations));
    REQUIRE(auth);
    CHECK(auth->check(RecorderAuth::basicHeader("pantau", "pass:with:colons")));
    CHECK(auth->check(RecorderAuth::basicHeader("operator", "pass:with:colons")));
    CHECK(auth->check("basic " + QByteArray("x:pass:with:colons").toBase64())); // scheme without case
    CHECK_FALSE(auth->check(RecorderAuth::basicHeader("pantau", "pass:with")));
    CHECK_FALSE(auth->check("Bearer abc"));
    CHECK_FALSE(auth->check("Basic !!!notbase64"));
    CHECK_FALSE(auth->check("Basic " + QByteArray("no-colon").toBase64()));
    CHECK_FALSE(auth->check({}));
}

TEST_CASE("Recorder parses HTTP Basic credentials", "[recording][auth]")
{
    const auto c = RecorderAuth::parseBasic(RecorderAuth::basicHeader("pantau", "kata sandi"));
    REQUIRE(c);
    CHECK(c->first == "pantau");
    CHECK(c->second == "kata sandi");
    CHECK(RecorderAuth::challenge().startsWith("Basic realm="));
}

TEST_CASE("Recorder compares keys whole, whatever their length", "[recording][auth]")
{
    CHECK(RecorderAuth::constantTimeEquals("abc", "abc"));
    CHECK_FALSE(RecorderAuth::constantTimeEquals("abc", "abd"));
    CHECK_FALSE(RecorderAuth::constantTimeEquals("abc", "ab"));
    CHECK_FALSE(RecorderAuth::constantTimeEquals("", "a"));
    CHECK(RecorderAuth::constantTimeEquals("", ""));
}

TEST_CASE("Auth failure limiter blocks a peer after five wrong passwords", "[recording][auth]")
{
    AuthFailureLimiter limiter;
    const qint64 t0 = 1'000'000;
    for (int i = 0; i < AuthFailureLimiter::kMaxFailures - 1; ++i) {
        limiter.failed("10.0.0.9", t0 + i);
        CHECK(limiter.blockedForMs("10.0.0.9", t0 + i) == 0);
    }
    limiter.failed("10.0.0.9", t0 + 10);
    CHECK(limiter.blockedForMs("10.0.0.9", t0 + 10) == AuthFailureLimiter::kBlockMs);
    CHECK(limiter.blockedForMs("10.0.0.8", t0 + 10) == 0); // another peer is not affected
    CHECK(limiter.blockedForMs("10.0.0.9", t0 + 10 + AuthFailureLimiter::kBlockMs) == 0);
}

TEST_CASE("Auth failure limiter forgets a peer's failures after a right password", "[recording][auth]")
{
    AuthFailureLimiter limiter;
    for (int i = 0; i < AuthFailureLimiter::kMaxFailures - 1; ++i)
        limiter.failed("p", i);
    limiter.succeeded("p");
    limiter.failed("p", 10);
    CHECK(limiter.blockedForMs("p", 10) == 0);
    CHECK(limiter.peerCount() == 1);
}

TEST_CASE("Auth failure limiter forgets old failures and bounds its memory", "[recording][auth]")
{
    AuthFailureLimiter limiter;
    for (int i = 0; i < AuthFailureLimiter::kMaxFailures - 1; ++i)
        limiter.failed("p", i);
    limiter.failed("p", AuthFailureLimiter::kForgetMs + 100); // long after: a fresh count
    CHECK(limiter.blockedForMs("p", AuthFailureLimiter::kForgetMs + 100) == 0);
    for (int i = 0; i < AuthFailureLimiter::kMaxPeers + 100; ++i)
        limiter.failed(QString::number(i), 5 * AuthFailureLimiter::kForgetMs + i);
    CHECK(limiter.peerCount() <= AuthFailureLimiter::kMaxPeers);
}

TEST_CASE("Recorder serves without a password on loopback only", "[recording][auth]")
{
    CHECK(RecorderHttpServer::mayListenWithoutPassword(QHostAddress::LocalHost));
    CHECK(RecorderHttpServer::mayListenWithoutPassword(QHostAddress::LocalHostIPv6));
    CHECK(RecorderHttpServer::mayListenWithoutPassword(QHostAddress("127.0.0.2")));
    CHECK_FALSE(RecorderHttpServer::mayListenWithoutPassword(QHostAddress::Any));
    CHECK_FALSE(RecorderHttpServer::mayListenWithoutPassword(QHostAddress::AnyIPv4));
    CHECK_FALSE(RecorderHttpServer::mayListenWithoutPassword(QHostAddress::AnyIPv6));
    CHECK_FALSE(
        RecorderHttpServer::mayListenWithoutPassword(QHostAddress("192.0.2.10"))); // parsed, never bound
}
