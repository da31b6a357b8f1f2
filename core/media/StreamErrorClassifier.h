#pragma once
// What a pipeline error means for the stream: a refused password (AuthFailed), a stream that cannot
// be played as configured (Error: no such path on the camera, no plug-in or decoder for it), or
// anything else, which a retry may cure (Offline: refused, timed out, dropped). The tile shows the
// explanation, Pantau's own words for the domain and code in the UI language; GStreamer's (English)
// message is kept as the reason, for the log. It decides only; StreamGraph reads the GStreamer
// error into plain values.
//
// Threads: pure, any thread (called on the streaming thread that posts the error).
#include "core/media/StreamStatus.h"

#include <QCoreApplication>
#include <QString>

namespace pantau::media {

// The GError domain of a GStreamer error.
enum class ErrorDomain { Other = 0, Core, Library, Resource, Stream };

// GStreamer's error codes, by value (gst/gsterror.h, part of its ABI); StreamGraph.cpp checks at
// compile time that they match. Only those the decision or its tests name.
namespace errorcode {
constexpr int CoreFailed = 1;
constexpr int CoreNegotiation = 7;
constexpr int CoreMissingPlugin = 12;
constexpr int ResourceFailed = 1;
constexpr int ResourceNotFound = 3;
constexpr int ResourceBusy = 4;
constexpr int ResourceOpenRead = 5;
constexpr int ResourceOpenReadWrite = 7;
constexpr int ResourceRead = 9;
constexpr int ResourceSettings = 13;
constexpr int ResourceNotAuthorized = 15;
constexpr int StreamFailed = 1;
constexpr int StreamTypeNotFound = 4;
constexpr int StreamWrongType = 5;
constexpr int StreamCodecNotFound = 6;
constexpr int StreamDecode = 7;
} // namespace errorcode

struct StreamErrorClass
{
    StreamState state = StreamState::Invalid;
    QString reason;      // GStreamer's message, as it came: the log
    QString explanation; // what it means, translated: the tile
};

class StreamErrorClassifier
{
    Q_DECLARE_TR_FUNCTIONS(StreamErrorClassifier)
public:
    static StreamErrorClass classify(ErrorDomain domain, int code, const QString &message);
    // The operator's words for a GStreamer error domain and code, in the UI language.
    static QString explain(ErrorDomain domain, int code);
};

} // namespace pantau::media
