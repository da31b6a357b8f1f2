// EvidenceManifest: the text a police officer reads, the JSON, and the sha256sum line.
#include "core/playback/EvidenceManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace pantau::playback;

namespace {

EvidenceManifest sample()
{
    EvidenceManifest m;
    m.fileName = QStringLiteral("cam-a_20261203-021400.mp4");
    m.cameraId = QStringLiteral("cam-a");
    m.cameraName = QStringLiteral("Simpang Lampu Merah Sekayu");
    m.location = QStringLiteral("Sekayu, Simpang Lampu Merah");
    m.kecamatan = QStringLiteral("Lumajang");
    m.startUtcMs = 1'796'000'000'000;
    m.endUtcMs = 1'796'000'060'000;
    m.requestedStartUtcMs = 1'796'000'000'500;
    m.requestedEndUtcMs = 1'796'000'060'000;
    m.gaps = {{1'796'000'020'000, 1'796'000'030'000}};
    m.exportedBy = QStringLiteral("operator1");
    m.exportedAtUtcMs = 1'796'000'100'000;
    m.recorder = QStringLiteral("127.0.0.1:7480");
    m.sha256Hex = QStringLiteral("ab").repeated(32);
    m.bytes = 123456;
    m.frames = 1500;
    return m;
}

} // namespace

TEST_CASE("EvidenceManifest's text names every field a police officer needs", "[unit][playback][export]")
{
    const EvidenceManifest m = sample();
    const QString text = m.toText();
    for (const QString &needle :
         {m.fileName, m.cameraName, m.cameraId, m.location, m.kecamatan, m.exportedBy, m.recorder,
          m.sha256Hex, EvidenceManifest::localTime(m.startUtcMs), EvidenceManifest::localTime(m.endUtcMs),
          EvidenceManifest::localTime(m.exportedAtUtcMs),
          EvidenceManifest::localTime(m.gaps[0].startUtcMs)}) {
        INFO(needle.toStdString());
        CHECK(text.contains(needle));
    }
}

TEST_CASE("EvidenceManifest's JSON holds the fields as values", "[unit][playback][export]")
{
    const EvidenceManifest m = sample();
    const QJsonObject o = QJsonDocument::fromJson(m.toJson()).object();
    CHECK(o.value("format").toString() == "pantau-evidence-export");
    CHECK(o.value("camera").toString() == m.cameraName);
    CHECK(o.value("camera_id").toString() == m.cameraId);
    CHECK(o.value("location").toString() == m.location);
    CHECK(o.value("kecamatan").toString() == m.kecamatan);
    CHECK(o.value("start_utc_ms").toInteger() == m.startUtcMs);
    CHECK(o.value("end_utc_ms").toInteger() == m.endUtcMs);
    CHECK(o.value("exported_by").toString() == m.exportedBy);
    CHECK(o.value("exported_at_utc_ms").toInteger() == m.exportedAtUtcMs);
    CHECK(o.value("recorder").toString() == m.recorder);
    CHECK(o.value("sha256").toString() == m.sha256Hex);
    CHECK(o.value("gaps").toArray().size() == 1);
    CHECK(o.value("reencoded").toBool(true) == false);
}

TEST_CASE("EvidenceManifest's checksum line is what sha256sum -c reads", "[unit][playback][export]")
{
    CHECK(EvidenceManifest::sha256Line(QStringLiteral("0f").repeated(32), QStringLiteral("a b.mp4")) ==
          QByteArray("0f").repeated(32) + "  a b.mp4\n");
}

TEST_CASE("EvidenceManifest writes local times with their offset from UTC", "[unit][playback][export]")
{
    const QString t = EvidenceManifest::localTime(0);
    CHECK(t.contains(QRegularExpression(
        QStringLiteral("^19(69|70)-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC[+-]\\d\\d:\\d\\d$"))));
}
