// The first demo start encodes its clips: the tiles say so, with progress ("Menyiapkan klip demo…
// 40%"), instead of only "Menghubungkan…".
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "Wait.h"
#include "app/demo/DemoSite.h"
#include "core/i18n/LanguageManager.h"
#include "ui/wall/TileOverlayPainter.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace pantau;
using pantau::test::kPlayingBoundMs;
using pantau::test::waitUntil;

TEST_CASE("The demo's preparing text reads naturally in Indonesian and English", "[ui][demo][i18n]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    CHECK(demo::DemoSite::preparingText(40) == "Menyiapkan klip demo… 40%");
    REQUIRE(language.setLanguage("en"));
    CHECK(demo::DemoSite::preparingText(40) == "Preparing the demo clips… 40%");
}

TEST_CASE("A connecting tile says what keeps it waiting, other states say their own", "[ui][demo][wall]")
{
    Camera camera;
    camera.id = "demo-1";
    camera.name = "Pasar Sekayu";
    camera.mainStreamUrl = QUrl("rtsp://127.0.0.1:1/demo/1/main");
    TileOverlayPainter::Content c;
    c.camera = &camera;
    c.hasStream = true;
    c.waitingText = "Preparing the demo clips… 40%";
    c.status.state = StreamState::Connecting;
    CHECK(TileOverlayPainter::stateText(c) == "Preparing the demo clips… 40%");
    c.status.state = StreamState::Offline; // a real fault is never hidden behind the preparation
    CHECK(TileOverlayPainter::stateText(c) == c.status.text());
    c.status.state = StreamState::Playing;
    CHECK(TileOverlayPainter::stateText(c).isEmpty());
    c.status.state = StreamState::Connecting;
    c.waitingText.clear();
    CHECK(TileOverlayPainter::stateText(c) == c.status.text());
}

TEST_CASE("On the first demo start the clips' preparation is told with its progress", "[ui][demo]")
{
    QTemporaryDir cache; // empty: the first start, every clip to encode
    demo::DemoSite site(cache.path());
    QString error;
    REQUIRE(site.start(&error));
    const int first = site.preparedPercent();
    CHECK(first < 100);
    const QRegularExpression text("^Preparing the demo clips… (\\d+)%$");
    const QRegularExpressionMatch m = text.match(site.preparingText("demo-1"));
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toInt() <= site.preparedPercent());
    CHECK(site.preparingText("cam-not-demo").isEmpty());
    // The first clip done: the progress moves, and what the tiles say moves with it.
    REQUIRE(waitUntil([&] { return site.preparedPercent() > first; }, kPlayingBoundMs));
    const int now = site.preparedPercent();
    const QRegularExpressionMatch later = text.match(site.preparingText("demo-9"));
    REQUIRE(later.hasMatch());
    CHECK(later.captured(1).toInt() >= now);
}
