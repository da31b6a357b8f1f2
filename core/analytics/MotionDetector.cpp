#include "core/analytics/MotionDetector.h"

#include "core/analytics/SceneChange.h"
#include "core/analytics/ZoneMask.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/video/background_segm.hpp>

#include <algorithm>

namespace pantau::analytics {

namespace {
constexpr double kBackgroundAlpha = 0.05; // running average: a picture's weight in the background
constexpr double kSettleAlpha = 0.5;      // while settling after a relearn
constexpr double kMovingAlpha = 0.005;    // for pixels that differ from the background
constexpr int kMog2History = 200;
} // namespace

MotionDetector::MotionDetector(QString cameraId, MotionSettings settings)
    : m_cameraId(std::move(cameraId)), m_settings(std::move(settings))
{
}

MotionDetector::~MotionDetector() = default;

void MotionDetector::setSettings(const MotionSettings &settings)
{
    const bool methodChanged = settings.method != m_settings.method;
    m_settings = settings;
    m_zoneMask.release(); // rebuilt at the next picture
    if (methodChanged) {
        m_background.release();
        m_mog2.reset();
        m_learnedSize = {};
    }
}

double MotionDetector::diffThreshold() const
{
    const int sensitivity = std::clamp(m_settings.sensitivity, 1, 100);
    return 8.0 + (100 - sensitivity) * 0.44; // 50 -> 30 grey levels
}

void MotionDetector::relearn(const cv::Mat &picture)
{
    if (m_settings.method == MotionSettings::Method::Mog2) {
        const double sigmas = diffThreshold() / 7.5; // 50 -> 4 standard deviations
        m_mog2 = cv::createBackgroundSubtractorMOG2(kMog2History, sigmas * sigmas, false);
        cv::Mat ignored;
        m_mog2->apply(picture, ignored, 1.0);
    } else {
        picture.convertTo(m_background, CV_32F);
    }
    m_learnedSize = picture.size();
    m_settle = m_settings.settleFrames;
    m_streak = 0;
}

cv::Mat MotionDetector::foreground(const cv::Mat &picture)
{
    cv::Mat fg;
    const bool settling = m_settle > 0;
    if (m_settings.method == MotionSettings::Method::Mog2) {
        m_mog2->apply(picture, fg, settling ? kSettleAlpha : -1);
    } else {
        cv::Mat background8;
        m_background.convertTo(background8, CV_8U);
        cv::Mat diff;
        cv::absdiff(picture, background8, diff);
        cv::threshold(diff, fg, diffThreshold(), 255, cv::THRESH_BINARY);
        if (settling) {
            cv::accumulateWeighted(picture, m_background, kSettleAlpha);
        } else {
            // What moves is learned far slower than the rest, so a passing object leaves no ghost
            // behind; an object that stays (a parked car) still becomes background in the end.
            cv::Mat still;
            cv::bitwise_not(fg, still);
            cv::accumulateWeighted(picture, m_background, kBackgroundAlpha, still);
            cv::accumulateWeighted(picture, m_background, kMovingAlpha, fg);
        }
    }
    // Specks and thin streaks (sensor noise, rain) are not objects.
    static const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3));
    cv::morphologyEx(fg, fg, cv::MORPH_OPEN, kernel);
    return fg;
}

std::vector<events::Event> MotionDetector::process(const cv::Mat &grey, qint64 utcMs)
{
    std::vector<events::Event> out;
    if (grey.empty() || grey.type() != CV_8UC1)
        return out;
    cv::Mat picture;
    cv::GaussianBlur(grey, picture, cv::Size(5, 5), 0);
    if (m_zoneMask.size() != picture.size())
        m_zoneMask = ZoneMask::build(picture.size(), m_settings.zones, m_settings.masks);

    const auto endIfQuiet = [&] {
        if (m_active && utcMs - m_lastMotionMs >= m_settings.quietEndMs) {
            events::Event ended = m_event;
            ended.endUtcMs = utcMs;
            out.push_back(ended);
            m_active = false;
            m_cooldownUntilMs = utcMs + m_settings.cooldownMs;
        }
    };

    const double mean = cv::mean(picture)[0];
    if (m_learnedSize != picture.size()) {
        relearn(picture);
        m_previousMean = mean;
        m_motion = cv::Mat::zeros(picture.size(), CV_8U);
        return out;
    }

    const cv::Mat fg = foreground(picture);
    const double changed = double(cv::countNonZero(fg)) / double(fg.total());
    if (SceneChange::isWholePicture(m_previousMean, mean, changed)) {
        relearn(picture);
        m_previous = picture;
        ++m_recalibrations;
        m_previousMean = mean;
        m_motion = cv::Mat::zeros(picture.size(), CV_8U);
        endIfQuiet();
        return out;
    }
    m_previousMean = mean;
    if (m_settle > 0) {
        --m_settle;
        m_previous = picture;
        m_motion = cv::Mat::zeros(picture.size(), CV_8U);
        endIfQuiet();
        return out;
    }

    // A blob moves when it also changed since the previous picture: an object that stopped (a
    // parked car) ends the event while the background slowly takes it in.
    cv::Mat changedSincePrevious;
    if (m_previous.size() == picture.size()) {
        cv::absdiff(picture, m_previous, changedSincePrevious);
        cv::threshold(changedSincePrevious, changedSincePrevious, diffThreshold(), 255, cv::THRESH_BINARY);
    } else {
        changedSincePrevious = cv::Mat(picture.size(), CV_8U, cv::Scalar(255));
    }
    m_previous = picture;
    cv::bitwise_and(fg, m_zoneMask, m_motion);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(m_motion.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    const double minArea = m_settings.minObjectFraction * double(picture.total());
    cv::Rect box;
    for (const auto &contour : contours) {
        const cv::Rect r = cv::boundingRect(contour);
        if (double(r.area()) < minArea || cv::contourArea(contour) < minArea * 0.5)
            continue;
        if (cv::countNonZero(changedSincePrevious(r)) < std::max(4, r.area() / 50))
            continue;
        box = box.empty() ? r : (box | r);
    }
    const bool moving = !box.empty();
    if (moving) {
        ++m_streak;
        m_lastMotionMs = utcMs;
    } else {
        m_streak = 0;
    }

    if (m_active) {
        endIfQuiet();
    } else if (moving && m_streak >= m_settings.persistFrames && utcMs >= m_cooldownUntilMs) {
        const double w = picture.cols, h = picture.rows;
        m_event = {};
        m_event.cameraId = m_cameraId;
        m_event.kind = events::EventKind::Motion;
        m_event.startUtcMs = utcMs;
        m_event.box = QRectF(box.x / w, box.y / h, box.width / w, box.height / h);
        m_event.detail = QStringLiteral("motion %1x%2 px at %3,%4 after %5 pictures")
                             .arg(box.width)
                             .arg(box.height)
                             .arg(box.x)
                             .arg(box.y)
                             .arg(m_streak);
        m_active = true;
        out.push_back(m_event);
    }
    return out;
}

} // namespace pantau::analytics
