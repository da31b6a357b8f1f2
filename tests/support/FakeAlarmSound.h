#pragma once
// The alarm's sound in tests: records every tone asked for and every stop.
#include "core/events/AlarmSound.h"

#include <QVector>

namespace pantau::test {

class FakeAlarmSound : public events::AlarmSound
{
public:
    void play(events::AlarmTone tone) override { played.push_back(tone); }
    void stop() override { ++stops; }
    int count(events::AlarmTone tone) const { return int(played.count(tone)); }

    QVector<events::AlarmTone> played;
    int stops = 0;
};

} // namespace pantau::test
