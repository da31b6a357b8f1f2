#include "core/media/PipelineStarter.h"

namespace pantau {

PipelineStarter::PipelineStarter()
{
    m_pool.setMaxThreadCount(4);
    m_pool.setExpiryTimeout(5000);
}

PipelineStarter::~PipelineStarter()
{
    m_pool.waitForDone();
}

void PipelineStarter::start(std::function<void()> job)
{
    m_pool.start(std::move(job));
}

} // namespace pantau
