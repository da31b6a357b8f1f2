#pragma once
// What onboarding learned about one ONVIF device. Plain value types (any thread).
#include <QString>
#include <QUrl>
#include <QVector>

namespace pantau::onvif {

struct OnvifProfile
{
    QString token;
    QString name;
    QString encoding; // "H264", "H265", "JPEG", ...
    int width = 0;
    int height = 0;
    double fps = 0.0;
    bool hasPtz = false; // a PTZ configuration is attached to the profile
    bool fromMedia2 = false;
    QUrl streamUri; // RTSP, empty when GetStreamUri failed
    QUrl snapshotUri;

    qint64 pixels() const { return qint64(width) * height; }
};

struct OnvifDeviceInfo
{
    QUrl deviceUrl;
    QString manufacturer, model, firmware, serial, hardwareId;
    qint64 clockOffsetMs = 0; // device clock minus ours
    QUrl mediaUrl, media2Url, ptzUrl;
    QVector<OnvifProfile> profiles;
    int mainProfile = -1; // indexes into profiles, -1 = none
    int subProfile = -1;

    const OnvifProfile *main() const { return mainProfile >= 0 ? &profiles[mainProfile] : nullptr; }
    const OnvifProfile *sub() const { return subProfile >= 0 ? &profiles[subProfile] : nullptr; }
};

// Pantau's pick: the main stream is the profile with the most pixels; the sub stream is the
// smallest one at least `minSubWidth` wide (and not the main). Profiles without a stream address
// are skipped. Sets info.mainProfile / info.subProfile.
void chooseStreams(OnvifDeviceInfo &info, int minSubWidth = 320);

} // namespace pantau::onvif
