#pragma once
// The footage of a recorder on another PC of the site, through its HTTP interface
// (core/recording/RecorderClient): segments come back with http:// URLs and the recorder's
// Authorization header for GStreamer. An unreachable recorder or a refused password comes back
// as the client's translated message. Owns its client. Threads: owner thread only.
#include "core/playback/ArchiveSource.h"

namespace pantau::playback {

class RemoteArchiveSource : public ArchiveSource
{
    Q_OBJECT
public:
    // `baseUrl`: "http://HOST:PORT"; an empty password sends no credentials.
    RemoteArchiveSource(const QUrl &baseUrl, const QString &password, QObject *parent = nullptr);

    QString displayName() const override;
    void ranges(
        const QStringList &cameraIds, qint64 fromUtcMs, qint64 toUtcMs,
        std::function<void(const QHash<QString, QVector<TimeRange>> &, const RecorderError &)> done) override;
    void segments(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs,
                  std::function<void(const QVector<ArchiveSegment> &, const RecorderError &)> done) override;
    void lock(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs, bool locked,
              std::function<void(int, const RecorderError &)> done) override;

    recording::RecorderClient &client() { return m_client; }
    // Reads another recorder from now on (or the same with another password); emits changed().
    void setRecorder(const QUrl &baseUrl, const QString &password);

private:
    recording::RecorderClient m_client;
};

} // namespace pantau::playback
