#pragma once
// Builds the GStreamer element graph of one pipeline run, element by element (no user text is
// ever parsed as pipeline syntax): source (rtspsrc, souphttpsrc or filesrc) -> decodebin ->
// videoconvert (only for unusual decoder formats) -> YUV capsfilter -> appsink (max-buffers=1,
// drop). It owns the streaming-thread callbacks and wires them to the run's StreamRun: the appsink
// callback scales each picture to the tile and converts it (FrameConverter) or keeps the decoder's
// planes; the bus handler classifies errors (StreamErrorClassifier); decodebin's hooks configure
// depayloaders and decoders, skip hardware decoders after a fallback and, for keyframes-only
// thumbnails, drop delta frames. What the GUI thread must act on is posted through the StreamRun.
// Private to core/media (StreamPipeline uses it).
//
// Threads: kindOf() and build() on the GUI thread; the callbacks on GStreamer streaming threads.
#include "core/media/StreamSource.h"

#include <memory>

typedef struct _GstElement GstElement;

namespace pantau::media {

struct StreamRun;

enum class SourceKind { Unsupported = 0, Rtsp, Http, File };

class StreamGraph
{
public:
    // What element receives `url`: rtsp(s|t)://, http(s)://, file://; anything else is unsupported.
    static SourceKind kindOf(const QUrl &url);

    struct Built
    {
        GstElement *pipeline = nullptr;       // owned by the caller; in the NULL state
        const char *missingFactory = nullptr; // when no pipeline: the element GStreamer lacks
    };
    // The pipeline for `source` (its kind not Unsupported), its callbacks tied to `run`.
    static Built build(const StreamSource &source, const std::shared_ptr<StreamRun> &run);
};

} // namespace pantau::media
