// The console's wording in Indonesian: the window title does not repeat "Pantau" (Qt adds the
// application's name), screens are "Layar 1" without a placeholder name, the language menu reads
// in both languages, and counts are written the interface language's way ("1.000").
#include <catch2/catch.hpp>

#include "Wait.h"
#include "core/i18n/LanguageManager.h"
#include "core/inventory/CameraCsv.h"
#include "core/inventory/CameraRegistry.h"
#include "core/inventory/OnboardingQueue.h"
#include "core/settings/Settings.h"
#include "core/site/SiteStore.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/wall/WallManager.h"

#include <QComboBox>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace pantau;
using pantau::test::kReactionBoundMs;
using pantau::test::waitUntil;

namespace {
QStringList menuTitles(QMainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}
} // namespace

TEST_CASE("The console in Indonesian: title, screens and the language menu", "[ui][i18n][console]")
{
    QTemporaryDir dir;
    Site site;
    site.name = "Command Center Lumajang";
    SiteStore store(dir.filePath("site.json"), site);
    StreamPool pool(store.cameraLookup());
    Settings settings(dir.filePath("pantau.conf"));
    WallManager walls(WallContext{.store = &store, .pool = &pool, .settings = &settings});
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    QNetworkAccessManager network;
    OnboardingQueue queue;
    CameraRegistry registry(&store, nullptr, &queue, &network);
    ConsoleWindow console(&store, &pool, &walls, &language, &settings, &network, &registry, &queue);

    CHECK(console.windowTitle() == "Command Center Lumajang"); // Qt adds " — Pantau"
    console.setDemoMode(true);
    CHECK(console.windowTitle() == "Lokasi demo");
    CHECK_FALSE(console.windowTitle().contains("Pantau"));

    walls.open(false); // one wall window per screen: the screen list
    QStringList screens;
    for (QComboBox *box : console.findChildren<QComboBox *>())
        for (int i = 0; i < box->count(); ++i)
            if (box->itemText(i).startsWith("Layar"))
                screens << box->itemText(i);
    REQUIRE_FALSE(screens.isEmpty());
    CHECK(screens.first() == "Layar 1"); // the offscreen screen is named "screen": not shown
    CHECK(menuTitles(console).contains("&Bahasa / Language"));

    REQUIRE(language.setLanguage("en"));
    CHECK(waitUntil([&] { return menuTitles(console).contains("L&anguage / Bahasa"); }, kReactionBoundMs));
    CHECK(console.windowTitle() == "Demo site");
}

TEST_CASE("Counts are written the interface language's way: 1.000 in Indonesian, 1,000 in English",
          "[ui][i18n]")
{
    LanguageManager language;
    CsvImportResult result;
    result.cameras.resize(1000);
    result.rowCount = 1000;
    REQUIRE(language.setLanguage("id"));
    CHECK(result.summary() == "1.000 kamera siap diimpor.");
    REQUIRE(language.setLanguage("en"));
    CHECK(result.summary() == "1,000 cameras ready to import.");
}
