#pragma once
// A site of solid-colour cameras served over real RTSP on 127.0.0.1, with a SiteStore and the
// settings (defaults) in a temporary folder and a StreamPool, ready for wall widgets.
#include "TestCameras.h"
#include "core/media/StreamPool.h"
#include "core/settings/Settings.h"
#include "core/site/SiteStore.h"
#include "ui/wall/WallContext.h"

#include <QTemporaryDir>

namespace pantau::test {

struct WallFixture
{
    demo::ClipRtspServer server;
    QTemporaryDir dir;
    std::unique_ptr<SiteStore> store;
    std::unique_ptr<StreamPool> pool;
    std::unique_ptr<Settings> settings;

    // `subStreams`: each camera also gets a sub stream (a darker shade, smaller picture).
    explicit WallFixture(bool subStreams = false)
    {
        Site site;
        const auto colours = distinctColours();
        for (int i = 0; i < colours.size(); ++i) {
            const QString id = QStringLiteral("cam%1").arg(i);
            server.addMount(id + "/main", demo::Codec::H264,
                            solidClip(colours[i], demo::Codec::H264, {640, 360}));
            if (subStreams)
                server.addMount(id + "/sub", demo::Codec::H264, solidClip(colours[i].darker(250)));
        }
        server.start();
        for (int i = 0; i < colours.size(); ++i) {
            Camera c;
            c.id = QStringLiteral("cam%1").arg(i);
            c.name = QStringLiteral("Kamera %1").arg(i + 1);
            c.area = {"Lumajang", "Senduro"};
            c.mainStreamUrl = server.url(c.id + "/main");
            if (subStreams)
                c.subStreamUrl = server.url(c.id + "/sub");
            site.cameras.push_back(c);
        }
        store = std::make_unique<SiteStore>(dir.filePath("site.json"), site);
        pool = std::make_unique<StreamPool>(store->cameraLookup());
        settings = std::make_unique<Settings>(dir.filePath("pantau.conf"));
    }

    // What app/ hands the wall, without PTZ.
    WallContext context() const
    {
        return WallContext{.store = store.get(), .pool = pool.get(), .settings = settings.get()};
    }

    QString addLayout(const QString &presetId, const QStringList &cameraIds, const QString &id)
    {
        Layout l = layouts::filledWith(*layouts::preset(presetId), cameraIds);
        l.id = id;
        l.name = id;
        store->upsertLayout(l);
        return id;
    }

    // The camera the saved layout `layoutId` puts on tile `tileIndex` ("" for none): what a tile
    // must show, whatever the tile itself says it shows.
    QString layoutCamera(const QString &layoutId, int tileIndex) const
    {
        const Layout *l = store->site().layout(layoutId);
        return l && tileIndex >= 0 && tileIndex < l->tiles.size() ? l->tiles[tileIndex].cameraId : QString();
    }
};

// The solid colour camera "camN" of the fixture sends.
inline QColor cameraColour(const QString &cameraId)
{
    return distinctColours().at(cameraId.mid(3).toInt());
}

inline QColor centreOf(const QImage &img)
{
    return img.pixelColor(img.width() / 2, img.height() / 2 + img.height() / 8);
}

} // namespace pantau::test
