#pragma once
// Motion in one camera's small grey pictures (e.g. 320x180 at up to 5 a second): it decides, the
// caller acts. Running-average differencing by default, OpenCV's MOG2 background subtraction as
// an option. Only the watched zones count and the masks never do (ZoneMask); blobs smaller than
// the minimum object size are ignored; motion must last several pictures in a row before an event
// starts, the event ends after a quiet spell, and a cooldown stops repeats. A change of the whole
// picture (SceneChange) is not motion: the background is learned again from that picture.
//
// Threads: one thread at a time (the AnalyticsService calls it under the camera's lock). Time is
// passed in (UTC milliseconds), never read from a clock.
#include "core/events/Event.h"

#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <opencv2/core.hpp>

#include <memory>
#include <vector>

namespace cv {
class BackgroundSubtractorMOG2;
}

namespace pantau::analytics {

struct MotionSettings
{
    enum class Method { RunningAverage = 0, Mog2 };
    Method method = Method::RunningAverage;
    QList<QPolygonF> zones;           // watched, normalised 0..1; none: the whole picture
    QList<QPolygonF> masks;           // ignored, normalised 0..1
    int sensitivity = 50;             // 1 (only large, strong changes) .. 100 (faint ones)
    double minObjectFraction = 0.002; // smallest blob, as a fraction of the picture's area
    int persistFrames = 3;            // pictures in a row with motion before an event starts
    qint64 quietEndMs = 2000;         // an event ends after this long without motion
    qint64 cooldownMs = 10000;        // after an event ends, no new one for this long
    int settleFrames = 3;             // pictures ignored after the background is learned again

    friend bool operator==(const MotionSettings &, const MotionSettings &) = default;
};

class MotionDetector
{
public:
    explicit MotionDetector(QString cameraId, MotionSettings settings = {});
    ~MotionDetector();
    MotionDetector(const MotionDetector &) = delete;
    MotionDetector &operator=(const MotionDetector &) = delete;

    void setSettings(const MotionSettings &settings); // keeps the learned background
    const MotionSettings &settings() const { return m_settings; }

    // One grey picture (CV_8UC1, any size; 320x180 recommended) taken at `utcMs`. Returns the
    // events that start (endUtcMs 0) or end (endUtcMs set, same kind and startUtcMs) with it.
    std::vector<events::Event> process(const cv::Mat &grey, qint64 utcMs);

    // What the last picture counted as motion (CV_8UC1, 255 = moving, within the zones): the
    // zone editor's overlay. Empty before the first picture.
    const cv::Mat &motionMask() const { return m_motion; }
    bool isEventActive() const { return m_active; }
    int recalibrations() const { return m_recalibrations; } // whole-picture changes seen

private:
    void relearn(const cv::Mat &picture);
    cv::Mat foreground(const cv::Mat &picture);
    double diffThreshold() const;

    QString m_cameraId;
    MotionSettings m_settings;
    cv::Mat m_background; // CV_32F running average (RunningAverage)
    cv::Ptr<cv::BackgroundSubtractorMOG2> m_mog2;
    cv::Size m_learnedSize; // of the pictures the background was learned from; empty: none yet
    cv::Mat m_zoneMask;     // CV_8U at the pictures' size; rebuilt when settings or size change
    cv::Mat m_motion;
    cv::Mat m_previous; // the previous picture, blurred
    double m_previousMean = -1;
    int m_settle = 0;
    int m_streak = 0; // pictures in a row with motion
    bool m_active = false;
    events::Event m_event; // the active one
    qint64 m_lastMotionMs = 0;
    qint64 m_cooldownUntilMs = 0;
    int m_recalibrations = 0;
};

} // namespace pantau::analytics
