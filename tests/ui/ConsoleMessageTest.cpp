// Messages in the narrow console are shown whole: wrapped in a message area above the status bar,
// never cut off at the window's edge, and gone when their time is up.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "Wait.h"
#include "core/i18n/LanguageManager.h"
#include "core/inventory/CameraRegistry.h"
#include "core/inventory/OnboardingQueue.h"
#include "core/settings/Settings.h"
#include "core/site/SiteStore.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/wall/WallManager.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace pantau;
using pantau::test::kReactionBoundMs;
using pantau::test::waitUntil;

TEST_CASE("A long message in the narrow console is shown whole, wrapped", "[ui][console]")
{
    QTemporaryDir dir;
    SiteStore store(dir.filePath("site.json"), Site{});
    StreamPool pool(store.cameraLookup());
    Settings settings(dir.filePath("pantau.conf"));
    WallManager walls(WallContext{.store = &store, .pool = &pool, .settings = &settings});
    LanguageManager language;
    QNetworkAccessManager network;
    OnboardingQueue queue;
    CameraRegistry registry(&store, nullptr, &queue, &network);
    ConsoleWindow console(&store, &pool, &walls, &language, &settings, &network, &registry, &queue);
    console.resize(380, 720); // the console's own narrow width beside the wall
    console.show();

    // The message the issue found cut off at "…seret kamera ke petak yang ingin".
    const QString message = "Semua petak sudah terisi: seret kamera ke petak yang ingin diganti, atau tekan "
                            "Enter untuk melihatnya layar penuh di dinding video.";
    console.showMessage(message, 400);
    QLabel *label = console.messageLabel();
    REQUIRE(waitUntil([&] { return label->isVisible() && label->width() > 0; }, kReactionBoundMs));
    CHECK(label->text() == message); // the whole text, not an elided one
    CHECK(label->wordWrap());
    // Every word fits: the label is no wider than the window and tall enough for its wrapped lines.
    CHECK(label->mapTo(&console, QPoint(label->width(), 0)).x() <= console.width());
    CHECK(label->fontMetrics().horizontalAdvance(message) > label->width()); // it does need wrapping
    CHECK(label->height() >= label->heightForWidth(label->width()));
    CHECK(label->toolTip() == message);

    // Its time is up: the area goes, the console's own status stays.
    CHECK(waitUntil([&] { return !label->isVisible(); }, kReactionBoundMs));
}
