#include "core/playback/RemoteArchiveSource.h"

#include <memory>

namespace pantau::playback {

RemoteArchiveSource::RemoteArchiveSource(const QUrl &baseUrl, const QString &password, QObject *parent)
    : ArchiveSource(parent), m_client(baseUrl, password, this)
{
}

void RemoteArchiveSource::setRecorder(const QUrl &baseUrl, const QString &password)
{
    m_client.setRecorder(baseUrl, password);
    Q_EMIT changed();
}

QString RemoteArchiveSource::displayName() const
{
    return m_client.recorderName();
}

void RemoteArchiveSource::ranges(
    const QStringList &cameraIds, qint64 fromUtcMs, qint64 toUtcMs,
    std::function<void(const QHash<QString, QVector<TimeRange>> &, const RecorderError &)> done)
{
    if (cameraIds.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done)] { done({}, {}); }, Qt::QueuedConnection);
        return;
    }
    // One request per camera; the answer goes out once all came back (the first error wins).
    struct Gather
    {
        QHash<QString, QVector<TimeRange>> ranges;
        RecorderError error;
        int left = 0;
        std::function<void(const QHash<QString, QVector<TimeRange>> &, const RecorderError &)> done;
    };
    auto gather = std::make_shared<Gather>();
    gather->left = int(cameraIds.size());
    gather->done = std::move(done);
    for (const QString &id : cameraIds) {
        m_client.ranges(
            id, fromUtcMs, toUtcMs, [gather, id](const QVector<TimeRange> &r, const RecorderError &e) {
                if (e && !gather->error)
                    gather->error = e;
                else if (!e)
                    gather->ranges.insert(id, r);
                if (--gather->left == 0)
                    gather->done(gather->error ? QHash<QString, QVector<TimeRange>>() : gather->ranges,
                                 gather->error);
            });
    }
}

void RemoteArchiveSource::segments(
    const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs,
    std::function<void(const QVector<ArchiveSegment> &, const RecorderError &)> done)
{
    m_client.segments(cameraId, fromUtcMs, toUtcMs,
                      [this, done = std::move(done)](const QVector<recording::RemoteSegment> &rows,
                                                     const RecorderError &e) {
                          QVector<ArchiveSegment> result;
                          const QByteArray authorization = m_client.authorizationHeader();
                          for (const recording::RemoteSegment &r : rows) {
                              ArchiveSegment a;
                              a.id = r.id;
                              a.cameraId = r.cameraId;
                              a.url = r.url;
                              a.authorization = authorization;
                              a.startUtcMs = r.startUtcMs;
                              a.endUtcMs = r.endUtcMs;
                              a.bytes = r.bytes;
                              a.codec = r.codec;
                              a.resolution = r.resolution;
                              a.writing = r.state == QLatin1String("writing");
                              a.locked = r.locked;
                              result.push_back(a);
                          }
                          done(result, e);
                      });
}

void RemoteArchiveSource::lock(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs, bool locked,
                               std::function<void(int, const RecorderError &)> done)
{
    m_client.lock(cameraId, fromUtcMs, toUtcMs, locked, std::move(done));
}

} // namespace pantau::playback
