#pragma once
// The GPU renderer of one tile: an OpenGL child widget covering its TileView. Each decoded
// picture's YUV planes are uploaded as textures (a copy of 1.5 bytes per pixel, no conversion on
// the CPU) and one shader converts them to RGB and scales them into the tile with the GPU's
// bilinear filter. The tile's letterbox bars and overlay are then painted over it with QPainter.
// Mouse events pass through to the TileView underneath.
//
// Threads: GUI thread only (QOpenGLWidget renders on the GUI thread).
#include "core/media/YuvPicture.h"

#include <QOpenGLExtraFunctions>
#include <QOpenGLWidget>

#include <functional>
#include <memory>

class QOpenGLShaderProgram;
class QOpenGLVertexArrayObject;

namespace pantau {

class GlVideoSurface : public QOpenGLWidget, protected QOpenGLExtraFunctions
{
    Q_OBJECT
public:
    // `paint` is called from paintGL(): it draws the picture with drawPicture(), then paints with
    // a QPainter on this widget.
    explicit GlVideoSurface(std::function<void()> paint, QWidget *parent = nullptr);
    ~GlVideoSurface() override;

    // Draws `picture` into `targetPx` (device pixels, this widget's coordinates, y down). Only
    // from inside the paint callback. Returns false when the picture could not be drawn.
    bool drawPicture(const std::shared_ptr<const media::YuvPicture> &picture, const QRect &targetPx);
    // False once OpenGL failed here (no context, shader not compiled); the tile then shows its
    // state instead of pictures.
    bool isUsable() const { return m_usable; }
    quint64 texturesUploaded() const { return m_uploads; }

Q_SIGNALS:
    // OpenGL cannot draw here (too old, shader refused): the owner paints on the CPU instead.
    void failed();

protected:
    void initializeGL() override;
    void paintGL() override;

private:
    void release(); // GL thread, context current: frees GL objects
    void onContextDestroyed();
    void upload(const media::YuvPicture &picture);

    std::function<void()> m_paint;
    std::unique_ptr<QOpenGLShaderProgram> m_program;
    std::unique_ptr<QOpenGLVertexArrayObject> m_vao;
    GLuint m_textures[3] = {};
    QSize m_textureSizes[3];
    media::YuvPicture::Layout m_textureLayout = media::YuvPicture::Layout::Grey;
    std::shared_ptr<const media::YuvPicture> m_uploaded; // what the textures hold
    int m_rectLocation = -1, m_layoutLocation = -1, m_swapLocation = -1, m_matrixLocation = -1,
        m_offsetLocation = -1;
    bool m_usable = true;
    quint64 m_uploads = 0;
};

} // namespace pantau
