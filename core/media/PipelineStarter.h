#pragma once
// Runs the slow start of a new pipeline (making its elements, opening its file or connection,
// going to PLAYING) off the GUI thread: at 8x playback 16 tiles reach the end of their files
// together, and each start took the GUI thread 3 to 30 ms, so every tile fell behind the clock.
// start() is for the GUI thread; the jobs run on a small private thread pool, and the destructor
// waits for every job to finish. A job owns what it made until its caller takes it.
#include <QThreadPool>

#include <functional>

namespace pantau {

class PipelineStarter
{
public:
    PipelineStarter();
    ~PipelineStarter();
    void start(std::function<void()> job);
    void waitForDone() { m_pool.waitForDone(); }

private:
    QThreadPool m_pool;
};

} // namespace pantau
