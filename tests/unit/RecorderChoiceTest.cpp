// Which recorder this PC plays footage from (playback::RecorderChoices): the command line, the
// demo, the operator's choice, this PC's, in that order; and how a typed address reads.
#include "core/playback/RecorderChoice.h"

#include <catch2/catch.hpp>

using namespace pantau::playback;

namespace {
QString parsed(const QString &typed)
{
    const RecorderAddress a = RecorderChoices::parse(typed);
    return a.isValid() ? a.url.toString() : QStringLiteral("error: ") + a.error;
}
} // namespace

TEST_CASE("A recorder address reads as http://HOST:PORT, the port 7480 unless given", "[unit][playback]")
{
    CHECK(parsed("10.20.0.5") == "http://10.20.0.5:7480");
    CHECK(parsed("  10.20.0.5:9000 ") == "http://10.20.0.5:9000");
    CHECK(parsed("http://10.20.0.5:7480/") == "http://10.20.0.5:7480");
    CHECK(parsed("HTTP://Perekam-Sekayu:7480") == "http://perekam-sekayu:7480");
    CHECK(parsed("[::1]:7480") == "http://[::1]:7480");
    CHECK(parsed("http://[::1]") == "http://[::1]:7480");
}

TEST_CASE("A recorder address that cannot be one is refused with the reason", "[unit][playback]")
{
    CHECK(RecorderChoices::parse("").error.contains("Type the recorder's address"));
    CHECK(RecorderChoices::parse("   ").error.contains("Type the recorder's address"));
    CHECK(RecorderChoices::parse("https://10.20.0.5:7480").error.contains("not https://"));
    CHECK(RecorderChoices::parse("rtsp://10.20.0.5").error.contains("not rtsp://"));
    CHECK(RecorderChoices::parse("http://pantau:rahasia@10.20.0.5").error.contains("password field"));
    CHECK(RecorderChoices::parse("10.20.0.5:7480/api/v1/status").error.contains("without a path"));
    CHECK(RecorderChoices::parse("10.20.0.5:7480?x=1").error.contains("without a path"));
    CHECK(RecorderChoices::parse("10.20.0.5:").error.contains("1 to 65535"));
    CHECK(RecorderChoices::parse("10.20.0.5:0").error.contains("1 to 65535"));
    CHECK(RecorderChoices::parse("10.20.0.5:99999").error.contains("is not a recorder address"));
    CHECK(RecorderChoices::parse("perekam sekayu").error.contains("is not a recorder address"));
}

TEST_CASE("The command line, then the demo, then the operator's choice, then this PC's recorder",
          "[unit][playback]")
{
    using Origin = RecorderChoice::Origin;
    const QString cl = "http://10.0.0.9:7480", demo = "http://127.0.0.1:40001",
                  chosen = "http://10.20.0.5:7480";

    RecorderChoice c = RecorderChoices::choose(cl, demo, chosen);
    CHECK(c.url == QUrl(cl));
    CHECK(c.origin == Origin::CommandLine);
    CHECK_FALSE(c.isOperatorsChoice());

    c = RecorderChoices::choose({}, demo, chosen);
    CHECK(c.url == QUrl(demo));
    CHECK(c.origin == Origin::Demo);
    CHECK_FALSE(c.isOperatorsChoice());

    c = RecorderChoices::choose({}, {}, chosen);
    CHECK(c.url == QUrl(chosen));
    CHECK(c.origin == Origin::Settings);
    CHECK(c.isOperatorsChoice());

    c = RecorderChoices::choose({}, {}, {});
    CHECK(c.url == QUrl("http://127.0.0.1:7480"));
    CHECK(c.origin == Origin::ThisPc);
    CHECK(c.isOperatorsChoice());

    // A hand-edited setting that is no address: this PC's recorder, still the operator's to change.
    c = RecorderChoices::choose({}, {}, "ftp://elsewhere");
    CHECK(c.url == QUrl("http://127.0.0.1:7480"));
    CHECK(c.origin == Origin::ThisPc);
}
