#pragma once
// Keeps the buffers of an RTP buffer list that a filter accepts, in order, for pad probes that
// see both single buffers and lists (the wall's RTP keyframe filter, the bench's baseline).
// Streaming thread of the probe that calls it.
#include <gst/gst.h>

#include <vector>

namespace pantau::media {

// `keep(buffer)` is asked once per buffer, in order. Returns nullptr when it kept none (the probe
// drops the list); otherwise the list to pass on (made writable when some were removed).
template <typename Keep> GstBufferList *keepBuffers(GstBufferList *list, Keep &&keep)
{
    const guint n = gst_buffer_list_length(list);
    std::vector<bool> kept(n);
    bool any = false;
    for (guint i = 0; i < n; ++i)
        any |= kept[i] = keep(gst_buffer_list_get(list, i));
    if (!any)
        return nullptr;
    list = gst_buffer_list_make_writable(list);
    for (guint i = n; i-- > 0;)
        if (!kept[i])
            gst_buffer_list_remove(list, i, 1);
    return list;
}

} // namespace pantau::media
