// Counting cameras by health: the buckets, per kecamatan, and no flicker between retries.
#include <catch2/catch.hpp>

#include "core/health/CameraHealth.h"

using namespace pantau;

namespace {
Camera cam(const QString &id, const QString &kecamatan, bool enabled = true)
{
    Camera c;
    c.id = id;
    c.area = kecamatan.isEmpty() ? QStringList{"Lumajang"} : QStringList{"Lumajang", kecamatan, "Desa X"};
    c.enabled = enabled;
    return c;
}
} // namespace

TEST_CASE("Camera health counts online, offline and trouble per kecamatan", "[health]")
{
    CameraHealth h;
    h.setCameras({cam("a", "Senduro"), cam("b", "Senduro"), cam("c", "Tempeh"), cam("d", ""),
                  cam("e", "Tempeh", false)});
    CHECK(h.counts().total == 4);
    CHECK(h.counts().checking == 4);
    CHECK(h.counts().disabled == 1);
    CHECK(h.kecamatanNames() == QStringList{"Senduro", "Tempeh", ""});

    CHECK(h.setState("a", StreamState::Playing));
    h.setState("b", StreamState::AuthFailed);
    h.setState("c", StreamState::Offline);
    h.setState("d", StreamState::Reconnecting);
    CHECK_FALSE(h.setState("e", StreamState::Playing)); // disabled: not watched
    CHECK_FALSE(h.setState("zz", StreamState::Playing));

    const HealthCounts all = h.counts();
    CHECK(all.total == 4);
    CHECK(all.online == 1);
    CHECK(all.offline == 1);
    CHECK(all.trouble == 2);
    CHECK(all.checking == 0);
    CHECK(h.countsFor("Senduro").online == 1);
    CHECK(h.countsFor("Senduro").trouble == 1);
    CHECK(h.countsFor("Tempeh").offline == 1);
    CHECK(h.countsFor("Tempeh").disabled == 1);
    CHECK(h.countsFor("").trouble == 1);
}

TEST_CASE("A retry does not move a failed camera back to checking", "[health]")
{
    CHECK(nextHealthBucket(HealthBucket::Checking, StreamState::Connecting) == HealthBucket::Checking);
    CHECK(nextHealthBucket(HealthBucket::Offline, StreamState::Connecting) == HealthBucket::Offline);
    CHECK(nextHealthBucket(HealthBucket::Trouble, StreamState::Connecting) == HealthBucket::Trouble);
    CHECK(nextHealthBucket(HealthBucket::Online, StreamState::Connecting) == HealthBucket::Checking);
    CHECK(nextHealthBucket(HealthBucket::Offline, StreamState::Error) == HealthBucket::Trouble);

    CameraHealth h;
    h.setCameras({cam("a", "Senduro")});
    h.setState("a", StreamState::Offline);
    CHECK_FALSE(h.setState("a", StreamState::Connecting));
    CHECK(h.counts().offline == 1);
    CHECK(h.stateOf("a") == StreamState::Offline);
    CHECK(h.setState("a", StreamState::Playing));
    CHECK(h.counts().online == 1);

    // The site changes: the camera keeps its state; a disabled one is no longer counted.
    Camera a = cam("a", "Senduro");
    h.setCameras({a, cam("b", "Kunir")});
    CHECK(h.counts().online == 1);
    CHECK(h.counts().total == 2);
    a.enabled = false;
    h.setCameras({a, cam("b", "Kunir")});
    CHECK(h.counts().total == 1);
    CHECK(h.counts().online == 0);
    CHECK(h.counts().disabled == 1);
}

TEST_CASE("Kecamatan of the same name in two kabupaten are two areas", "[health]")
{
    Camera a = cam("a", "Sukodono");
    Camera b = cam("b", "Sukodono");
    b.area = QStringList{" Sidoarjo ", "Sukodono", "Desa Y"};
    CameraHealth h;
    h.setCameras({a, b, cam("c", "Tempeh")});
    CHECK(h.kabupatenCount() == 2);
    CHECK(h.areas() ==
          QVector<AreaKey>{{"Lumajang", "Sukodono"}, {"Sidoarjo", "Sukodono"}, {"Lumajang", "Tempeh"}});
    h.setState("b", StreamState::Offline);
    CHECK(h.countsFor(AreaKey{"Sidoarjo", "Sukodono"}).offline == 1);
    CHECK(h.countsFor(AreaKey{"Lumajang", "Sukodono"}).offline == 0);
    CHECK(h.countsFor(AreaKey{"Lumajang", "Sukodono"}).total == 1);
    CHECK(h.countsFor(QStringLiteral("Sukodono")).total == 2); // by name alone: both
}
