#pragma once
// The footage of this PC: the recorder's SegmentIndex on this disk, read directly (file:// URLs,
// no password). The index is owned by the caller and outlives the source. Answers are computed at
// once and delivered queued, so callers see the same order as with a remote recorder.
// Threads: owner thread only (the index's thread).
#include "core/playback/ArchiveSource.h"

namespace pantau::playback {

class LocalArchiveSource : public ArchiveSource
{
    Q_OBJECT
public:
    explicit LocalArchiveSource(recording::SegmentIndex &index, QObject *parent = nullptr);

    QString displayName() const override;
    void ranges(
        const QStringList &cameraIds, qint64 fromUtcMs, qint64 toUtcMs,
        std::function<void(const QHash<QString, QVector<TimeRange>> &, const RecorderError &)> done) override;
    void segments(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs,
                  std::function<void(const QVector<ArchiveSegment> &, const RecorderError &)> done) override;
    void lock(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs, bool locked,
              std::function<void(int, const RecorderError &)> done) override;

    // A segment row of this index as playback plays it (absolute file:// URL).
    static ArchiveSegment toArchiveSegment(const recording::Segment &segment, const QString &rootPath);

private:
    RecorderError notReadable() const;
    void later(std::function<void()> call);

    recording::SegmentIndex &m_index;
};

} // namespace pantau::playback
