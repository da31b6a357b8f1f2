#pragma once
// A generated camera inventory for Kabupaten Lumajang (Jawa Timur): the regency's plan of 15
// cameras per desa, spread over its 21 real kecamatan (desa counts from shared/data/regions.md;
// the desa names are made up: "Desa Sukodono 01"). Used by the inventory tests, the dashboard
// and pantau-inventory-bench. Header-only, plain values, any thread.
//
// Desa are filled round-robin: the first desa of every kecamatan, then the second of every
// kecamatan that has one, and so on, so 1,000 cameras reach all 21 kecamatan (66 full desa and
// 10 cameras in a 67th). Past 3,075 cameras (every desa full) it starts over with more per desa.
#include "core/camera/Camera.h"

#include <QByteArray>
#include <QVector>

#include <cmath>

namespace pantau::test {

struct LumajangKecamatan
{
    const char *name;
    int desaCount; // desa and kelurahan
    int kelurahanCount;
};

inline const QVector<LumajangKecamatan> &lumajangKecamatan()
{
    static const QVector<LumajangKecamatan> list = {
        {"Lumajang", 12, 7},    {"Sukodono", 10, 0},     {"Senduro", 12, 0},      {"Gucialit", 9, 0},
        {"Padang", 9, 0},       {"Pasrujambe", 7, 0},    {"Klakah", 12, 0},       {"Ranuyoso", 11, 0},
        {"Randuagung", 12, 0},  {"Kedungjajang", 12, 0}, {"Yosowilangun", 12, 0}, {"Jatiroto", 6, 0},
        {"Rowokangkung", 7, 0}, {"Kunir", 11, 0},        {"Tekung", 8, 0},        {"Pasirian", 11, 0},
        {"Tempeh", 13, 0},      {"Candipuro", 10, 0},    {"Pronojiwo", 6, 0},     {"Tempursari", 7, 0},
        {"Sumbersuko", 8, 0}};
    return list;
}

inline constexpr int kLumajangCamerasPerDesa = 15;

// The 15 points watched in every desa, who owns each camera and its tags.
struct LumajangPoint
{
    const char *name;
    const char *owner;
    const char *tags; // '|' separated
};

inline const QVector<LumajangPoint> &lumajangPoints()
{
    static const QVector<LumajangPoint> points = {
        {"Balai Desa", "Diskominfo", "pemerintahan"},
        {"Pasar", "Diskominfo", "pasar|keramaian"},
        {"Simpang Tiga", "Dishub", "lalu-lintas"},
        {"Simpang Empat", "Dishub", "lalu-lintas|ptz"},
        {"Jalan Raya Utara", "Dishub", "lalu-lintas"},
        {"Jalan Raya Selatan", "Dishub", "lalu-lintas"},
        {"Jembatan", "Dishub", "lalu-lintas|rawan-banjir"},
        {"Masjid", "Diskominfo", "ibadah"},
        {"SD Negeri", "Diskominfo", "sekolah"},
        {"Puskesmas Pembantu", "Diskominfo", "kesehatan"},
        {"Pos Kamling", "Polres", "keamanan"},
        {"Lapangan, Sisi Barat", "Diskominfo", "keramaian"},
        {"Gapura", "Polres", "keamanan"},
        {"Pertigaan \"Pasar Lama\"", "Polres", "lalu-lintas|keamanan"},
        {"Tepi Sungai", "Diskominfo", "rawan-banjir"}};
    return points;
}

// "Desa Sukodono 01"; in kecamatan Lumajang the places past its desa are kelurahan.
inline QString lumajangDesaName(int kecamatan, int desa)
{
    const LumajangKecamatan &k = lumajangKecamatan()[kecamatan];
    const int desaOnly = k.desaCount - k.kelurahanCount;
    const bool kelurahan = desa >= desaOnly;
    return QStringLiteral("%1 %2 %3")
        .arg(kelurahan ? QStringLiteral("Kelurahan") : QStringLiteral("Desa"), QLatin1String(k.name))
        .arg((kelurahan ? desa - desaOnly : desa) + 1, 2, 10, QLatin1Char('0'));
}

// (kecamatan, desa) of every desa in fill order (see the top of this file).
inline QVector<QPair<int, int>> lumajangDesaOrder()
{
    QVector<QPair<int, int>> order;
    const auto &kecamatan = lumajangKecamatan();
    for (int round = 0;; ++round) {
        bool any = false;
        for (int k = 0; k < kecamatan.size(); ++k) {
            if (round < kecamatan[k].desaCount) {
                order.push_back({k, round});
                any = true;
            }
        }
        if (!any)
            return order;
    }
}

inline QVector<Camera> lumajangCameras(int count = 1000)
{
    QVector<Camera> cameras;
    cameras.reserve(count);
    const QVector<QPair<int, int>> order = lumajangDesaOrder();
    const auto &points = lumajangPoints();
    for (int i = 0; i < count; ++i) {
        const int slot = i / kLumajangCamerasPerDesa;
        const auto [k, d] = order[slot % order.size()];
        const int point = i % kLumajangCamerasPerDesa;
        const QString kecamatan = QLatin1String(lumajangKecamatan()[k].name);
        const QString desa = lumajangDesaName(k, d);
        Camera c;
        c.id = QStringLiteral("lmj-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        c.name = QStringLiteral("%1 %2").arg(QLatin1String(points[point].name), desa.section(' ', 1));
        if (slot >= order.size())
            c.name += QStringLiteral(" #%1").arg(slot / order.size() + 1);
        c.area = {QStringLiteral("Lumajang"), kecamatan, desa};
        c.owner = QLatin1String(points[point].owner);
        c.tags = QString::fromLatin1(points[point].tags).split('|');
        const QString host =
            QStringLiteral("10.%1.%2.%3").arg(k + 1).arg(d + 1).arg(point + 10 + 20 * (slot / order.size()));
        c.mainStreamUrl = QUrl(QStringLiteral("rtsp://%1:554/Streaming/Channels/101").arg(host));
        c.subStreamUrl = QUrl(QStringLiteral("rtsp://%1:554/Streaming/Channels/102").arg(host));
        c.username = QStringLiteral("operator");
        c.password = QStringLiteral("rahasia-%1").arg(k + 1);
        c.ptz = point == 3;
        if (c.ptz)
            c.onvifUrl = QUrl(QStringLiteral("http://%1/onvif/device_service").arg(host));
        c.enabled = (i + 1) % 50 != 0;
        // Lumajang lies around 8.1° S, 113.2° E; spread the desa over the regency.
        c.hasLocation = true;
        // Six decimals, as the CSV writes them, so a camera read back compares equal.
        c.latitude = std::round((-7.95 - 0.02 * k - 0.003 * d - 0.0001 * point) * 1e6) / 1e6;
        c.longitude = std::round((112.95 + 0.02 * k + 0.002 * d + 0.0001 * point) * 1e6) / 1e6;
        cameras.push_back(c);
    }
    return cameras;
}

// One CSV field, quoted when it has to be (RFC 4180).
inline QByteArray lumajangCsvField(const QString &value)
{
    QByteArray b = value.toUtf8();
    if (!b.contains(',') && !b.contains('"') && !b.contains('\n') && !b.contains('\r'))
        return b;
    b.replace("\"", "\"\"");
    return '"' + b + '"';
}

// The column order a spreadsheet made by hand might have (not the export's order).
inline QByteArray lumajangCsvHeader()
{
    return "id,name,owner,kabupaten,kecamatan,desa,titik,latitude,longitude,main_stream,sub_stream,onvif,"
           "username,password,ptz,tags,enabled";
}

inline QByteArray lumajangCsvRow(const Camera &c)
{
    const QStringList fields = {c.id,
                                c.name,
                                c.owner,
                                c.area.value(0),
                                c.area.value(1),
                                c.area.value(2),
                                c.area.value(3),
                                c.hasLocation ? QString::number(c.latitude, 'f', 6) : QString(),
                                c.hasLocation ? QString::number(c.longitude, 'f', 6) : QString(),
                                c.mainStreamUrl.toString(),
                                c.subStreamUrl.toString(),
                                c.onvifUrl.toString(),
                                c.username,
                                c.password,
                                c.ptz ? QStringLiteral("ya") : QStringLiteral("tidak"),
                                c.tags.join('|'),
                                c.enabled ? QStringLiteral("ya") : QStringLiteral("tidak")};
    QByteArray row;
    for (int i = 0; i < fields.size(); ++i)
        row += (i > 0 ? "," : "") + lumajangCsvField(fields[i]);
    return row;
}

// Header and one line per camera, CRLF line ends as Excel writes them.
inline QByteArray lumajangCsv(const QVector<Camera> &cameras)
{
    QByteArray csv = lumajangCsvHeader() + "\r\n";
    for (const Camera &c : cameras)
        csv += lumajangCsvRow(c) + "\r\n";
    return csv;
}

} // namespace pantau::test
