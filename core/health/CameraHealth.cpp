#include "core/health/CameraHealth.h"

#include <QSet>

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
        e.area = areaOf(c);
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
    m_byArea[it->area].add(it->bucket, -1);
    it->bucket = next;
    m_total.add(next);
    m_byArea[it->area].add(next);
    return true;
}

void CameraHealth::recount()
{
    m_total = {};
    m_byArea.clear();
    for (const Entry &e : std::as_const(m_cameras)) {
        HealthCounts &area = m_byArea[e.area];
        if (!e.enabled) {
            ++m_total.disabled;
            ++area.disabled;
            continue;
        }
        m_total.add(e.bucket);
        area.add(e.bucket);
    }
}

HealthCounts CameraHealth::countsFor(const QString &kecamatan) const
{
    HealthCounts sum;
    for (auto it = m_byArea.cbegin(); it != m_byArea.cend(); ++it) {
        if (it.key().kecamatan != kecamatan)
            continue;
        sum.total += it->total;
        sum.online += it->online;
        sum.offline += it->offline;
        sum.trouble += it->trouble;
        sum.checking += it->checking;
        sum.disabled += it->disabled;
    }
    return sum;
}

QStringList CameraHealth::kecamatanNames() const
{
    QStringList names;
    for (const AreaKey &a : areas())
        if (names.isEmpty() || names.last() != a.kecamatan)
            names << a.kecamatan;
    return names;
}

QVector<AreaKey> CameraHealth::areas() const
{
    QVector<AreaKey> keys = m_byArea.keys();
    std::sort(keys.begin(), keys.end(), [](const AreaKey &a, const AreaKey &b) {
        if (a.kecamatan.isEmpty() != b.kecamatan.isEmpty())
            return b.kecamatan.isEmpty(); // "no kecamatan" last
        if (const int c = QString::localeAwareCompare(a.kecamatan, b.kecamatan))
            return c < 0;
        return QString::localeAwareCompare(a.kabupaten, b.kabupaten) < 0;
    });
    return keys;
}

int CameraHealth::kabupatenCount() const
{
    QSet<QString> kabupaten;
    for (auto it = m_byArea.cbegin(); it != m_byArea.cend(); ++it)
        kabupaten.insert(it.key().kabupaten);
    return int(kabupaten.size());
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
