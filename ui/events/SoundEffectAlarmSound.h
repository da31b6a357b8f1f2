#pragma once
// The alarm's tones through Qt Multimedia: one QSoundEffect per tone, loaded from the WAV files
// compiled into the program (resources/sounds, ":/sounds/"). On a machine without an audio
// device QSoundEffect plays nothing and says so in Qt's log; the alarm goes on (tiles flash).
// GUI thread only.
#include "core/events/AlarmSound.h"

#include <QObject>

#include <memory>

class QSoundEffect;

namespace pantau {

class SoundEffectAlarmSound : public QObject, public events::AlarmSound
{
    Q_OBJECT
public:
    explicit SoundEffectAlarmSound(QObject *parent = nullptr);
    ~SoundEffectAlarmSound() override;

    void play(events::AlarmTone tone) override;
    void stop() override;
    // The file behind a tone ("qrc:/sounds/alarm-high.wav"); empty for None.
    static QString sourceOf(events::AlarmTone tone);
    QSoundEffect *effect(events::AlarmTone tone) const;

private:
    QSoundEffect *m_high;
    QSoundEffect *m_medium;
};

} // namespace pantau
