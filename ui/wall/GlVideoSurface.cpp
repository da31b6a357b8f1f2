#include "ui/wall/GlVideoSurface.h"

#include "core/Log.h"

#include <QGenericMatrix>
#include <QOpenGLContext>
#include <QOpenGLShaderProgram>
#include <QOpenGLVertexArrayObject>
#include <QVector3D>

namespace pantau {

namespace {
// The quad comes from gl_VertexID (a triangle strip of four corners): no vertex buffer.
const char *kVertexShader = R"(
uniform vec4 u_rect; // left, bottom, right, top in normalised device coordinates
out vec2 v_tex;
void main()
{
    vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
    v_tex = vec2(corner.x, 1.0 - corner.y); // texture row 0 is the picture's top row
    gl_Position = vec4(mix(u_rect.xy, u_rect.zw, corner), 0.0, 1.0);
}
)";

const char *kFragmentShader = R"(
in vec2 v_tex;
out vec4 fragColour;
uniform sampler2D u_y;
uniform sampler2D u_u; // U plane, or the interleaved UV plane
uniform sampler2D u_v;
uniform int u_layout;  // 0 planar, 1 semi-planar, 2 grey
uniform bool u_swap;   // V before U (YV12, NV21)
uniform mat3 u_matrix; // Y'CbCr (range-expanded) -> R'G'B'
uniform vec3 u_offset; // black level and chroma zero
void main()
{
    float y = texture(u_y, v_tex).r;
    vec2 uv = vec2(0.5);
    if (u_layout == 0)
        uv = vec2(texture(u_u, v_tex).r, texture(u_v, v_tex).r);
    else if (u_layout == 1)
        uv = texture(u_u, v_tex).rg;
    if (u_swap)
        uv = uv.yx;
    fragColour = vec4(clamp(u_matrix * (vec3(y, uv) - u_offset), 0.0, 1.0), 1.0);
}
)";

// Y'CbCr -> R'G'B' for the picture's matrix, with the range expansion folded in.
QMatrix3x3 conversionMatrix(media::YuvPicture::Matrix matrix, bool fullRange)
{
    double kr = 0.299, kb = 0.114; // BT.601
    if (matrix == media::YuvPicture::Matrix::Bt709) {
        kr = 0.2126;
        kb = 0.0722;
    } else if (matrix == media::YuvPicture::Matrix::Bt2020) {
        kr = 0.2627;
        kb = 0.0593;
    }
    const double kg = 1.0 - kr - kb;
    const double ys = fullRange ? 1.0 : 255.0 / 219.0;
    const double cs = fullRange ? 1.0 : 255.0 / 224.0;
    const double crR = 2.0 * (1.0 - kr), cbB = 2.0 * (1.0 - kb);
    const double cbG = -cbB * kb / kg, crG = -crR * kr / kg;
    const float rows[9] = {float(ys),       0.0f,      float(crR * cs), float(ys), float(cbG * cs),
                           float(crG * cs), float(ys), float(cbB * cs), 0.0f};
    return QMatrix3x3(rows);
}
} // namespace

GlVideoSurface::GlVideoSurface(std::function<void()> paint, QWidget *parent)
    : QOpenGLWidget(parent), m_paint(std::move(paint))
{
    setAttribute(Qt::WA_TransparentForMouseEvents); // clicks, drags and drops belong to the tile
    setFocusPolicy(Qt::NoFocus);
}

GlVideoSurface::~GlVideoSurface()
{
    if (QOpenGLContext *c = context()) {
        // QOpenGLWidget's destructor destroys the context after ours has run: its signal must not
        // reach this half-destroyed object.
        disconnect(c, &QOpenGLContext::aboutToBeDestroyed, this, &GlVideoSurface::onContextDestroyed);
        makeCurrent();
        release();
        doneCurrent();
    }
}

void GlVideoSurface::release()
{
    if (m_textures[0])
        glDeleteTextures(3, m_textures);
    for (int i = 0; i < 3; ++i) {
        m_textures[i] = 0;
        m_textureSizes[i] = {};
    }
    m_uploaded.reset();
    m_program.reset();
    m_vao.reset();
}

void GlVideoSurface::onContextDestroyed()
{
    makeCurrent();
    release();
    doneCurrent();
}

