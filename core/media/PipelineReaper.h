#pragma once
// Takes finished pipelines and brings them to NULL state off the GUI thread: an RTSP source
// talking to a dead camera can block its teardown for seconds, and the wall must not freeze.
// dispose() is for the GUI thread; the work runs on a small private thread pool, and the
// destructor waits for every pipeline to be gone.
#include <QThreadPool>

#include <atomic>

typedef struct _GstElement GstElement;

namespace pantau {

class PipelineReaper
{
public:
    PipelineReaper();
    ~PipelineReaper();
    void dispose(GstElement *adoptedPipeline);
    void waitForDone() { m_pool.waitForDone(); }
    // Pipelines handed over and not yet gone (any thread): they still hold their memory.
    int pending() const { return m_pending.load(); }

private:
    QThreadPool m_pool;
    std::atomic<int> m_pending{0};
};

} // namespace pantau
