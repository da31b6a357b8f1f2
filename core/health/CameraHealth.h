#pragma once
// How the regency's cameras are doing, as counts: the whole site and each area (a kecamatan of
// a kabupaten: kecamatan names repeat across kabupaten, so an area is the pair).
// A plain value-ish model fed with stream states (GUI thread, or any single thread).
//
// Buckets (what the dashboard's headline figures count):
//   Online   - Playing.
//   Offline  - Offline: the camera cannot be reached.
//   Trouble  - Reconnecting, AuthFailed, Error: it answers (or did) but needs attention.
//   Checking - not known yet: never leased (Invalid) or a first Connecting.
// A retry shows Connecting again between two failures; that does not move a camera whose
// bucket is already known back to Checking, so the figures do not flicker with every retry.
// Disabled cameras are not monitored and not counted in `total`; they have their own count.
#include "core/camera/Camera.h"
#include "core/media/StreamStatus.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace pantau {

// Where a camera is: its kabupaten (area[0]) and kecamatan (area[1]), trimmed; "" when missing.
struct AreaKey
{
    QString kabupaten;
    QString kecamatan;
    friend bool operator==(const AreaKey &, const AreaKey &) = default;
};
inline size_t qHash(const AreaKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.kabupaten, key.kecamatan);
}

enum class HealthBucket { Invalid = 0, Online, Offline, Trouble, Checking };

// The bucket after `state` arrives for a camera that was in `previous`.
HealthBucket nextHealthBucket(HealthBucket previous, StreamState state);

struct HealthCounts
{
    int total = 0; // enabled cameras = online + offline + trouble + checking
    int online = 0;
    int offline = 0;
    int trouble = 0;
    int checking = 0;
    int disabled = 0;

    void add(HealthBucket bucket, int delta = 1);
    friend bool operator==(const HealthCounts &, const HealthCounts &) = default;
};

class CameraHealth
{
public:
    // The kecamatan of a camera: area[1] ("" when the camera has none).
    static QString kecamatanOf(const Camera &camera) { return camera.area.value(1).trimmed(); }
    static AreaKey areaOf(const Camera &camera)
    {
        return {camera.area.value(0).trimmed(), kecamatanOf(camera)};
    }

    // Replaces the set of cameras; cameras that stay keep their state.
    void setCameras(const QVector<Camera> &cameras);
    // Returns true when the camera's bucket changed. Unknown or disabled cameras are ignored.
    bool setState(const QString &cameraId, StreamState state);

    HealthCounts counts() const { return m_total; }
    HealthCounts countsFor(const AreaKey &area) const { return m_byArea.value(area); }
    // Every kecamatan of that name, whichever kabupaten.
    HealthCounts countsFor(const QString &kecamatan) const;
    // Kecamatan names in alphabetical order; "" (no kecamatan) last when some camera has none.
    QStringList kecamatanNames() const;
    // The areas with cameras, by kecamatan then kabupaten; "" (no kecamatan) last.
    QVector<AreaKey> areas() const;
    // How many different kabupaten the cameras name ("" counts as one).
    int kabupatenCount() const;
    HealthBucket bucketOf(const QString &cameraId) const;
    // The last state that decided the bucket (Connecting between retries is not one of them).
    StreamState stateOf(const QString &cameraId) const;
    bool contains(const QString &cameraId) const { return m_cameras.contains(cameraId); }

private:
    struct Entry
    {
        AreaKey area;
        bool enabled = true;
        HealthBucket bucket = HealthBucket::Checking;
        StreamState state = StreamState::Invalid;
    };
    void recount();

    QHash<QString, Entry> m_cameras;
    HealthCounts m_total;
    QHash<AreaKey, HealthCounts> m_byArea;
};

} // namespace pantau
