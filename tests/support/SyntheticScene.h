#pragma once
// Synthetic grey pictures for the analytics tests and benchmark: a still, textured scene (the same
// for a given seed), drawn with OpenCV, optionally seen shifted; a bright square on it. Any thread.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace pantau::test {

constexpr int kSceneWidth = 320;
constexpr int kSceneHeight = 180;

// The scene seen through a view shifted by (dx, dy) pixels (a camera turned slightly).
inline cv::Mat syntheticScene(int dx = 0, int dy = 0, int seed = 7)
{
    const int margin = 80;
    cv::Mat canvas(kSceneHeight + 2 * margin, kSceneWidth + 2 * margin, CV_8UC1, cv::Scalar(90));
    cv::RNG rng(static_cast<uint64_t>(seed));
    for (int i = 0; i < 160; ++i) {
        const cv::Point a(rng.uniform(0, canvas.cols), rng.uniform(0, canvas.rows));
        const cv::Size size(rng.uniform(6, 40), rng.uniform(6, 40));
        cv::rectangle(canvas, cv::Rect(a, size), cv::Scalar(rng.uniform(20, 200)), cv::FILLED);
    }
    for (int i = 0; i < 40; ++i) {
        const cv::Point a(rng.uniform(0, canvas.cols), rng.uniform(0, canvas.rows));
        const cv::Point b(rng.uniform(0, canvas.cols), rng.uniform(0, canvas.rows));
        cv::line(canvas, a, b, cv::Scalar(rng.uniform(0, 255)), 2);
    }
    return canvas(cv::Rect(margin + dx, margin + dy, kSceneWidth, kSceneHeight)).clone();
}

inline cv::Mat withSquare(const cv::Mat &scene, cv::Rect square, int grey = 245)
{
    cv::Mat picture = scene.clone();
    cv::rectangle(picture, square, cv::Scalar(grey), cv::FILLED);
    return picture;
}

// Every pixel plus Gaussian noise of `sigma` grey levels (sensor noise at night).
inline cv::Mat withNoise(const cv::Mat &picture, double sigma, cv::RNG &rng)
{
    cv::Mat noise(picture.size(), CV_16SC1);
    rng.fill(noise, cv::RNG::NORMAL, 0, sigma);
    cv::Mat wide;
    picture.convertTo(wide, CV_16SC1);
    wide += noise;
    cv::Mat out;
    wide.convertTo(out, CV_8UC1);
    return out;
}

} // namespace pantau::test
