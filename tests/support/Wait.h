#pragma once
// Bounded waits for tests: run the Qt event loop until a condition holds or the bound passes.
// Nothing here sleeps for a fixed time; the condition is checked whenever events arrive and at
// least every few milliseconds.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace pantau::test {

// Bounds for waitUntil, by what is awaited. A bound is how long a failing test waits before it
// says so; a passing test goes on the moment its condition holds. Where a time is what a test
// checks (a reconnection within 3 s), it is a CHECK of its own, not one of these.
constexpr int kReactionBoundMs = 3000; // a loopback device, a local timer or a queued call reacts
constexpr int kStateBoundMs = 10000;   // a running stream changes state, colour or size; a reply
constexpr int kPlayingBoundMs = 20000; // a stream plays: connect, negotiate, first keyframe, loaded CI

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return condition();
}

} // namespace pantau::test
