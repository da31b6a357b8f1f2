#include "core/recording/RetentionPolicy.h"

#include <algorithm>
#include <cmath>

namespace pantau::recording {

qint64 RetentionPolicy::reserveBytes(qint64 diskTotalBytes, qint64 totalBitrateBytesPerSecond)
{
    const qint64 total = std::max<qint64>(diskTotalBytes, 0);
    const qint64 ofDisk = total / 100 * kReserveDiskPercent + total % 100 * kReserveDiskPercent / 100;
    const qint64 ofBitrate = std::max<qint64>(totalBitrateBytesPerSecond, 0) * kReserveRecordingSeconds;
    return std::max({kMinReserveBytes, ofDisk, ofBitrate});
}

qint64 RetentionPolicy::budgetReserveBytes(qint64 budgetBytes)
{
    const qint64 total = std::max<qint64>(budgetBytes, 0);
    return total / 100 * kReserveDiskPercent + total % 100 * kReserveDiskPercent / 100;
}

RetentionDecision RetentionPolicy::decide(const RetentionInput &input)
{
    RetentionDecision d;
    d.reserveBytes = input.diskIsBudget
                         ? budgetReserveBytes(input.diskTotalBytes)
                         : reserveBytes(input.diskTotalBytes, input.totalBitrateBytesPerSecond);
    qint64 free = input.diskFreeBytes;
    qint64 footageBytes = 0;

    auto maxAgeDays = [&](const QString &cameraId) {
        return input.maxAgeDaysByCamera.value(cameraId, input.defaultMaxAgeDays);
    };
    d.configuredDays = 0;
    bool anyDefault = input.segments.isEmpty() && input.maxAgeDaysByCamera.isEmpty();
    for (auto it = input.maxAgeDaysByCamera.cbegin(); it != input.maxAgeDaysByCamera.cend(); ++it)
        d.configuredDays = std::max(d.configuredDays, it.value());

    // 1. Age.
    QVector<const RetentionSegment *> candidates;
    candidates.reserve(input.segments.size());
    for (const RetentionSegment &s : input.segments) {
        footageBytes += s.bytes;
        if (!input.maxAgeDaysByCamera.contains(s.cameraId))
            anyDefault = true;
        if (s.writing || s.locked)
            continue;
        const qint64 oldestKeptEndMs = input.nowUtcMs - maxAgeDays(s.cameraId) * kDayMs;
        if (s.endUtcMs < oldestKeptEndMs) {
            d.deletions.push_back({s.id, RetentionReason::Age});
            free += s.bytes;
        } else {
            candidates.push_back(&s);
        }
    }
    if (anyDefault)
        d.configuredDays = std::max(d.configuredDays, input.defaultMaxAgeDays);

    // 2. Reserve: oldest first across cameras.
    if (free < d.reserveBytes) {
        std::sort(candidates.begin(), candidates.end(),
                  [](const RetentionSegment *a, const RetentionSegment *b) {
                      return a->startUtcMs != b->startUtcMs ? a->startUtcMs < b->startUtcMs : a->id < b->id;
                  });
        for (const RetentionSegment *s : candidates) {
            if (free >= d.reserveBytes)
                break;
            d.deletions.push_back({s->id, RetentionReason::Reserve});
            free += s->bytes;
        }
        d.reserveCannotBeMet = free < d.reserveBytes;
    }
    d.freeBytesAfter = free;

    // Days that fit at the current bitrate.
    if (input.totalBitrateBytesPerSecond > 0) {
        const double bytesPerDay = static_cast<double>(input.totalBitrateBytesPerSecond) * 86400.0;
        const double usable =
            static_cast<double>(footageBytes) + static_cast<double>(input.diskFreeBytes) - d.reserveBytes;
        d.daysThatFit = std::max(0.0, usable / bytesPerDay);
        d.fewerDaysThanConfigured = d.daysThatFit < d.configuredDays;
    }
    return d;
}

QString RetentionDecision::warning() const
{
    if (!fewerDaysThanConfigured)
        return {};
    return RetentionPolicy::tr("The disk holds only %1 of the %2 days configured")
        .arg(static_cast<int>(std::floor(daysThatFit)))
        .arg(configuredDays);
}

} // namespace pantau::recording
