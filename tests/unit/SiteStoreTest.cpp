// SiteStore's change signals name what changed, so a view can update those items alone.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "core/site/SiteStore.h"

#include <QTemporaryDir>

using namespace pantau;

namespace {
Camera camera(const QString &id)
{
    Camera c;
    c.id = id;
    c.name = id;
    c.mainStreamUrl = QUrl("rtsp://192.0.2.1/" + id);
    return c;
}
} // namespace

TEST_CASE("SiteStore's camerasChanged names the cameras added, edited, removed or given a password",
          "[unit][site]")
{
    QTemporaryDir dir;
    SiteStore store(dir.filePath("site.json"), Site{});
    QList<QStringList> seen;
    QObject::connect(&store, &SiteStore::camerasChanged, [&](const QStringList &ids) { seen << ids; });

    store.upsertCamera(camera("cam-a"));
    CHECK(store.addCameras({camera("cam-a"), camera("cam-b"), camera("cam-c")}) == 2);
    Camera edited = camera("cam-b");
    edited.name = "Pasar Sekayu";
    store.upsertCamera(edited);
    store.upsertCamera(edited); // unchanged: no signal
    store.setPasswords({{"cam-a", "rahasia"}, {"cam-c", "lain"}, {"cam-gone", "x"}});
    store.removeCamera("cam-c");
    store.removeCamera("cam-c"); // already gone: no signal
    CHECK(seen ==
          QList<QStringList>{{"cam-a"}, {"cam-b", "cam-c"}, {"cam-b"}, {"cam-a", "cam-c"}, {"cam-c"}});
}

TEST_CASE("SiteStore's layoutsChanged names the layouts added, renamed or removed", "[unit][site]")
{
    QTemporaryDir dir;
    SiteStore store(dir.filePath("site.json"), Site{});
    QList<QStringList> seen;
    QObject::connect(&store, &SiteStore::layoutsChanged, [&](const QStringList &ids) { seen << ids; });

    Layout l = *layouts::preset("2x2");
    l.id = "layout-1";
    l.name = "Sekayu";
    store.upsertLayout(l);
    l = layouts::withCamera(l, 0, "cam-a"); // a tile edit: layoutChanged, not layoutsChanged
    store.upsertLayout(l);
    l.name = "Sekayu kota";
    store.upsertLayout(l);
    store.removeLayout("layout-1");
    CHECK(seen == QList<QStringList>{{"layout-1"}, {"layout-1"}, {"layout-1"}});
}
