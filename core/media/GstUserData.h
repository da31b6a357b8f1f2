#pragma once
// A shared_ptr handed to GLib / GStreamer callbacks as user data: newUserData() makes a heap copy,
// GLib's destroy notify frees it (userDataClosureNotify for signal connections, userDataNotify for
// pad probes, bus sync handlers and app sink callbacks), and the callback reaches the object with
// fromUserData(). So a pipeline run's shared slot lives exactly as long as the last element that
// can call back into it. Any thread.
#include <glib-object.h>

#include <memory>

namespace pantau::gst {

template <typename T> gpointer newUserData(const std::shared_ptr<T> &object)
{
    return new std::shared_ptr<T>(object);
}

template <typename T> void userDataClosureNotify(gpointer data, GClosure *)
{
    delete static_cast<std::shared_ptr<T> *>(data);
}

template <typename T> void userDataNotify(gpointer data)
{
    delete static_cast<std::shared_ptr<T> *>(data);
}

template <typename T> T &fromUserData(gpointer data)
{
    return **static_cast<std::shared_ptr<T> *>(data);
}

} // namespace pantau::gst