void GlVideoSurface::initializeGL()
{
    // A new context (first show, or moved to another window): everything is made again.
    release();
    initializeOpenGLFunctions();
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &GlVideoSurface::onContextDestroyed,
            Qt::UniqueConnection);
    const QSurfaceFormat format = context()->format();
    const bool es = context()->isOpenGLES();
    if (format.version() < qMakePair(3, 0)) {
        qCWarning(lcUi) << "OpenGL" << format.majorVersion() << format.minorVersion()
                        << "is too old for the GPU renderer (3.0 needed)";
        m_usable = false;
        QMetaObject::invokeMethod(this, &GlVideoSurface::failed, Qt::QueuedConnection);
        return;
    }
    const QByteArray header =
        es ? QByteArrayLiteral("#version 300 es\nprecision highp float;\nprecision highp int;\n")
           : QByteArrayLiteral("#version 130\n");
    m_program = std::make_unique<QOpenGLShaderProgram>();
    if (!m_program->addShaderFromSourceCode(QOpenGLShader::Vertex, header + kVertexShader) ||
        !m_program->addShaderFromSourceCode(QOpenGLShader::Fragment, header + kFragmentShader) ||
        !m_program->link()) {
        qCWarning(lcUi) << "GPU renderer: shader failed:" << m_program->log();
        m_program.reset();
        m_usable = false;
        QMetaObject::invokeMethod(this, &GlVideoSurface::failed, Qt::QueuedConnection);
        return;
    }
    m_program->bind();
    m_program->setUniformValue("u_y", 0);
    m_program->setUniformValue("u_u", 1);
    m_program->setUniformValue("u_v", 2);
    m_program->release();
    m_rectLocation = m_program->uniformLocation("u_rect");
    m_layoutLocation = m_program->uniformLocation("u_layout");
    m_swapLocation = m_program->uniformLocation("u_swap");
    m_matrixLocation = m_program->uniformLocation("u_matrix");
    m_offsetLocation = m_program->uniformLocation("u_offset");
    m_vao = std::make_unique<QOpenGLVertexArrayObject>();
    m_vao->create(); // a core profile draws nothing without one
    glGenTextures(3, m_textures);
    for (GLuint t : m_textures) {
        glBindTexture(GL_TEXTURE_2D, t);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    }
    glBindTexture(GL_TEXTURE_2D, 0);
    m_usable = true;
}

void GlVideoSurface::paintGL()
{
    if (m_paint)
        m_paint();
}

void GlVideoSurface::upload(const media::YuvPicture &picture)
{
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    for (int i = 0; i < picture.planeCount(); ++i) {
        const bool twoChannel = picture.layout() == media::YuvPicture::Layout::SemiPlanar && i == 1;
        const GLenum format = twoChannel ? GL_RG : GL_RED;
        const GLint internal = twoChannel ? GL_RG8 : GL_R8;
        const int bytesPerSample = twoChannel ? 2 : 1;
        const QSize size = picture.planeSize(i);
        glActiveTexture(GL_TEXTURE0 + i);
        glBindTexture(GL_TEXTURE_2D, m_textures[i]);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, picture.strideBytes(i) / bytesPerSample);
        if (size != m_textureSizes[i] || picture.layout() != m_textureLayout) {
            glTexImage2D(GL_TEXTURE_2D, 0, internal, size.width(), size.height(), 0, format, GL_UNSIGNED_BYTE,
                         picture.plane(i));
            m_textureSizes[i] = size;
        } else {
            glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, size.width(), size.height(), format, GL_UNSIGNED_BYTE,
                            picture.plane(i));
        }
    }
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    m_textureLayout = picture.layout();
    ++m_uploads;
}

bool GlVideoSurface::drawPicture(const std::shared_ptr<const media::YuvPicture> &picture,
                                 const QRect &targetPx)
{
    if (!picture || !m_program || targetPx.isEmpty()) // no program: OpenGL failed here
        return false;
    // QPainter leaves its own state behind: set everything this draw depends on.
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_CULL_FACE);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    const QSize viewPx = size() * devicePixelRatioF();
    glViewport(0, 0, viewPx.width(), viewPx.height());
    if (picture != m_uploaded) { // an overlay-only repaint draws the textures it has
        upload(*picture);
        m_uploaded = picture;
    } else {
        for (int i = 0; i < 3; ++i) {
            glActiveTexture(GL_TEXTURE0 + i);
            glBindTexture(GL_TEXTURE_2D, m_textures[i]);
        }
    }
    m_program->bind();
    m_vao->bind();
    const float w = float(viewPx.width()), h = float(viewPx.height());
    glUniform4f(m_rectLocation, targetPx.left() / w * 2 - 1, 1 - (targetPx.top() + targetPx.height()) / h * 2,
                (targetPx.left() + targetPx.width()) / w * 2 - 1, 1 - targetPx.top() / h * 2);
    glUniform1i(m_layoutLocation, int(picture->layout()));
    glUniform1i(m_swapLocation, picture->swapUV() ? 1 : 0);
    m_program->setUniformValue(m_matrixLocation, conversionMatrix(picture->matrix(), picture->fullRange()));
    const float black = picture->fullRange() ? 0.0f : 16.0f / 255.0f;
    m_program->setUniformValue(m_offsetLocation, QVector3D(black, 128.0f / 255.0f, 128.0f / 255.0f));
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    m_vao->release();
    m_program->release();
    for (int i = 2; i >= 0; --i) {
        glActiveTexture(GL_TEXTURE0 + i);
        glBindTexture(GL_TEXTURE_2D, 0);
    }
    return true;
}

} // namespace pantau
