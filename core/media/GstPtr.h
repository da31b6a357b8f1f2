#pragma once
// RAII owners for GLib / GStreamer handles. Every gst_*_new / gst_*_get_* that returns a reference
// we own goes straight into one of these; nothing is unref'd by hand.
#include <gst/gst.h>

#include <memory>

namespace pantau::gst {

struct ObjectUnref
{
    void operator()(gpointer p) const
    {
        if (p)
            gst_object_unref(p);
    }
};
struct MiniObjectUnref
{
    void operator()(gpointer p) const
    {
        if (p)
            gst_mini_object_unref(GST_MINI_OBJECT_CAST(p));
    }
};
struct GFree
{
    void operator()(gpointer p) const { g_free(p); }
};
struct GErrorFree
{
    void operator()(GError *e) const
    {
        if (e)
            g_error_free(e);
    }
};
struct MainLoopUnref
{
    void operator()(GMainLoop *l) const
    {
        if (l)
            g_main_loop_unref(l);
    }
};
struct MainContextUnref
{
    void operator()(GMainContext *c) const
    {
        if (c)
            g_main_context_unref(c);
    }
};

template <typename T> using ObjectPtr = std::unique_ptr<T, ObjectUnref>;
template <typename T> using MiniPtr = std::unique_ptr<T, MiniObjectUnref>;
using ElementPtr = ObjectPtr<GstElement>;
using PadPtr = ObjectPtr<GstPad>;
using BusPtr = ObjectPtr<GstBus>;
using CapsPtr = MiniPtr<GstCaps>;
using SamplePtr = MiniPtr<GstSample>;
using BufferPtr = MiniPtr<GstBuffer>;
using MessagePtr = MiniPtr<GstMessage>;
using CharPtr = std::unique_ptr<gchar, GFree>;
using ErrorPtr = std::unique_ptr<GError, GErrorFree>;
using MainLoopPtr = std::unique_ptr<GMainLoop, MainLoopUnref>;
using MainContextPtr = std::unique_ptr<GMainContext, MainContextUnref>;

// Shared ownership of a message that crosses from a streaming thread to the GUI thread.
using SharedMessage = std::shared_ptr<GstMessage>;
inline SharedMessage shareMessage(GstMessage *adopted)
{
    return SharedMessage(adopted, [](GstMessage *m) { gst_message_unref(m); });
}

// Take a floating or new reference from gst_element_factory_make.
inline ElementPtr makeElement(const char *factory, const char *name = nullptr)
{
    GstElement *e = gst_element_factory_make(factory, name);
    if (e)
        gst_object_ref_sink(e);
    return ElementPtr(e);
}

} // namespace pantau::gst
