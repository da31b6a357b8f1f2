#pragma once
// Motion and tamper detection for the cameras that have it turned on: per camera, a
// MotionDetector, a TamperDetector and a schedule, fed from the decode Pantau already does. A
// camera on the wall is analysed from its tile's pipeline through the frame tap
// (StreamPipeline::setAnalysisTap, no second decode); a camera no tile shows gets an
// analysis-only pipeline of its sub stream that decodes keyframes only (one picture every GOP,
// about 1 a second: the CPU budget for cameras off the wall). Events go out as signals; the event
// store (core/events) keeps them.
//
// Threads: every public method and every signal is on the GUI thread. The detectors run on the GStreamer
// streaming thread that delivers the picture, under the camera's own lock (about a millisecond at 320x180);
// their events are queued to the GUI thread.
#include "core/analytics/AnalyticsSchedule.h"
#include "core/analytics/MotionDetector.h"
#include "core/analytics/TamperDetector.h"
#include "core/events/Event.h"
#include "core/media/StreamSource.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>

#include <memory>

namespace pantau {

class StreamPipeline;
class StreamPool;
class PipelineReaper;

namespace analytics {

struct CameraAnalyticsSettings
{
    bool motionEnabled = true;
    bool tamperEnabled = true;
    MotionSettings motion;
    TamperSettings tamper;
    AnalyticsSchedule schedule; // when motion is armed; tamper is always watched

    friend bool operator==(const CameraAnalyticsSettings &, const CameraAnalyticsSettings &) = default;
};

class AnalyticsService : public QObject
{
    Q_OBJECT
public:
    // `reaper` tears the analysis-only pipelines down off the GUI thread (nullptr: synchronously).
    explicit AnalyticsService(PipelineReaper *reaper = nullptr, QObject *parent = nullptr);
    ~AnalyticsService() override;

    // Analyse this camera with these settings (again: the new settings take effect at the next
    // picture, the learned backgrounds stay). `ownSource` is the stream to analyse while no tile
    // shows the camera (its sub stream; keyframesOnly is forced on); an empty url: none.
    void setCamera(const QString &cameraId, const CameraAnalyticsSettings &settings,
                   const StreamSource &ownSource = {});
    // New settings for a camera already analysed, its stream left as it is (the zone editor's
    // live preview); the learned backgrounds stay. A camera not analysed: nothing.
    void updateSettings(const QString &cameraId, const CameraAnalyticsSettings &settings);
    void removeCamera(const QString &cameraId);
    QStringList cameras() const { return m_cameras.keys(); }
    CameraAnalyticsSettings settings(const QString &cameraId) const;

    // A pipeline that decodes the camera for the wall: analyse its pictures (the analysis-only
    // pipeline stops). detachPipeline(): it goes away; the analysis-only pipeline takes over.
    void attachPipeline(const QString &cameraId, StreamPipeline *pipeline);
    void detachPipeline(const QString &cameraId);
    // Follow a stream pool: its pipelines are attached and detached as tiles come and go.
    void followPool(StreamPool *pool);
    bool isOnOwnStream(const QString &cameraId) const;
    bool isOnWall(const QString &cameraId) const; // a wall pipeline feeds it now

    // For the zone editor: the last grey picture analysed and what the motion detector counted as
    // motion in it (Format_Grayscale8, 255 = moving). Null before the first picture.
    QImage latestPicture(const QString &cameraId) const;
    QImage motionMask(const QString &cameraId) const;
    quint64 picturesAnalysed(const QString &cameraId) const;

    // Analyse one grey picture (Format_Grayscale8) of the camera taken at `utcMs`: what the frame
    // tap does on its streaming thread; tests and the benchmark call it directly (GUI thread).
    void processPicture(const QString &cameraId, const QImage &grey, qint64 utcMs);

Q_SIGNALS:
    // An event starts (endUtcMs 0) with a snapshot of the picture (the tile's colour picture when
    // the camera is on the wall, else the analysed grey one) ...
    void eventStarted(const pantau::events::Event &event, const QImage &snapshot);
    // ... and ends (same camera, kind and startUtcMs; endUtcMs set).
    void eventEnded(const pantau::events::Event &event);

private:
    struct Camera;
    // On the picture's thread: run the detectors under the camera's lock, queue what they found.
    static void analyse(const std::shared_ptr<Camera> &camera, const QImage &grey, qint64 utcMs);
    void startOwnStream(Camera &camera);
    void stopOwnStream(Camera &camera);
    void installTap(const QString &cameraId, StreamPipeline *pipeline);
    void deliver(const QString &cameraId, const std::vector<events::Event> &events, const QImage &picture);

    PipelineReaper *m_reaper = nullptr;
    QPointer<StreamPool> m_pool;
    QHash<QString, std::shared_ptr<Camera>> m_cameras;
};

} // namespace analytics
} // namespace pantau
