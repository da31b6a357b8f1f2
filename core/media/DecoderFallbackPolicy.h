#pragma once
// When a stream leaves the hardware decoder: the hardware decoder reported an error, or any error
// came (often posted by the element upstream whose task the decoder stopped, e.g. not-negotiated)
// or the connect timeout passed while a hardware decoder had not delivered a single picture. Then
// the stream is rebuilt at once in software, without counting it as the camera's failure, and
// stays in software until its source changes. It decides only: StreamPipeline rebuilds.
// (Which decoders count as hardware, and their ranks: DecoderPolicy.)
//
// Threads: one per StreamPipeline, GUI thread only.
#include <QtGlobal>

namespace pantau::media {

class DecoderFallbackPolicy
{
public:
    // A pipeline error. `decoderIsHardware` and `framesReceived` describe the current run.
    // True: rebuild in software now (from here on softwareOnly()). False: handle it as an error.
    bool fallBackOnError(bool errorFromHardwareDecoder, bool decoderIsHardware, quint64 framesReceived);
    // The connect timeout passed with no picture. True: rebuild in software now.
    bool fallBackOnNoPicture(bool decoderIsHardware, quint64 framesReceived);

    // Decodebin must skip hardware decoders for this stream.
    bool softwareOnly() const { return m_softwareOnly; }
    // Another source (address, transport...): it may suit the hardware decoder.
    void sourceChanged() { m_softwareOnly = false; }

private:
    bool fallBack();

    bool m_softwareOnly = false;
};

} // namespace pantau::media
