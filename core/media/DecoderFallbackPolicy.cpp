#include "core/media/DecoderFallbackPolicy.h"

namespace pantau::media {

namespace {
bool hardwareNeverDelivered(bool decoderIsHardware, quint64 framesReceived)
{
    return decoderIsHardware && framesReceived == 0;
}
} // namespace

bool DecoderFallbackPolicy::fallBackOnError(bool errorFromHardwareDecoder, bool decoderIsHardware,
                                            quint64 framesReceived)
{
    if (!errorFromHardwareDecoder && !hardwareNeverDelivered(decoderIsHardware, framesReceived))
        return false;
    return fallBack();
}

bool DecoderFallbackPolicy::fallBackOnNoPicture(bool decoderIsHardware, quint64 framesReceived)
{
    if (!hardwareNeverDelivered(decoderIsHardware, framesReceived))
        return false;
    return fallBack();
}

bool DecoderFallbackPolicy::fallBack()
{
    if (m_softwareOnly)
        return false; // already in software: nothing left to fall back to
    m_softwareOnly = true;
    return true;
}

} // namespace pantau::media
