#include "ui/events/SoundEffectAlarmSound.h"

#include "core/Log.h"

#include <QSoundEffect>
#include <QUrl>

namespace pantau {

using events::AlarmTone;

SoundEffectAlarmSound::SoundEffectAlarmSound(QObject *parent)
    : QObject(parent), m_high(new QSoundEffect(this)), m_medium(new QSoundEffect(this))
{
    m_high->setSource(QUrl(sourceOf(AlarmTone::High)));
    m_medium->setSource(QUrl(sourceOf(AlarmTone::Medium)));
    m_high->setVolume(1.0);
    m_medium->setVolume(0.8);
}

SoundEffectAlarmSound::~SoundEffectAlarmSound() = default;

QString SoundEffectAlarmSound::sourceOf(AlarmTone tone)
{
    switch (tone) {
    case AlarmTone::High:
        return QStringLiteral("qrc:/sounds/alarm-high.wav");
    case AlarmTone::Medium:
        return QStringLiteral("qrc:/sounds/alarm-medium.wav");
    case AlarmTone::None:
        break;
    }
    return QString();
}

QSoundEffect *SoundEffectAlarmSound::effect(AlarmTone tone) const
{
    return tone == AlarmTone::High ? m_high : tone == AlarmTone::Medium ? m_medium : nullptr;
}

void SoundEffectAlarmSound::play(AlarmTone tone)
{
    QSoundEffect *e = effect(tone);
    if (!e)
        return;
    if (e->status() == QSoundEffect::Error)
        qCWarning(lcEvents) << "alarm tone" << e->source() << "cannot be played";
    e->stop();
    e->play();
}

void SoundEffectAlarmSound::stop()
{
    m_high->stop();
    m_medium->stop();
}

} // namespace pantau
