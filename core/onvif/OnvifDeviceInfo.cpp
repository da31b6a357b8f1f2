#include "OnvifDeviceInfo.h"

namespace pantau::onvif {

void chooseStreams(OnvifDeviceInfo &info, int minSubWidth)
{
    info.mainProfile = info.subProfile = -1;
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
