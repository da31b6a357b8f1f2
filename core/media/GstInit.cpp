#include "core/media/GstInit.h"

#include "core/Log.h"

#include <gst/gst.h>

namespace pantau::media {

bool initGStreamer()
{
    if (gst_is_initialized())
        return true;
    GError *error = nullptr;
    if (!gst_init_check(nullptr, nullptr, &error)) {
        qCCritical(lcMedia) << "GStreamer failed to initialise:" << (error ? error->message : "unknown");
        if (error)
            g_error_free(error);
        return false;
    }
    qCInfo(lcMedia) << "GStreamer" << gst_version_string();
    return true;
}

bool hasElement(const char *factoryName)
{
    GstElementFactory *f = gst_element_factory_find(factoryName);
    if (!f)
        return false;
    gst_object_unref(f);
    return true;
}

} // namespace pantau::media
