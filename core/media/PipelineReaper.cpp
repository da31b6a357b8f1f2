#include "core/media/PipelineReaper.h"

#include <gst/gst.h>

namespace pantau {

PipelineReaper::PipelineReaper()
{
    m_pool.setMaxThreadCount(4);
    m_pool.setExpiryTimeout(5000);
}

PipelineReaper::~PipelineReaper()
{
    m_pool.waitForDone();
}

void PipelineReaper::dispose(GstElement *pipeline)
{
    if (!pipeline)
        return;
    ++m_pending;
    m_pool.start([this, pipeline] {
        gst_element_set_state(pipeline, GST_STATE_NULL);
        gst_object_unref(pipeline);
        --m_pending;
    });
}

} // namespace pantau
