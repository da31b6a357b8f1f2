#pragma once
// The analytics torture sequence, at 5 pictures a second: the synthetic scene in rain (bright
// streaks and sensor noise), a slow light change of +-25 % over 7 minutes, lights switched on for
// the second half of every 5 minutes, and the camera's day/night switch every 10 minutes. Nothing
// in it is motion or tampering: the detectors must stay silent at their default settings. The
// same pictures for the same seed. One thread.
#include "SyntheticScene.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdint>

namespace pantau::test {

class TortureScene
{
public:
    explicit TortureScene(uint64_t seed = 17) : m_day(syntheticScene()), m_rng(seed)
    {
        m_day.convertTo(m_night, CV_8U, 0.45, 30); // infrared: flatter and greyer
    }

    // Picture `i` (at 5 a second); call with i = 0, 1, 2, ... in order.
    cv::Mat picture(int i)
    {
        const double t = i / 5.0;                       // seconds
        const bool isNight = std::fmod(t, 1200) >= 600; // the day/night switch every 10 minutes
        cv::Mat picture = (isNight ? m_night : m_day).clone();
        const double gain = 1.0 + 0.25 * std::sin(t * 2 * M_PI / 420); // clouds, dusk
        const double lights = std::fmod(t, 300) >= 150 ? 40 : 0;       // a sudden +40
        picture.convertTo(picture, CV_8U, gain, lights);
        for (int s = 0; s < 120; ++s) { // rain
            const cv::Point a(m_rng.uniform(0, picture.cols), m_rng.uniform(0, picture.rows));
            cv::line(picture, a, a + cv::Point(1, m_rng.uniform(4, 10)), cv::Scalar(m_rng.uniform(150, 230)),
                     1);
        }
        return withNoise(picture, 8, m_rng);
    }

private:
    cv::Mat m_day;
    cv::Mat m_night;
    cv::RNG m_rng;
};

} // namespace pantau::test
