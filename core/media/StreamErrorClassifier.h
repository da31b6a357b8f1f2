#pragma once
// What a pipeline error means for the stream: a refused password (AuthFailed), a stream that cannot
// be played as configured (Error: no such path on the camera, no plug-in or decoder for it), or
// anything else, which a retry may cure (Offline: refused, timed out, dropped). The reason shown is
// GStreamer's message. It decides only; StreamPipeline reads the GStreamer error into plain values.
//
// Threads: pure, any thread (called on the streaming thread that posts the error).
#include "core/media/StreamStatus.h"

#include <QString>

namespace pantau::media {

// The GError domain of a GStreamer error.
enum class ErrorDomain { Other = 0, Core, Library, Resource, Stream };

// GStreamer's error codes, by value (gst/gsterror.h, part of its ABI); StreamPipeline.cpp checks at
// compile time that they match. Only those the decision or its tests name.
namespace errorcode {
enum Core : int { CoreFailed = 1, CoreNegotiation = 7, CoreMissingPlugin = 12 };
enum Resource : int {
    ResourceFailed = 1,
    ResourceNotFound = 3,
    ResourceBusy = 4,
    ResourceOpenRead = 5,
    ResourceOpenReadWrite = 7,
    ResourceRead = 9,
    ResourceSettings = 13,
    ResourceNotAuthorized = 15,
};
enum Stream : int {
    StreamFailed = 1,
    StreamTypeNotFound = 4,
    StreamWrongType = 5,
    StreamCodecNotFound = 6,
    StreamDecode = 7,
};
} // namespace errorcode

struct StreamErrorClass
{
    StreamState state = StreamState::Invalid;
    QString reason;
};

class StreamErrorClassifier
{
public:
    static StreamErrorClass classify(ErrorDomain domain, int code, const QString &message);
};

} // namespace pantau::media
