#pragma once
// A PtzController that moves nothing: it records every call with the time it arrived (monotonic,
// milliseconds since the fake was made), so PtzDriver's timing rules (coalescing, stop at once,
// watchdog, the camera-side timeout) are unit tests without a camera or a network.
// GUI thread, like every controller.
#include "core/ptz/PtzController.h"

#include <QElapsedTimer>
#include <QVector>

namespace pantau::test {

class FakePtzController : public ptz::PtzController
{
public:
    struct Call
    {
        enum Kind { Invalid, Move, Stop } kind = Invalid;
        ptz::PtzVector velocity;
        int timeoutMs = 0;
        qint64 atMs = 0;
    };

    FakePtzController() { m_clock.start(); }

    ptz::PtzCapabilities capabilities() const override { return {}; }
    bool isReady() const override { return true; }
    void continuousMove(const ptz::PtzVector &velocity, int timeoutMs) override
    {
        m_calls.push_back({Call::Move, velocity, timeoutMs, m_clock.elapsed()});
    }
    void stop() override { m_calls.push_back({Call::Stop, {}, 0, m_clock.elapsed()}); }
    void goToPreset(const QString &) override {}
    void savePreset(const QString &, const QString &) override {}
    void removePreset(const QString &) override {}
    void goHome() override {}

    const QVector<Call> &calls() const { return m_calls; }
    int count(Call::Kind kind) const
    {
        int n = 0;
        for (const Call &c : m_calls)
            n += c.kind == kind ? 1 : 0;
        return n;
    }
    qint64 nowMs() const { return m_clock.elapsed(); }

private:
    QElapsedTimer m_clock;
    QVector<Call> m_calls;
};

} // namespace pantau::test
