#pragma once
// The embedded demo site: nine synthetic cameras at real Musi Banyuasin points, each with a main
// (1280x720) and a sub (640x360) H.264 stream at 25 fps with a keyframe every 2 s, served by a
// ClipRtspServer on 127.0.0.1. Clips are encoded once in the background and cached on disk.
// GUI thread owns it; encoding runs on a private thread.
#include "app/demo/ClipRtspServer.h"
#include "core/site/Site.h"

#include <atomic>
#include <thread>

namespace pantau::demo {

class DemoSite
{
public:
    explicit DemoSite(QString cacheDir);
    ~DemoSite();

    bool start(QString *error); // starts serving now; pictures appear as clips finish encoding
    quint16 port() const { return m_server.port(); }

    // The demo cameras with addresses on the running server.
    QVector<Camera> cameras() const;
    // A first site: the cameras, a few layouts, and the 3x3 overview on every screen.
    Site initialSite() const;
    // Bring a saved demo site up to date (the server port changes between runs).
    void refresh(Site &site) const;
    // The camera's encoder "hangs": both streams keep their sessions but send nothing (it goes
    // offline on the wall), until unfrozen. `index` 0..8.
    void setCameraFrozen(int index, bool frozen);
    static constexpr int kDroppingCamera = 8; // the one app/ drops now and then (the events demo)

    // The first start encodes the clips (later starts read them from the cache): how far that is,
    // 0..100 by the pixels to encode, 100 once every clip is ready. Any thread.
    int preparedPercent() const;
    // What a demo camera's connecting tile says while its clips are prepared: "Preparing the demo
    // clips… 40%"; empty once its clips are ready, and for cameras that are not the demo's.
    QString preparingText(const QString &cameraId) const;
    static QString preparingText(int percent);

private:
    struct Point
    {
        QString name, kecamatan, owner;
        QColor color;
    };
    static QVector<Point> points();

    QString m_cacheDir;
    ClipRtspServer m_server;
    std::thread m_encoder;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_preparedWeight{0}; // a sub clip weighs 1, a main clip 4 (its pixels)
    std::atomic<quint32> m_readyClips{0}; // bit 2i: camera i's sub clip, bit 2i+1: its main clip
};

} // namespace pantau::demo
