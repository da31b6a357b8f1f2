#include "app/demo/DemoSite.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace pantau::demo {

namespace {
struct DemoSiteTr
{
    Q_DECLARE_TR_FUNCTIONS(DemoSite)
};
QString cameraId(int index)
{
    return QStringLiteral("demo-%1").arg(index + 1);
}
QString mountPath(int index, bool sub)
{
    return QStringLiteral("demo/%1/%2").arg(index + 1).arg(sub ? "sub" : "main");
}
} // namespace

QVector<DemoSite::Point> DemoSite::points()
{
    // Real places in Kabupaten Musi Banyuasin; the camera names are invented.
    return {
        {"Simpang Lampu Merah Sekayu", "Sekayu", "Dishub", QColor(200, 60, 50)},
        {"Kantor Bupati", "Sekayu", "Diskominfo", QColor(40, 110, 200)},
        {"Pasar Sekayu", "Sekayu", "Diskominfo", QColor(230, 140, 30)},
        {"Masjid Agung Sekayu", "Sekayu", "Diskominfo", QColor(40, 160, 90)},
        {"Mal Pelayanan Publik", "Sekayu", "Diskominfo", QColor(140, 70, 190)},
        {"Taman Kota Sekayu", "Sekayu", "Diskominfo", QColor(30, 160, 170)},
        {"Simpang Sungai Lilin", "Sungai Lilin", "Polres", QColor(210, 70, 140)},
        {"Pasar Bayung Lencir", "Bayung Lencir", "Diskominfo", QColor(150, 150, 40)},
        {"Dermaga Babat Toman", "Babat Toman", "Dishub", QColor(90, 120, 150)},
    };
}

DemoSite::DemoSite(QString cacheDir) : m_cacheDir(std::move(cacheDir))
{
    const auto pts = points();
    for (int i = 0; i < pts.size(); ++i) {
        m_server.addMount(mountPath(i, false), Codec::H264);
        m_server.addMount(mountPath(i, true), Codec::H264);
    }
}

DemoSite::~DemoSite()
{
    m_stopping = true;
    if (m_encoder.joinable())
        m_encoder.join();
    m_server.stop();
}

bool DemoSite::start(QString *error)
{
    if (!m_server.start(0, error))
        return false;
    m_encoder = std::thread([this] {
        QElapsedTimer clock;
        clock.start();
        const auto pts = points();
        // Sub streams first: the 3x3 overview plays them, so every tile comes alive quickly.
        for (bool sub : {true, false}) {
            for (int i = 0; i < pts.size() && !m_stopping; ++i) {
                ClipSpec spec;
                spec.title = pts[i].name;
                spec.subtitle = QStringLiteral("%1 · %2").arg(pts[i].kecamatan, sub ? "640×360" : "1280×720");
                spec.color = pts[i].color;
                spec.size = sub ? QSize(640, 360) : QSize(1280, 720);
                spec.bitrateKbps = sub ? 600 : 2500;
                if (auto clip = encodeClip(spec, m_cacheDir))
                    m_server.setClip(mountPath(i, sub), clip);
                // Ready or failed (logged): either way nothing is being prepared for it any more.
                m_readyClips |= quint32(1) << (2 * i + (sub ? 0 : 1));
                m_preparedWeight += sub ? 1 : 4;
            }
        }
        qCInfo(lcDemo) << "demo clips ready in" << clock.elapsed() << "ms";
    });
    return true;
}

namespace {
constexpr int kClipWeight = 1 + 4; // a camera's sub and main clip
} // namespace

int DemoSite::preparedPercent() const
{
    const int total = kClipWeight * int(points().size());
    return std::min(100, m_preparedWeight * 100 / total);
}

QString DemoSite::preparingText(int percent)
{
    return DemoSiteTr::tr("Preparing the demo clips… %1%").arg(percent);
}

QString DemoSite::preparingText(const QString &id) const
{
    const int count = int(points().size());
    for (int i = 0; i < count; ++i)
        if (id == cameraId(i)) {
            const quint32 both = quint32(3) << (2 * i);
            return (m_readyClips & both) == both ? QString() : preparingText(preparedPercent());
        }
    return {};
}

QVector<Camera> DemoSite::cameras() const
{
    QVector<Camera> list;
    const auto pts = points();
    for (int i = 0; i < pts.size(); ++i) {
        Camera c;
        c.id = cameraId(i);
        c.name = pts[i].name;
        c.area = {QStringLiteral("Musi Banyuasin"), pts[i].kecamatan};
        c.owner = pts[i].owner;
        c.mainStreamUrl = m_server.url(mountPath(i, false));
        c.subStreamUrl = m_server.url(mountPath(i, true));
        c.tags = {QStringLiteral("demo")};
        c.recording.enabled = true; // the demo's own recorder keeps a day (DemoSite.h)
        c.recording.maxAgeDays = 1;
        list.push_back(c);
    }
    return list;
}

Site DemoSite::initialSite() const
{
    Site site;
    site.name = DemoSiteTr::tr("Demo site — Musi Banyuasin");
    site.cameras = cameras();
    QStringList ids;
    for (const Camera &c : site.cameras)
        ids.push_back(c.id);

    Layout overview = layouts::filledWith(*layouts::preset("3x3"), ids);
    overview.id = QStringLiteral("demo-overview");
    overview.name = DemoSiteTr::tr("Overview 3x3");
    Layout sekayu = layouts::filledWith(*layouts::preset("2x2"), ids.mid(0, 4));
    sekayu.id = QStringLiteral("demo-sekayu");
    sekayu.name = DemoSiteTr::tr("Central Sekayu 2x2");
    Layout focus = layouts::filledWith(*layouts::preset("1+5"), ids);
    focus.id = QStringLiteral("demo-focus");
    focus.name = DemoSiteTr::tr("Crossroads 1+5");
    site.layouts = {overview, sekayu, focus};
    return site;
}

void DemoSite::refresh(Site &site) const
{
    for (const Camera &fresh : cameras()) {
        bool found = false;
        for (Camera &c : site.cameras)
            if (c.id == fresh.id) {
                c.mainStreamUrl = fresh.mainStreamUrl;
                c.subStreamUrl = fresh.subStreamUrl;
                if (c.recording == RecordingPlan{}) // a demo site saved before the recorder existed
                    c.recording = fresh.recording;
                found = true;
            }
        if (!found)
            site.cameras.push_back(fresh);
    }
}

void DemoSite::setCameraFrozen(int index, bool frozen)
{
    m_server.setFrozen(mountPath(index, false), frozen);
    m_server.setFrozen(mountPath(index, true), frozen);
}

} // namespace pantau::demo
