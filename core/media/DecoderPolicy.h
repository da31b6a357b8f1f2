#pragma once
// Which video decoders decodebin may plug in. Hardware decoders (VA-API, NVDEC, V4L2 stateless,
// Intel QSV...) register their GStreamer elements only on a machine whose GPU and driver offer
// them, so "registered" means "this machine can decode there". With hardware decoding on, Pantau
// ranks them above FFmpeg's software decoders; with it off, they are never plugged in. A pipeline
// whose hardware decoder fails goes on in software (StreamPipeline).
//
// Threads: apply() once on the GUI thread before pipelines start; the queries are read-only and
// safe from streaming threads.
#include <QStringList>

typedef struct _GstElementFactory GstElementFactory;

namespace pantau::media {

enum class HardwareDecoding { Auto, Off };

class DecoderPolicy
{
public:
    // The choice from the environment: PANTAU_HW_DECODE=0 turns hardware decoding off.
    static HardwareDecoding fromEnvironment();

    // Ranks the registered hardware video decoders above software ones (Auto) or out of reach (Off).
    static void apply(HardwareDecoding mode);

    // Hardware video decoders registered on this machine (factory names), best first.
    static QStringList hardwareDecoders();

    // A video decoder that runs on a GPU or other hardware block. By GStreamer's convention their
    // class says "Hardware"; gstreamer-vaapi's older elements do not, so they go by name.
    static bool isHardwareDecoder(GstElementFactory *factory);
};

} // namespace pantau::media
