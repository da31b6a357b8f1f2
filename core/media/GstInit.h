#pragma once
// Called once by main() and by test mains before any pipeline is built (GUI thread).
namespace pantau::media {
// Initialises GStreamer; returns false (and logs) when it cannot. Safe to call more than once.
bool initGStreamer();
// True when the element factory exists (decoders, encoders, sources).
bool hasElement(const char *factoryName);
} // namespace pantau::media
