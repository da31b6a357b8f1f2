#include "core/health/CameraHealth.h"

#include <algorithm>

namespace pantau {

HealthBucket nextHealthBucket(HealthBucket previous, StreamState state)
{
    switch (state) {
    case StreamState::Playing:
        return HealthBucket::Online;
    case StreamState::Offline:
        return HealthBucket::Offline;
    case StreamState::Reconnecting:
    case StreamState::AuthFailed:
    case StreamState::Error:
        return HealthBucket::Trouble;
    case StreamState::Connecting:
        // A first attempt is Checking; a retry after a failure keeps the failure's bucket.
        return previous == HealthBucket::Offline || previous == HealthBucket::Trouble
                   ? previous
                   : HealthBucket::Checking;
    case StreamState::Invalid:
        break;
    }
    return HealthBucket::Checking;
}

void HealthCounts::add(HealthBucket bucket, int delta)
{
    total += delta;
    switch (bucket) {
    case HealthBucket::Online:
        online += delta;
        break;
    case HealthBucket::Offline:
        offline += delta;
        break;
    case HealthBucket::Trouble:
        trouble += delta;
        break;
    case HealthBucket::Checking:
    case HealthBucket::Invalid:
        checking += delta;
        break;
    }
}

void CameraHealth::setCameras(const QVector<Camera> &cameras)
{
    QHash<QString, Entry> next;
    next.reserve(cameras.size());
    for (const Camera &c : cameras) {
        Entry e = m_cameras.value(c.id);
        e.kecamatan = kecamatanOf(c);
        if (!c.enabled || !e.enabled) { // newly enabled or disabled: unknown again
            e.bucket = HealthBucket::Checking;
            e.state = StreamState::Invalid;
        }
        e.enabled = c.enabled;
        next.insert(c.id, e);
    }
    m_cameras = std::move(next);
    recount();
}

bool CameraHealth::setState(const QString &cameraId, StreamState state)
{
    auto it = m_cameras.find(cameraId);
    if (it == m_cameras.end() || !it->enabled)
        return false;
    const HealthBucket next = nextHealthBucket(it->bucket, state);
    if (state != StreamState::Connecting || next == HealthBucket::Checking)
        it->state = state;
    if (next == it->bucket)
        return false;
    m_total.add(it->bucket, -1);
    m_byKecamatan[it->kecamatan].add(it->bucket, -1);
    it->bucket = next;
    m_total.add(next);
    m_byKecamatan[it->kecamatan].add(next);
    return true;
}

void CameraHealth::recount()
{
    m_total = {};
    m_byKecamatan.clear();
    for (const Entry &e : std::as_const(m_cameras)) {
        HealthCounts &area = m_byKecamatan[e.kecamatan];
        if (!e.enabled) {
            ++m_total.disabled;
            ++area.disabled;
            continue;
        }
        m_total.add(e.bucket);
        area.add(e.bucket);
    }
}

QStringList CameraHealth::kecamatanNames() const
{
    QStringList names = m_byKecamatan.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty(); // "no kecamatan" last
        return QString::localeAwareCompare(a, b) < 0;
    });
    return names;
}

HealthBucket CameraHealth::bucketOf(const QString &cameraId) const
{
    auto it = m_cameras.constFind(cameraId);
    return it == m_cameras.cend() ? HealthBucket::Invalid : it->bucket;
}

StreamState CameraHealth::stateOf(const QString &cameraId) const
{
    auto it = m_cameras.constFind(cameraId);
    return it == m_cameras.cend() ? StreamState::Invalid : it->state;
}

} // namespace pantau
