#pragma once
// Where the alarm's tones go: Qt Multimedia's QSoundEffect in Pantau (ui/events/SoundEffectAlarmSound),
// a recording fake in tests, so the alarm runs headless. GUI thread.
#include "core/events/AlarmPolicy.h"

namespace pantau::events {

class AlarmSound
{
public:
    virtual ~AlarmSound() = default;
    virtual void play(AlarmTone tone) = 0; // once; a tone already playing starts over
    virtual void stop() = 0;               // silences whatever plays
};

} // namespace pantau::events
