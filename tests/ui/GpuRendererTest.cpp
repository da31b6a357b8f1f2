// The wall's GPU renderer on real OpenGL (a private Xvfb with Mesa, see XvfbServer.h): the
// renderer choice, the shader's colours and geometry for every YUV layout, and a wall of real
// RTSP cameras drawn by it, switching streams without a black frame.
#include <catch2/catch.hpp>

#include "Wait.h"
#include "WallFixture.h"
#include "YuvSamples.h"
#include "ui/wall/GlVideoSurface.h"
#include "ui/wall/TileView.h"
#include "ui/wall/VideoRenderer.h"
#include "ui/wall/WallWindow.h"

#include <QGuiApplication>
#include <QOpenGLContext>

using namespace pantau;
using namespace pantau::test;

namespace {
bool near(QColor a, QColor b, int tolerance = 10)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}
std::string text(QColor c)
{
    return c.name().toStdString();
}
} // namespace

TEST_CASE("The renderer choice takes hardware OpenGL only, and the CPU on request or without a context",
          "[ui][gpu]")
{
    CHECK(isSoftwareRasteriser("llvmpipe (LLVM 15.0.6, 256 bits)"));
    CHECK(isSoftwareRasteriser("softpipe"));
    CHECK(isSoftwareRasteriser("Google SwiftShader"));
    CHECK_FALSE(isSoftwareRasteriser("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
    CHECK_FALSE(isSoftwareRasteriser("NVIDIA GeForce GTX 1050/PCIe/SSE2"));
    CHECK(isVideoRendererRequest("auto"));
    CHECK_FALSE(isVideoRendererRequest("gpu"));

    const VideoRendererChoice cpu = chooseVideoRenderer("cpu");
    CHECK(cpu.renderer == VideoRenderer::Cpu);
    // On Xvfb OpenGL is Mesa's software rasteriser: auto keeps the CPU renderer. On a real GPU's
    // display (PANTAU_TEST_DISPLAY) auto takes OpenGL. A request gets OpenGL either way.
    const VideoRendererChoice automatic = chooseVideoRenderer("auto");
    INFO(automatic.glRenderer.toStdString() << " / " << automatic.reason.toStdString());
    REQUIRE_FALSE(automatic.glRenderer.isEmpty());
    if (qEnvironmentVariableIsEmpty("PANTAU_TEST_DISPLAY"))
        CHECK(isSoftwareRasteriser(automatic.glRenderer));
    CHECK(automatic.renderer ==
          (isSoftwareRasteriser(automatic.glRenderer) ? VideoRenderer::Cpu : VideoRenderer::OpenGl));
    CHECK(chooseVideoRenderer("opengl").renderer == VideoRenderer::OpenGl);
}

TEST_CASE("The GPU renderer draws every YUV layout in its colours and places, letterboxed", "[ui][gpu]")
{
    struct Case
    {
        GstVideoFormat format;
        GstVideoColorMatrix matrix;
        GstVideoColorRange range;
    };
    const Case cases[] = {
        {GST_VIDEO_FORMAT_I420, GST_VIDEO_COLOR_MATRIX_BT601, GST_VIDEO_COLOR_RANGE_16_235},
        {GST_VIDEO_FORMAT_YV12, GST_VIDEO_COLOR_MATRIX_BT601, GST_VIDEO_COLOR_RANGE_16_235},
        {GST_VIDEO_FORMAT_NV12, GST_VIDEO_COLOR_MATRIX_BT601, GST_VIDEO_COLOR_RANGE_16_235},
        {GST_VIDEO_FORMAT_NV21, GST_VIDEO_COLOR_MATRIX_BT601, GST_VIDEO_COLOR_RANGE_16_235},
        {GST_VIDEO_FORMAT_Y42B, GST_VIDEO_COLOR_MATRIX_BT601, GST_VIDEO_COLOR_RANGE_16_235},
        {GST_VIDEO_FORMAT_Y444, GST_VIDEO_COLOR_MATRIX_BT601, GST_VIDEO_COLOR_RANGE_16_235},
        {GST_VIDEO_FORMAT_I420, GST_VIDEO_COLOR_MATRIX_BT709, GST_VIDEO_COLOR_RANGE_16_235},
        {GST_VIDEO_FORMAT_NV12, GST_VIDEO_COLOR_MATRIX_BT709, GST_VIDEO_COLOR_RANGE_0_255},
    };
    const auto colours = quadrantColours();
    // A 16:9 picture with odd-sized strides (100 px wide) in a 4:3 surface: bars above and below.
    const int w = 100, h = 56;
    std::shared_ptr<const media::YuvPicture> picture;
    GlVideoSurface *surface = nullptr;
    QRect drawn;
    GlVideoSurface owner(
        [&] {
            QOpenGLContext::currentContext()->functions()->glClearColor(0, 0, 0, 1);
            QOpenGLContext::currentContext()->functions()->glClear(GL_COLOR_BUFFER_BIT);
            surface->drawPicture(picture, drawn);
        },
        nullptr);
    surface = &owner;
    owner.resize(400, 300);
    owner.show();
    REQUIRE(waitUntil([&] { return owner.isValid(); }, kStateBoundMs));
    REQUIRE(owner.isUsable());
    const QSize px = owner.size() * owner.devicePixelRatioF();
    drawn = QRect(0, (px.height() - px.width() * h / w) / 2, px.width(), px.width() * h / w);
    for (const Case &c : cases) {
        const bool bt709 = c.matrix == GST_VIDEO_COLOR_MATRIX_BT709;
        const bool full = c.range == GST_VIDEO_COLOR_RANGE_0_255;
        INFO(gst_video_format_to_string(c.format)
             << (bt709 ? " BT.709" : " BT.601") << (full ? " full" : " limited"));
        auto sample = yuvSample(
            c.format, w, h, [&](int x, int y) { return yuvOf(colours[quadrantOf(x, y, w, h)], bt709, full); },
            c.matrix, c.range);
        picture = media::YuvPicture::fromSample(sample.get());
        REQUIRE(picture);
        const quint64 uploads = owner.texturesUploaded();
        const QImage image = owner.grabFramebuffer(); // paints with the new picture
        CHECK(owner.texturesUploaded() == uploads + 1);
        REQUIRE(image.size() == px);
        for (int q = 0; q < 4; ++q) {
            const int x = drawn.left() + drawn.width() * (q % 2 ? 3 : 1) / 4;
            const int y = drawn.top() + drawn.height() * (q / 2 ? 3 : 1) / 4;
            const QColor got = image.pixelColor(x, y);
            INFO("quadrant " << q << " got " << text(got) << " want " << text(colours[q]));
            CHECK(near(got, colours[q]));
        }
        // The edges of the picture reach the edges of its rectangle, and nothing outside it.
        CHECK(near(image.pixelColor(1, drawn.top() + 1), colours[0], 16));
        CHECK(near(image.pixelColor(px.width() - 2, drawn.bottom() - 1), colours[3], 16));
        CHECK(image.pixelColor(px.width() / 2, drawn.top() - 3) == QColor(Qt::black));
        CHECK(image.pixelColor(px.width() / 2, drawn.bottom() + 3) == QColor(Qt::black));
    }
    // A repaint of the same picture (an overlay change) uploads nothing.
    const quint64 uploads = owner.texturesUploaded();
    owner.grabFramebuffer();
    CHECK(owner.texturesUploaded() == uploads);
}

TEST_CASE("A wall on the GPU renderer plays real cameras and switches sub to main with no black frame",
          "[ui][gpu][wall]")
{
    WallFixture fx(/*subStreams=*/true);
    StreamSettings settings = fx.pool->settings();
    settings.yuvFrames = true; // what Application sets when the GPU renderer is chosen
    fx.pool->setSettings(settings);
    fx.addLayout("2x2", {"cam0", "cam1", "cam2", "cam3"}, "four");
    WallWindow window(fx.context(), QGuiApplication::primaryScreen());
    fx.settings->setSubStreamMaxHeightPx(300);
    window.resize(800, 450); // tiles about 225 px high: sub stream
    window.show();
    const auto &tiles = window.view()->tiles();
    REQUIRE(tiles.size() == 4);
    for (TileView *t : tiles)
        REQUIRE(t->gpuSurface());
    auto showsOwnColour = [](TileView *t, bool sub) {
        const QColor own = distinctColours()[t->cameraId().mid(3).toInt()];
        return closeTo(centreOf(t->grab().toImage()), sub ? own.darker(250) : own);
    };
    REQUIRE(waitUntil(
        [&] {
            for (TileView *t : tiles)
                if (t->framesPainted() < 3 || !showsOwnColour(t, true))
                    return false;
            return true;
        },
        kPlayingBoundMs));
    TileView *tile = tiles[1];
    CHECK(tile->activeKind() == StreamKind::Sub);
    CHECK(tile->activePipeline()->latestFrame().yuv);
    CHECK(tile->activePipeline()->latestFrame().image.isNull()); // nothing converted on the CPU
    CHECK(tile->gpuSurface()->texturesUploaded() > 0);

    window.view()->setFullScreenTile(1); // 450 px high: main stream wanted
    bool sawBlack = false;
    REQUIRE(waitUntil(
        [&] {
            if (centreOf(tile->grab().toImage()).value() < 20)
                sawBlack = true;
            return tile->activeKind() == StreamKind::Main;
        },
        kPlayingBoundMs));
    CHECK_FALSE(sawBlack);
    CHECK(waitUntil([&] { return showsOwnColour(tile, false); }, kStateBoundMs));
    for (TileView *t : tiles)
        CHECK(t->blackFramesPainted() == 0);
    // The name bar is painted over the picture on the GPU surface too (at the bottom).
    // (QWidget::grab() of the tile would show only the surface's picture: Qt grabs an OpenGL child
    // without what QPainter drew on it. The surface's own framebuffer is what the screen shows.)
    const QImage grab = tile->gpuSurface()->grabFramebuffer();
    const QColor bar = grab.pixelColor(grab.width() / 2, grab.height() - 4);
    CHECK(bar.value() < centreOf(grab).value());
}

TEST_CASE("A tile whose OpenGL fails keeps showing its camera, converted on the CPU", "[ui][gpu][wall]")
{
    WallFixture fx;
    StreamSettings settings = fx.pool->settings();
    settings.yuvFrames = true;
    fx.pool->setSettings(settings);
    fx.addLayout("1x1", {"cam2"}, "one");
    WallWindow window(fx.context(), QGuiApplication::primaryScreen());
    window.resize(640, 360);
    window.show();
    TileView *tile = window.view()->tiles().value(0);
    REQUIRE(tile);
    REQUIRE(tile->gpuSurface());
    REQUIRE(waitUntil([&] { return tile->framesPainted() > 0; }, kPlayingBoundMs));
    tile->useCpuRenderer(); // what the surface's failed() signal leads to
    CHECK_FALSE(tile->gpuSurface());
    const quint64 painted = tile->framesPainted();
    REQUIRE(waitUntil([&] { return tile->framesPainted() > painted + 5; }, kStateBoundMs));
    CHECK(tile->activePipeline()->latestFrame().yuv); // the pool still hands over YUV planes
    CHECK(closeTo(centreOf(tile->grab().toImage()), distinctColours()[2]));
    CHECK(tile->blackFramesPainted() == 0);
}
