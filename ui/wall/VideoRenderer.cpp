#include "ui/wall/VideoRenderer.h"

#include "core/Log.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

namespace pantau {

bool isSoftwareRasteriser(const QString &glRenderer)
{
    static const char *const kSoftware[] = {
        "llvmpipe", "softpipe", "swrast", "swiftshader", "software rasterizer", "microsoft basic render"};
    const QString r = glRenderer.toLower();
    for (const char *s : kSoftware)
        if (r.contains(QLatin1String(s)))
            return true;
    return false;
}

bool isVideoRendererRequest(const QString &request)
{
    return request == QLatin1String("auto") || request == QLatin1String("cpu") ||
           request == QLatin1String("opengl");
}

VideoRendererChoice chooseVideoRenderer(const QString &request)
{
    VideoRendererChoice choice;
    if (request == QLatin1String("cpu")) {
        choice.reason = QStringLiteral("CPU renderer requested");
        return choice;
    }
    QOpenGLContext context;
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!context.create() || !surface.isValid() || !context.makeCurrent(&surface)) {
        choice.reason = QStringLiteral("no OpenGL context on this display: CPU renderer");
        return choice;
    }
    QOpenGLFunctions *f = context.functions();
    choice.glRenderer = QString::fromLatin1(reinterpret_cast<const char *>(f->glGetString(GL_RENDERER)));
    choice.glVersion = QString::fromLatin1(reinterpret_cast<const char *>(f->glGetString(GL_VERSION)));
    const bool recentEnough = context.format().version() >= qMakePair(3, 0);
    context.doneCurrent();
    if (!recentEnough) {
        choice.reason = QStringLiteral("OpenGL %1 is older than 3.0: CPU renderer").arg(choice.glVersion);
        return choice;
    }
    if (request == QLatin1String("opengl")) {
        choice.renderer = VideoRenderer::OpenGl;
        choice.reason = QStringLiteral("OpenGL renderer requested");
    } else if (isSoftwareRasteriser(choice.glRenderer)) {
        choice.reason = QStringLiteral("%1 draws on the processor: CPU renderer").arg(choice.glRenderer);
    } else {
        choice.renderer = VideoRenderer::OpenGl;
        choice.reason = QStringLiteral("hardware OpenGL: GPU renderer");
    }
    return choice;
}

} // namespace pantau
