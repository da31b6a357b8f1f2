#include "core/analytics/TamperDetector.h"

#include "core/analytics/SceneChange.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace pantau::analytics {

namespace {
constexpr size_t kMinLearnSamples = 3;
constexpr qint64 kMoveCheckIntervalMs = 1000; // the view search is the costly part
constexpr double kMoveMaxMeanDifference = 25; // grey levels between a picture and the learned view
} // namespace

TamperDetector::TamperDetector(QString cameraId, TamperSettings settings)
    : m_cameraId(std::move(cameraId)), m_settings(settings)
{
}

double TamperDetector::sharpness(const cv::Mat &grey)
{
    cv::Scalar mean, stddev;
    cv::meanStdDev(grey, mean, stddev);
    const double variance = stddev[0] * stddev[0];
    if (variance < 1e-6)
        return 0;
    cv::Mat laplacian;
    cv::Laplacian(grey, laplacian, CV_32F);
    cv::Scalar lapMean, lapStddev;
    cv::meanStdDev(laplacian, lapMean, lapStddev);
    return lapStddev[0] * lapStddev[0] / variance;
}

void TamperDetector::relearn()
{
    m_learnStartMs = -1;
    m_learnSharpness.clear();
    m_learned = false;
    m_reference.release();
}

void TamperDetector::update(Condition &c, bool holds, qint64 utcMs, const QString &detail,
                            std::vector<events::Event> &out)
{
    if (holds) {
        c.goneSinceMs = -1;
        if (c.sinceMs < 0)
            c.sinceMs = utcMs;
        if (!c.reported && utcMs - c.sinceMs >= m_settings.holdMs) {
            c.event = {};
            c.event.cameraId = m_cameraId;
            c.event.kind = c.kind;
            c.event.startUtcMs = c.sinceMs;
            c.event.detail = detail;
            c.reported = true;
            out.push_back(c.event);
        }
        return;
    }
    if (!c.reported) {
        c.sinceMs = -1;
        return;
    }
    if (c.goneSinceMs < 0)
        c.goneSinceMs = utcMs;
    if (utcMs - c.goneSinceMs >= m_settings.clearMs) {
        events::Event ended = c.event;
        ended.endUtcMs = utcMs;
        out.push_back(ended);
        c.reported = false;
        c.sinceMs = -1;
        c.goneSinceMs = -1;
    }
}

std::vector<events::Event> TamperDetector::process(const cv::Mat &grey, qint64 utcMs)
{
    std::vector<events::Event> out;
    if (grey.empty() || grey.type() != CV_8UC1)
        return out;
    cv::Scalar meanScalar, stddevScalar;
    cv::meanStdDev(grey, meanScalar, stddevScalar);
    const double mean = meanScalar[0], stddev = stddevScalar[0];

    if (m_previousMean >= 0 && SceneChange::isWholePicture(m_previousMean, mean, 0))
        m_mutedUntilMs = utcMs + m_settings.muteAfterSwitchMs;
    m_previousMean = mean;
    const bool muted = utcMs < m_mutedUntilMs;

    const bool covered = mean <= m_settings.coveredMaxMean && stddev <= m_settings.coveredMaxStdDev;
    update(m_covered, covered, utcMs,
           QStringLiteral("covered: mean %1, deviation %2").arg(mean, 0, 'f', 1).arg(stddev, 0, 'f', 1), out);

    m_lastSharpness = covered ? 0 : sharpness(grey);
    // The view is compared at half size (cheaper; noise and rain average out), once a second.
    cv::Mat half, picture;
    cv::pyrDown(grey, half);
    half.convertTo(picture, CV_32F);

    if (!m_learned) {
        if (m_learnStartMs < 0)
            m_learnStartMs = utcMs;
        if (!covered) {
            m_learnSharpness.push_back(m_lastSharpness);
            m_reference = picture;
        }
        if (utcMs - m_learnStartMs >= m_settings.learnMs && m_learnSharpness.size() >= kMinLearnSamples) {
            std::vector<double> samples = m_learnSharpness;
            std::nth_element(samples.begin(), samples.begin() + long(samples.size() / 2), samples.end());
            m_baselineSharpness = samples[samples.size() / 2];
            m_learned = true;
        }
        return out;
    }

    bool defocused = false, moved = false;
    if (!covered && !muted) {
        defocused =
            m_baselineSharpness > 0 && m_lastSharpness < m_settings.defocusedRatio * m_baselineSharpness;
        if (picture.size() == m_reference.size() && utcMs - m_lastMoveCheckMs >= kMoveCheckIntervalMs) {
            m_lastMoveCheckMs = utcMs;
            // The learned view's middle (70 %), searched for in the picture: normalised
            // correlation ignores gain and offset (auto exposure, dusk).
            const int mx = picture.cols * 15 / 100, my = picture.rows * 15 / 100;
            const cv::Mat middle =
                m_reference(cv::Rect(mx, my, picture.cols - 2 * mx, picture.rows - 2 * my));
            cv::Mat scores;
            cv::matchTemplate(picture, middle, scores, cv::TM_CCOEFF_NORMED);
            double best = 0;
            cv::Point at;
            cv::minMaxLoc(scores, nullptr, &best, nullptr, &at);
            m_lastShift = std::hypot(at.x - mx, at.y - my) / double(picture.cols);
            m_lastResponse = best;
            m_lastMoved = (m_lastShift >= m_settings.movedMinShift && best >= m_settings.movedMinMatch) ||
                          best < m_settings.movedNoMatch;
        }
    }
    moved = m_lastMoved && !covered && !defocused;
    if (!muted) {
        update(m_defocused, defocused, utcMs,
               QStringLiteral("defocused: sharpness %1 against a baseline of %2")
                   .arg(m_lastSharpness, 0, 'f', 3)
                   .arg(m_baselineSharpness, 0, 'f', 3),
               out);
        update(m_moved, moved, utcMs,
               QStringLiteral("moved: shift %1 of the width, match %2")
                   .arg(m_lastShift, 0, 'f', 3)
                   .arg(m_lastResponse, 0, 'f', 3),
               out);
    } else {
        // Judged again after the switch: a condition not yet reported starts counting afresh.
        if (!m_defocused.reported)
            m_defocused.sinceMs = -1;
        if (!m_moved.reported)
            m_moved.sinceMs = -1;
    }
    return out;
}

} // namespace pantau::analytics
