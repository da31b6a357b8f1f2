#pragma once
// Tampering seen in one camera's small grey pictures: covered (dark and uniform: "tertutup"),
// defocused (sharpness, the variance of the Laplacian relative to the picture's own contrast, far
// below the learned baseline: "tidak fokus"), moved (the view shifted against the learned
// reference picture, found by normalised correlation: "dipindah"). Each is reported only after it has lasted
// `holdMs` (about 10 s) and ends after it has been gone for `clearMs`. The baseline and reference
// are learned over the first `learnMs` of pictures that are not covered. After a jump of the
// whole picture's brightness (the camera's day/night switch) defocus and move are muted for a
// moment; covered never is. Move is judged once a second.
//
// Threads: one thread at a time (the AnalyticsService calls it under the camera's lock). Time is
// passed in (UTC milliseconds), never read from a clock.
#include "core/events/Event.h"

#include <opencv2/core.hpp>

#include <vector>

namespace pantau::analytics {

struct TamperSettings
{
    qint64 holdMs = 10000;           // a condition must last this long before it is reported
    qint64 clearMs = 3000;           // a reported condition ends after being gone this long
    qint64 learnMs = 120000;         // the baseline is learned over the first two minutes
    qint64 muteAfterSwitchMs = 5000; // defocus and move not judged after a brightness jump
    double coveredMaxMean = 60;      // covered: darker than this (grey 0..255) ...
    double coveredMaxStdDev = 10;    // ... and this uniform
    double defocusedRatio = 0.3;     // defocused: sharpness below this fraction of the baseline
    double movedMinShift = 0.05;     // moved: the learned view found shifted by this fraction of the width
    double movedMinMatch = 0.5;      // with at least this correlation, or
    double movedNoMatch = 0.3;       // found nowhere better than this (turned away)

    friend bool operator==(const TamperSettings &, const TamperSettings &) = default;
};

class TamperDetector
{
public:
    explicit TamperDetector(QString cameraId, TamperSettings settings = {});

    void setSettings(const TamperSettings &settings) { m_settings = settings; }
    const TamperSettings &settings() const { return m_settings; }

    // One grey picture (CV_8UC1, any size; 320x180 recommended) taken at `utcMs`. Returns the
    // events that start (endUtcMs 0) or end (endUtcMs set, same kind and startUtcMs) with it.
    std::vector<events::Event> process(const cv::Mat &grey, qint64 utcMs);

    // Forget the baseline and learn it again (after an operator accepts a new view).
    void relearn();

    bool isLearned() const { return m_learned; }
    double baselineSharpness() const { return m_baselineSharpness; }
    double lastSharpness() const { return m_lastSharpness; }
    double lastShiftFraction() const { return m_lastShift; }
    double lastResponse() const { return m_lastResponse; }

    // Relative sharpness of a grey picture: variance of its Laplacian over its own variance.
    static double sharpness(const cv::Mat &grey);

private:
    struct Condition
    {
        events::EventKind kind;
        qint64 sinceMs = -1;     // holding since; -1 when not
        qint64 goneSinceMs = -1; // reported, and gone since; -1 when not
        bool reported = false;
        events::Event event;
    };
    void update(Condition &condition, bool holds, qint64 utcMs, const QString &detail,
                std::vector<events::Event> &out);

    QString m_cameraId;
    TamperSettings m_settings;
    Condition m_covered{events::EventKind::TamperCovered};
    Condition m_defocused{events::EventKind::TamperDefocused};
    Condition m_moved{events::EventKind::TamperMoved};
    qint64 m_learnStartMs = -1;
    std::vector<double> m_learnSharpness;
    bool m_learned = false;
    double m_baselineSharpness = 0;
    cv::Mat m_reference; // CV_32F at half size, the learned view
    double m_previousMean = -1;
    qint64 m_mutedUntilMs = 0;
    double m_lastSharpness = 0;
    double m_lastShift = 0;
    double m_lastResponse = 1;
    qint64 m_lastMoveCheckMs = 0;
    bool m_lastMoved = false; // the last move check's answer (held between checks)
};

} // namespace pantau::analytics
