#pragma once
// Realistic recorded ranges and events for the timeline's benchmark and screenshot: per camera,
// continuous recording broken by short reconnects (5-90 s) every 1-3 hours, a longer outage most
// days (10 min - 2 h, with its "offline" event), and, for every fourth camera, recording on
// motion only (1-5 minute ranges with gaps of 2-20 min); motion events through the day.
// Deterministic for a seed. Any thread.
#include "core/events/Event.h"
#include "core/recording/SegmentIndex.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>
#include <QVector>

#include <algorithm>

namespace pantau::test {

struct TimelineSample
{
    QStringList cameraIds;
    QHash<QString, QString> names;
    QHash<QString, QVector<recording::TimeRange>> ranges;
    QVector<events::Event> events;
    int rangeCount = 0;
};

inline TimelineSample makeTimelineSample(const QStringList &names, qint64 fromUtcMs, qint64 toUtcMs,
                                         quint32 seed = 17)
{
    constexpr qint64 kSecond = 1000;
    constexpr qint64 kMinute = 60 * kSecond;
    constexpr qint64 kHour = 60 * kMinute;
    QRandomGenerator random(seed);
    const auto between = [&](qint64 lo, qint64 hi) { return lo + qint64(random.bounded(double(hi - lo))); };
    TimelineSample out;
    for (int c = 0; c < names.size(); ++c) {
        const QString id = QStringLiteral("cam-%1").arg(c + 1, 2, 10, QLatin1Char('0'));
        out.cameraIds << id;
        out.names.insert(id, names[c]);
        QVector<recording::TimeRange> ranges;
        const bool onMotion = c % 4 == 3;
        qint64 t = fromUtcMs;
        qint64 nextOutage = fromUtcMs + between(4 * kHour, 30 * kHour);
        while (t < toUtcMs) {
            qint64 length = onMotion ? between(1 * kMinute, 5 * kMinute) : between(1 * kHour, 3 * kHour);
            qint64 gap = onMotion ? between(2 * kMinute, 20 * kMinute) : between(5 * kSecond, 90 * kSecond);
            if (t + length >= nextOutage) {
                length = std::max<qint64>(kMinute, nextOutage - t);
                gap = between(10 * kMinute, 2 * kHour);
                events::Event offline;
                offline.cameraId = id;
                offline.kind = events::EventKind::CameraOffline;
                offline.startUtcMs = t + length;
                offline.endUtcMs = std::min(toUtcMs, t + length + gap);
                out.events.append(offline);
                nextOutage += between(18 * kHour, 40 * kHour);
            }
            ranges.append({t, std::min(toUtcMs, t + length)});
            t += length + gap;
        }
        out.rangeCount += int(ranges.size());
        out.ranges.insert(id, ranges);
        // Motion through the day, more in daylight; a tamper now and then.
        for (qint64 m = fromUtcMs + between(0, kHour); m < toUtcMs;
             m += between(10 * kMinute, 90 * kMinute)) {
            events::Event motion;
            motion.cameraId = id;
            motion.kind =
                random.bounded(40) == 0 ? events::EventKind::TamperCovered : events::EventKind::Motion;
            motion.startUtcMs = m;
            motion.endUtcMs = m + between(5 * kSecond, 3 * kMinute);
            out.events.append(motion);
        }
    }
    std::sort(out.events.begin(), out.events.end(),
              [](const events::Event &a, const events::Event &b) { return a.startUtcMs < b.startUtcMs; });
    return out;
}

} // namespace pantau::test
