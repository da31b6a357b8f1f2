#include "core/playback/LocalArchiveSource.h"

#include <QDir>
#include <QMetaObject>

namespace pantau::playback {

LocalArchiveSource::LocalArchiveSource(recording::SegmentIndex &index, QObject *parent)
    : ArchiveSource(parent), m_index(index)
{
}

QString LocalArchiveSource::displayName() const
{
    return tr("This PC");
}

RecorderError LocalArchiveSource::notReadable() const
{
    return {RecorderError::Kind::Unreachable, tr("The footage on this PC cannot be read.")};
}

void LocalArchiveSource::later(std::function<void()> call)
{
    // Queued on this object: never runs after the source is destroyed.
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

ArchiveSegment LocalArchiveSource::toArchiveSegment(const recording::Segment &s, const QString &rootPath)
{
    ArchiveSegment a;
    a.id = s.id;
    a.cameraId = s.cameraId;
    a.url = QUrl::fromLocalFile(QDir(rootPath).filePath(s.relativePath));
    a.startUtcMs = s.startUtcMs;
    a.endUtcMs = s.endUtcMs;
    a.bytes = s.bytes;
    a.codec = s.codec;
    a.resolution = s.resolution;
    a.writing = s.state == recording::Segment::State::Writing;
    a.locked = s.locked;
    return a;
}

void LocalArchiveSource::ranges(
    const QStringList &cameraIds, qint64 fromUtcMs, qint64 toUtcMs,
    std::function<void(const QHash<QString, QVector<TimeRange>> &, const RecorderError &)> done)
{
    if (!m_index.isOpen()) {
        later([this, done = std::move(done)] { done({}, notReadable()); });
        return;
    }
    const QHash<QString, QVector<TimeRange>> result = m_index.recordedRanges(cameraIds, fromUtcMs, toUtcMs);
    later([result, done = std::move(done)] { done(result, {}); });
}

void LocalArchiveSource::segments(
    const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs,
    std::function<void(const QVector<ArchiveSegment> &, const RecorderError &)> done)
{
    if (!m_index.isOpen()) {
        later([this, done = std::move(done)] { done({}, notReadable()); });
        return;
    }
    QVector<ArchiveSegment> result;
    const QVector<recording::Segment> rows = m_index.segments(cameraId, fromUtcMs, toUtcMs);
    for (const recording::Segment &s : rows) {
        // segments() includes bounds; the interface asks for overlap of [from, to).
        if (s.endUtcMs <= fromUtcMs && s.startUtcMs < fromUtcMs)
            continue;
        if (s.startUtcMs >= toUtcMs)
            continue;
        result.push_back(toArchiveSegment(s, m_index.rootPath()));
    }
    later([result, done = std::move(done)] { done(result, {}); });
}

void LocalArchiveSource::lock(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs, bool locked,
                              std::function<void(int, const RecorderError &)> done)
{
    const int count = m_index.isOpen() ? m_index.setLocked(cameraId, fromUtcMs, toUtcMs, locked) : -1;
    if (count < 0) {
        later([this, done = std::move(done)] {
            done(-1, {RecorderError::Kind::BadReply, tr("The footage on this PC could not be locked.")});
        });
        return;
    }
    later([count, done = std::move(done)] { done(count, {}); });
}

} // namespace pantau::playback
