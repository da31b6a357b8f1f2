// Range headers of footage requests (RFC 9110 14): one range, suffix, open end, ignored and
// unsatisfiable ones.
#include "CatchQt.h"

#include "core/recording/ByteRange.h"

using namespace pantau::recording;
using Kind = ByteRange::Kind;

TEST_CASE("Byte range without a header is the whole file", "[recording][http]")
{
    const ByteRange r = ByteRange::parse({}, 1000);
    CHECK(r.kind == Kind::Whole);
    CHECK(r.first == 0);
    CHECK(r.last == 999);
    CHECK(r.length() == 1000);
}

TEST_CASE("Byte range first-last, clamped to the file's end", "[recording][http]")
{
    ByteRange r = ByteRange::parse("bytes=100-199", 1000);
    CHECK(r.kind == Kind::Partial);
    CHECK(r.first == 100);
    CHECK(r.last == 199);
    CHECK(r.length() == 100);
    CHECK(r.contentRange(1000) == "bytes 100-199/1000");
    r = ByteRange::parse("bytes=900-5000", 1000);
    CHECK(r.kind == Kind::Partial);
    CHECK(r.last == 999);
    r = ByteRange::parse("bytes=0-0", 1000);
    CHECK(r.length() == 1);
}

TEST_CASE("Byte range first- runs to the end of the file", "[recording][http]")
{
    const ByteRange r = ByteRange::parse("bytes=250-", 1000);
    CHECK(r.kind == Kind::Partial);
    CHECK(r.first == 250);
    CHECK(r.last == 999);
}

TEST_CASE("Byte range -n is the last n bytes, or the whole file when shorter", "[recording][http]")
{
    ByteRange r = ByteRange::parse("bytes=-100", 1000);
    CHECK(r.kind == Kind::Partial);
    CHECK(r.first == 900);
    CHECK(r.last == 999);
    r = ByteRange::parse("bytes=-5000", 1000);
    CHECK(r.kind == Kind::Partial);
    CHECK(r.first == 0);
    CHECK(r.last == 999);
}

TEST_CASE("Byte range past the end or of zero length cannot be satisfied", "[recording][http]")
{
    for (const QByteArray &h :
         {QByteArray("bytes=1000-"), QByteArray("bytes=1000-2000"), QByteArray("bytes=-0")}) {
        INFO(h.toStdString());
        const ByteRange r = ByteRange::parse(h, 1000);
        CHECK(r.kind == Kind::Unsatisfiable);
        CHECK(r.contentRange(1000) == "bytes */1000");
    }
    CHECK(ByteRange::parse("bytes=0-", 0).kind == Kind::Unsatisfiable);
    CHECK(ByteRange::parse("bytes=-10", 0).kind == Kind::Unsatisfiable);
}

TEST_CASE("Byte range headers the server does not understand are ignored", "[recording][http]")
{
    for (const QByteArray &h : {QByteArray("items=0-5"), QByteArray("bytes=5-2"), QByteArray("bytes=a-b"),
                                QByteArray("bytes=0-1,5-6"), QByteArray("bytes=--5"), QByteArray("bytes 0-5"),
                                QByteArray("bytes=99999999999999999999-")}) {
        INFO(h.toStdString());
        CHECK(ByteRange::parse(h, 1000).kind == Kind::Whole);
    }
}
