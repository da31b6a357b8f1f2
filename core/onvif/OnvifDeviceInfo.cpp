#include "core/onvif/OnvifDeviceInfo.h"

namespace pantau::onvif {

void chooseStreams(OnvifDeviceInfo &info, int minSubWidth)
{
    info.mainProfile = info.subProfile = -1;
    // Some firmware leaves the resolution out of its profiles. Then the device's own order is the
    // best hint there is: vendors list the main stream first and the sub stream second.
    bool anySize = false;
    for (const OnvifProfile &p : std::as_const(info.profiles))
        anySize |= p.pixels() > 0 && p.streamUri.isValid() && !p.streamUri.isEmpty();
    if (!anySize) {
        for (int i = 0; i < info.profiles.size(); ++i) {
            const QUrl &u = info.profiles[i].streamUri;
            if (!u.isValid() || u.isEmpty())
                continue;
            if (info.mainProfile < 0)
                info.mainProfile = i;
            else if (u != info.profiles[info.mainProfile].streamUri) {
                info.subProfile = i;
                break;
            }
        }
        return;
    }
    for (int i = 0; i < info.profiles.size(); ++i) {
        const OnvifProfile &p = info.profiles[i];
        if (!p.streamUri.isValid() || p.streamUri.isEmpty())
            continue;
        if (info.mainProfile < 0 || p.pixels() > info.profiles[info.mainProfile].pixels())
            info.mainProfile = i;
    }
    for (int i = 0; i < info.profiles.size(); ++i) {
        const OnvifProfile &p = info.profiles[i];
        if (i == info.mainProfile || !p.streamUri.isValid() || p.streamUri.isEmpty() || p.width < minSubWidth)
            continue;
        if (info.mainProfile >= 0 && (p.pixels() >= info.profiles[info.mainProfile].pixels() ||
                                      p.streamUri == info.profiles[info.mainProfile].streamUri))
            continue;
        if (info.subProfile < 0 || p.pixels() < info.profiles[info.subProfile].pixels())
            info.subProfile = i;
    }
}

} // namespace pantau::onvif
