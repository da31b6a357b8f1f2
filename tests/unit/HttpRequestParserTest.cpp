// The recorder's HTTP request parser: requests in pieces, keep-alive, limits and malformed input.
#include "CatchQt.h"

#include "core/recording/HttpRequestParser.h"

#include <random>

using namespace pantau::recording;
using State = HttpRequestParser::State;

TEST_CASE("HTTP parser reads a GET with its path, query and headers", "[recording][http]")
{
    HttpRequestParser p;
    REQUIRE(p.feed("GET /api/v1/cameras/cam%201/ranges?from=5&to=9 HTTP/1.1\r\nHost: x\r\n"
                   "Range:  bytes=0-9 \r\n\r\n") == State::Complete);
    const HttpRequest r = p.takeRequest();
    CHECK(r.method == "GET");
    CHECK(r.pathSegments == QStringList{"api", "v1", "cameras", "cam 1", "ranges"});
    CHECK(r.query.queryItemValue("from") == "5");
    CHECK(r.query.queryItemValue("to") == "9");
    CHECK(r.header("range") == "bytes=0-9");
    CHECK(r.header("host") == "x");
    CHECK(r.pathForLog() == "/api/v1/cameras/cam%201/ranges");
    CHECK(r.keepAlive());
    CHECK(p.state() == State::NeedMore);
}

TEST_CASE("HTTP parser completes a request that arrives one byte at a time", "[recording][http]")
{
    const QByteArray request =
        "POST /api/v1/cameras/a/locks?locked=1 HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello";
    HttpRequestParser p;
    for (qsizetype i = 0; i + 1 < request.size(); ++i)
        REQUIRE(p.feed(request.mid(i, 1)) == State::NeedMore);
    REQUIRE(p.feed(request.right(1)) == State::Complete);
    const HttpRequest r = p.takeRequest();
    CHECK(r.method == "POST");
    CHECK(r.body == "hello");
}

TEST_CASE("HTTP parser keeps pipelined requests for the next take", "[recording][http]")
{
    HttpRequestParser p;
    REQUIRE(p.feed("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.0\r\n\r\nGET /c") == State::Complete);
    CHECK(p.takeRequest().pathSegments == QStringList{"a"});
    REQUIRE(p.state() == State::Complete);
    const HttpRequest b = p.takeRequest();
    CHECK(b.pathSegments == QStringList{"b"});
    CHECK_FALSE(b.keepAlive()); // HTTP/1.0 without keep-alive
    CHECK(p.state() == State::NeedMore);
    CHECK(p.feed(" HTTP/1.1\r\nConnection: close\r\n\r\n") == State::Complete);
    CHECK_FALSE(p.takeRequest().keepAlive());
}

TEST_CASE("HTTP parser answers 431 to a head over 16 KiB", "[recording][http]")
{
    HttpRequestParser p;
    QByteArray huge = "GET / HTTP/1.1\r\nX-Filler: " + QByteArray(HttpRequestParser::kMaxHeadBytes, 'a');
    CHECK(p.feed(huge) == State::Error);
    CHECK(p.errorStatus() == 431);
    CHECK(p.bufferedBytes() == 0);
    // Also when the end of the head arrives, but too late.
    HttpRequestParser q;
    CHECK(q.feed("GET / HTTP/1.1\r\nX: " + QByteArray(HttpRequestParser::kMaxHeadBytes - 10, 'a') +
                 "\r\n\r\n") == State::Error);
    CHECK(q.errorStatus() == 431);
}

TEST_CASE("HTTP parser answers 413 to a body over 64 KiB before reading it", "[recording][http]")
{
    HttpRequestParser p;
    CHECK(p.feed("POST / HTTP/1.1\r\nContent-Length: 65537\r\n\r\n") == State::Error);
    CHECK(p.errorStatus() == 413);
}

TEST_CASE("HTTP parser refuses malformed request lines and headers with 400", "[recording][http]")
{
    const QList<QByteArray> bad = {
        "GET\r\n\r\n",
        "GET /a\r\n\r\n",
        "GET /a HTTP/1.1 extra\r\n\r\n",
        "GET a HTTP/1.1\r\n\r\n",                                            // not an origin path
        "G(T /a HTTP/1.1\r\n\r\n",                                           // not a token
        "GET /a FTP/1.1\r\n\r\n",                                            // not HTTP
        "GET /a HTTP/1.1\r\nNo colon here\r\n\r\n",                          // header without a colon
        "GET /a HTTP/1.1\r\nName : v\r\n\r\n",                               // space before the colon
        "GET /a HTTP/1.1\r\nA: b\r\n folded\r\n\r\n",                        // obsolete line folding
        "GET /a HTTP/1.1\r\nA: b\nC: d\r\n\r\n",                             // bare LF
        "GET /a HTTP/1.1\r\nContent-Length: -1\r\n\r\n",                     // not a length
        "GET /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", // two lengths
        "GET /a%00b HTTP/1.1\r\n\r\n",                                       // NUL in the path
        "GET /a\x01 HTTP/1.1\r\n\r\n",                                       // control character
        "GET /a HTTP/1.1\r\nA: b\x7f\r\n\r\n",                               // DEL in a value
    };
    for (const QByteArray &request : bad) {
        INFO(request.toStdString());
        HttpRequestParser p;
        CHECK(p.feed(request) == State::Error);
        CHECK(p.errorStatus() == 400);
    }
}

TEST_CASE("HTTP parser answers 505 to another HTTP version and 501 to chunked bodies", "[recording][http]")
{
    HttpRequestParser v2;
    CHECK(v2.feed("GET / HTTP/2.0\r\n\r\n") == State::Error);
    CHECK(v2.errorStatus() == 505);
    HttpRequestParser chunked;
    CHECK(chunked.feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") == State::Error);
    CHECK(chunked.errorStatus() == 501);
}

TEST_CASE("HTTP parser stays in its error state", "[recording][http]")
{
    HttpRequestParser p;
    REQUIRE(p.feed("BAD\r\n\r\n") == State::Error);
    CHECK(p.feed("GET / HTTP/1.1\r\n\r\n") == State::Error);
    CHECK(p.takeRequest().method.isEmpty());
}

TEST_CASE("HTTP parser survives random garbage without crashing or growing", "[recording][http]")
{
    std::mt19937 rng(1234);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> length(1, 4096);
    for (int round = 0; round < 300; ++round) {
        HttpRequestParser p;
        State state = State::NeedMore;
        for (int piece = 0; piece < 20 && state != State::Error; ++piece) {
            QByteArray bytes(length(rng), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(byte(rng));
            if (round % 3 == 0)
                bytes.prepend("GET /x HTTP/1.1\r\n");
            state = p.feed(bytes);
            while (state == State::Complete) {
                p.takeRequest();
                state = p.state();
            }
            REQUIRE(p.bufferedBytes() <= HttpRequestParser::kMaxHeadBytes + 4096);
        }
        if (state == State::Error)
            CHECK((p.errorStatus() == 400 || p.errorStatus() == 431 || p.errorStatus() == 413 ||
                   p.errorStatus() == 501 || p.errorStatus() == 505));
    }
}
