#include "core/analytics/AnalyticsService.h"

#include "core/Log.h"
#include "core/media/StreamPipeline.h"
#include "core/media/StreamPool.h"

#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>

#include <opencv2/core.hpp>

namespace pantau::analytics {

struct AnalyticsService::Camera
{
    explicit Camera(const QString &cameraId) : id(cameraId), motion(cameraId), tamper(cameraId) {}

    const QString id;
    // Under `mutex` (streaming threads and the GUI thread):
    mutable QMutex mutex;
    AnalyticsService *service = nullptr; // null once removed: late pictures reach nothing
    CameraAnalyticsSettings settings;
    MotionDetector motion;
    TamperDetector tamper;
    qint64 unarmedMotionStartMs = -1; // a motion event that started outside the schedule: not reported
    QImage latest;
    QImage mask;
    quint64 pictures = 0;
    // GUI thread only:
    StreamSource ownSource;
    std::unique_ptr<StreamPipeline> own; // analysis-only pipeline while no tile shows the camera
    QPointer<StreamPipeline> wall;       // the wall's pipeline we tap, when one does
};

AnalyticsService::AnalyticsService(PipelineReaper *reaper, QObject *parent)
    : QObject(parent), m_reaper(reaper)
{
}

AnalyticsService::~AnalyticsService()
{
    const auto cameras = m_cameras.keys();
    for (const QString &id : cameras)
        removeCamera(id);
}

void AnalyticsService::setCamera(const QString &cameraId, const CameraAnalyticsSettings &settings,
                                 const StreamSource &ownSource)
{
    auto &camera = m_cameras[cameraId];
    const bool added = !camera;
    if (added)
        camera = std::make_shared<Camera>(cameraId);
    {
        QMutexLocker lock(&camera->mutex);
        camera->service = this;
        camera->settings = settings;
        camera->motion.setSettings(settings.motion);
        camera->tamper.setSettings(settings.tamper);
    }
    StreamSource source = ownSource;
    source.keyframesOnly = true;
    source.yuvFrames = false;
    const bool sourceChanged = source != camera->ownSource;
    camera->ownSource = source;
    if (added) {
        qCInfo(lcAnalytics) << "analysing camera" << cameraId;
        if (m_pool) {
            for (StreamKind kind : {StreamKind::Sub, StreamKind::Main})
                if (StreamPipeline *pipeline = m_pool->find(cameraId, kind)) {
                    attachPipeline(cameraId, pipeline);
                    return;
                }
        }
    }
    if (!camera->wall && (added || sourceChanged)) {
        stopOwnStream(*camera);
        startOwnStream(*camera);
    }
}

void AnalyticsService::updateSettings(const QString &cameraId, const CameraAnalyticsSettings &settings)
{
    const std::shared_ptr<Camera> camera = m_cameras.value(cameraId);
    if (!camera)
        return;
    QMutexLocker lock(&camera->mutex);
    camera->settings = settings;
    camera->motion.setSettings(settings.motion);
    camera->tamper.setSettings(settings.tamper);
}

void AnalyticsService::removeCamera(const QString &cameraId)
{
    const std::shared_ptr<Camera> camera = m_cameras.take(cameraId);
    if (!camera)
        return;
    {
        QMutexLocker lock(&camera->mutex);
        camera->service = nullptr;
    }
    if (camera->wall)
        camera->wall->setAnalysisTap({});
    stopOwnStream(*camera);
}

CameraAnalyticsSettings AnalyticsService::settings(const QString &cameraId) const
{
    const std::shared_ptr<Camera> camera = m_cameras.value(cameraId);
    if (!camera)
        return {};
    QMutexLocker lock(&camera->mutex);
    return camera->settings;
}

void AnalyticsService::installTap(const QString &cameraId, StreamPipeline *pipeline)
{
    std::weak_ptr<Camera> weak = m_cameras.value(cameraId);
    media::AnalysisTap tap;
    tap.callback = [weak](const QImage &grey, qint64 utcMs) {
        if (const std::shared_ptr<Camera> camera = weak.lock())
            analyse(camera, grey, utcMs);
    };
    pipeline->setAnalysisTap(tap);
}

void AnalyticsService::attachPipeline(const QString &cameraId, StreamPipeline *pipeline)
{
    const std::shared_ptr<Camera> camera = m_cameras.value(cameraId);
    if (!camera || !pipeline || camera->wall == pipeline)
        return;
    if (camera->wall)
        camera->wall->setAnalysisTap({});
    stopOwnStream(*camera);
    camera->wall = pipeline;
    installTap(cameraId, pipeline);
    qCDebug(lcAnalytics) << "analysing" << cameraId << "from the wall's pipeline";
}

void AnalyticsService::detachPipeline(const QString &cameraId)
{
    const std::shared_ptr<Camera> camera = m_cameras.value(cameraId);
    if (!camera)
        return;
    if (camera->wall)
        camera->wall->setAnalysisTap({});
    camera->wall = nullptr;
    if (!camera->own)
        startOwnStream(*camera);
}

void AnalyticsService::followPool(StreamPool *pool)
{
    m_pool = pool;
    connect(pool, &StreamPool::pipelineCreated, this, [this](const QString &cameraId, StreamKind kind) {
        const std::shared_ptr<Camera> camera = m_cameras.value(cameraId);
        if (!camera || !m_pool)
            return;
        // The sub stream is cheaper to analyse and enough: keep it when both are shown.
        if (camera->wall && kind == StreamKind::Main)
            return;
        attachPipeline(cameraId, m_pool->find(cameraId, kind));
    });
    connect(pool, &StreamPool::pipelineDestroyed, this, [this](const QString &cameraId, StreamKind) {
        const std::shared_ptr<Camera> camera = m_cameras.value(cameraId);
        if (!camera || !m_pool)
            return;
        for (StreamKind other : {StreamKind::Sub, StreamKind::Main})
            if (StreamPipeline *pipeline = m_pool->find(cameraId, other)) {
                attachPipeline(cameraId, pipeline);
                return;
            }
        detachPipeline(cameraId);
    });
}

bool AnalyticsService::isOnWall(const QString &cameraId) const
{
    const std::shared_ptr<Camera> camera = m_cameras.value(cameraId);
    return camera && camera->wall;
}

bool AnalyticsService::isOnOwnStream(const QString &cameraId) const
{
    const std::shared_ptr<Camera> camera = m_cameras.value(cameraId);
    return camera && camera->own;
}

void AnalyticsService::startOwnStream(Camera &camera)
{
    if (camera.ownSource.url.isEmpty())
        return;
    camera.own = std::make_unique<StreamPipeline>(camera.ownSource, m_reaper);
    camera.own->setTargetSize(QSize(320, 180)); // the pictures nobody paints stay small
    installTap(camera.id, camera.own.get());
    camera.own->start();
    qCDebug(lcAnalytics) << "analysing" << camera.id << "from its own keyframes-only stream";
}

void AnalyticsService::stopOwnStream(Camera &camera)
{
    if (!camera.own)
        return;
    camera.own->setAnalysisTap({});
    camera.own->stop();
    camera.own.reset();
}

QImage AnalyticsService::latestPicture(const QString &cameraId) const
{
    const std::shared_ptr<Camera> camera = m_cameras.value(cameraId);
    if (!camera)
        return {};
    QMutexLocker lock(&camera->mutex);
    return camera->latest;
}

QImage AnalyticsService::motionMask(const QString &cameraId) const
{
    const std::shared_ptr<Camera> camera = m_cameras.value(cameraId);
    if (!camera)
        return {};
    QMutexLocker lock(&camera->mutex);
    return camera->mask;
}

quint64 AnalyticsService::picturesAnalysed(const QString &cameraId) const
{
    const std::shared_ptr<Camera> camera = m_cameras.value(cameraId);
    if (!camera)
        return 0;
    QMutexLocker lock(&camera->mutex);
    return camera->pictures;
}

void AnalyticsService::processPicture(const QString &cameraId, const QImage &grey, qint64 utcMs)
{
    if (const std::shared_ptr<Camera> camera = m_cameras.value(cameraId))
        analyse(camera, grey, utcMs);
}

void AnalyticsService::deliver(const QString &cameraId, const std::vector<events::Event> &events,
                               const QImage &picture)
{
    const std::shared_ptr<Camera> camera = m_cameras.value(cameraId);
    if (!camera)
        return;
    for (const events::Event &event : events) {
        if (event.isActive()) {
            QImage snapshot;
            if (camera->wall)
                snapshot = camera->wall->latestFrame().image;
            if (snapshot.isNull())
                snapshot = picture;
            qCInfo(lcAnalytics) << "event" << int(event.kind) << "on" << cameraId << event.detail;
            Q_EMIT eventStarted(event, snapshot);
        } else {
            Q_EMIT eventEnded(event);
        }
    }
}

void AnalyticsService::analyse(const std::shared_ptr<Camera> &camera, const QImage &grey, qint64 utcMs)
{
    if (grey.isNull() || grey.format() != QImage::Format_Grayscale8)
        return;
    QMutexLocker lock(&camera->mutex);
    AnalyticsService *service = camera->service;
    if (!service)
        return;
    const cv::Mat picture(grey.height(), grey.width(), CV_8UC1, const_cast<uchar *>(grey.constBits()),
                          size_t(grey.bytesPerLine()));
    std::vector<events::Event> found;
    if (camera->settings.motionEnabled) {
        const bool armed = camera->settings.schedule.isActive(QDateTime::fromMSecsSinceEpoch(utcMs).time());
        for (const events::Event &e : camera->motion.process(picture, utcMs)) {
            // Learned all day; reported only while armed, and an event that started unarmed never.
            if (e.isActive() && !armed) {
                camera->unarmedMotionStartMs = e.startUtcMs;
                continue;
            }
            if (!e.isActive() && e.startUtcMs == camera->unarmedMotionStartMs)
                continue;
            found.push_back(e);
        }
        const cv::Mat &mask = camera->motion.motionMask();
        if (!mask.empty()) {
            camera->mask =
                QImage(mask.data, mask.cols, mask.rows, int(mask.step), QImage::Format_Grayscale8).copy();
        }
    }
    if (camera->settings.tamperEnabled)
        for (const events::Event &e : camera->tamper.process(picture, utcMs))
            found.push_back(e);
    camera->latest = grey;
    ++camera->pictures;
    if (found.empty())
        return;
    const QString id = camera->id;
    QMetaObject::invokeMethod(
        service, [service, id, found, grey] { service->deliver(id, found, grey); }, Qt::QueuedConnection);
}

} // namespace pantau::analytics
