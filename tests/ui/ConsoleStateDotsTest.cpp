// The console's camera tree shows each camera's stream state as its pipeline reports it: no
// timer polls the pool.
#include <catch2/catch.hpp>

#include "Wait.h"
#include "core/i18n/LanguageManager.h"
#include "core/inventory/CameraRegistry.h"
#include "core/inventory/OnboardingQueue.h"
#include "core/settings/Settings.h"
#include "core/site/SiteStore.h"
#include "ui/console/CameraTreeModel.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/wall/WallManager.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace pantau;
using pantau::test::waitUntil;

TEST_CASE("The console's tree dots follow the pipelines' states as they report them", "[ui][console]")
{
    QTemporaryDir dir;
    Site site;
    Camera camera;
    camera.id = "cam-a";
    camera.name = "Simpang Pasirian";
    camera.area = {"Lumajang", "Pasirian"};
    camera.mainStreamUrl = QUrl("rtsp://127.0.0.1:1/nobody-listens");
    site.cameras << camera;
    SiteStore store(dir.filePath("site.json"), site);
    StreamPool pool(store.cameraLookup());
    StreamSettings streamSettings;
    streamSettings.lingerMs = 100;
    pool.setSettings(streamSettings);
    Settings settings(dir.filePath("pantau.conf"));
    WallManager walls(WallContext{.store = &store, .pool = &pool, .settings = &settings});
    LanguageManager language;
    QNetworkAccessManager network;
    OnboardingQueue queue;
    CameraRegistry registry(&store, nullptr, &queue, &network);
    ConsoleWindow console(&store, &pool, &walls, &language, &settings, &network, &registry, &queue);
    auto dot = [&] {
        const QVariant state = console.cameraModel()->indexOfCamera("cam-a").data(CameraTreeModel::StateRole);
        return state.isValid() ? StreamState(state.toInt()) : StreamState::Invalid;
    };
    CHECK(dot() == StreamState::Invalid); // nobody shows it

    std::unique_ptr<StreamLease> lease = pool.acquire("cam-a", StreamKind::Main);
    REQUIRE(lease);
    StreamPipeline *pipeline = lease->pipeline();
    CHECK(dot() == pipeline->status().state);
    // Every state the pipeline reports is on the dot by the time anyone else hears of it.
    QList<StreamState> reported, shown;
    QObject::connect(pipeline, &StreamPipeline::statusChanged, [&](const StreamStatus &status) {
        reported << status.state;
        shown << dot();
    });
    REQUIRE(waitUntil([&] { return reported.size() >= 2; }, 15000));
    CHECK(shown == reported);
    CHECK(dot() == pipeline->status().state);

    lease.reset(); // the pipeline stops after its linger; the dot turns grey again
    REQUIRE(waitUntil([&] { return pool.pipelineCount() == 0; }, 5000));
    CHECK(dot() == StreamState::Invalid);
}
