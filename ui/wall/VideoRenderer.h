#pragma once
// Which renderer paints the wall's pictures.
//   Cpu:    the streaming threads scale and convert each picture to BGRx (libswscale) and the
//           tile paints it with QPainter. Works everywhere.
//   OpenGl: the streaming threads hand over the decoder's YUV planes and each tile's
//           GlVideoSurface converts and scales them on the GPU.
// "auto" takes OpenGL only where a hardware OpenGL 3.0 (or ES 3.0) context can be made: a
// software rasteriser (Mesa's llvmpipe, softpipe, SwiftShader) draws the shader on the same
// processor and costs more than the CPU renderer's SIMD conversion.
//
// Threads: GUI thread (makes a throw-away OpenGL context).
#include <QString>

namespace pantau {

enum class VideoRenderer { Cpu, OpenGl };

struct VideoRendererChoice
{
    VideoRenderer renderer = VideoRenderer::Cpu;
    QString glRenderer; // GL_RENDERER of the probe context; empty when none could be made
    QString glVersion;  // GL_VERSION likewise
    QString reason;     // one line for the log: why this renderer
};

// `request`: "auto", "cpu" or "opengl". An "opengl" request on a machine without a usable context
// still falls back to the CPU: never a black wall.
VideoRendererChoice chooseVideoRenderer(const QString &request);
// True for renderer strings of software rasterisers.
bool isSoftwareRasteriser(const QString &glRenderer);
// "auto", "cpu", "opengl": the values chooseVideoRenderer() takes.
bool isVideoRendererRequest(const QString &request);

} // namespace pantau
