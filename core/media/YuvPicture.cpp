#include "core/media/YuvPicture.h"

#include "core/media/FrameConverter.h"

#include <gst/video/video.h>

#include <algorithm>

namespace pantau::media {

struct YuvPicture::Mapping
{
    GstVideoFrame frame;
    ~Mapping() { gst_video_frame_unmap(&frame); } // also drops the buffer reference the map took
};

YuvPicture::~YuvPicture() = default;

std::shared_ptr<const YuvPicture> YuvPicture::fromSample(GstSample *sample)
{
    if (!sample)
        return nullptr;
    GstVideoInfo info;
    GstBuffer *buffer = gst_sample_get_buffer(sample);
    if (!buffer || !gst_video_info_from_caps(&info, gst_sample_get_caps(sample)))
        return nullptr;
    std::shared_ptr<YuvPicture> p(new YuvPicture);
    switch (GST_VIDEO_INFO_FORMAT(&info)) {
    case GST_VIDEO_FORMAT_I420:
    case GST_VIDEO_FORMAT_Y42B:
    case GST_VIDEO_FORMAT_Y444:
        p->m_layout = Layout::Planar;
        break;
    case GST_VIDEO_FORMAT_YV12:
        p->m_layout = Layout::Planar;
        p->m_swapUV = true;
        break;
    case GST_VIDEO_FORMAT_NV12:
        p->m_layout = Layout::SemiPlanar;
        break;
    case GST_VIDEO_FORMAT_NV21:
        p->m_layout = Layout::SemiPlanar;
        p->m_swapUV = true;
        break;
    case GST_VIDEO_FORMAT_GRAY8:
        p->m_layout = Layout::Grey;
        break;
    default:
        return nullptr;
    }
    auto mapping = std::make_unique<Mapping>();
    // The map takes its own reference on the buffer; unmapping releases it.
    if (!gst_video_frame_map(&mapping->frame, &info, buffer, GST_MAP_READ))
        return nullptr;
    p->m_mapping = std::move(mapping);
    const GstVideoFrame &f = p->m_mapping->frame;
    p->m_size = QSize(GST_VIDEO_INFO_WIDTH(&info), GST_VIDEO_INFO_HEIGHT(&info));
    p->m_displaySize = FrameConverter::displaySize(p->m_size, info.par_n, info.par_d);
    p->m_planeCount = int(std::min<guint>(GST_VIDEO_FRAME_N_PLANES(&f), 3));
    for (int i = 0; i < p->m_planeCount; ++i) {
        p->m_planes[i] = static_cast<const uchar *>(GST_VIDEO_FRAME_PLANE_DATA(&f, i));
        p->m_strides[i] = GST_VIDEO_FRAME_PLANE_STRIDE(&f, i);
        // Plane 0 holds Y (component 0); planes 1 and 2 hold chroma, whose components 1 and 2
        // have the same size (an NV12 UV plane: one two-byte sample per chroma pixel).
        const int comp = i == 0 ? 0 : 1;
        const int w = GST_VIDEO_FRAME_COMP_WIDTH(&f, comp);
        const int h = GST_VIDEO_FRAME_COMP_HEIGHT(&f, comp);
        p->m_planeSizes[i] = QSize(w, h);
    }
    switch (info.colorimetry.matrix) {
    case GST_VIDEO_COLOR_MATRIX_BT709:
        p->m_matrix = Matrix::Bt709;
        break;
    case GST_VIDEO_COLOR_MATRIX_BT2020:
        p->m_matrix = Matrix::Bt2020;
        break;
    default:
        p->m_matrix = Matrix::Bt601;
        break;
    }
    p->m_fullRange = info.colorimetry.range == GST_VIDEO_COLOR_RANGE_0_255;
    return p;
}

const GstVideoFrame &YuvPicture::videoFrame() const
{
    return m_mapping->frame;
}

QImage YuvPicture::luma() const
{
    if (!m_planes[0])
        return {};
    return QImage(m_planes[0], m_size.width(), m_size.height(), m_strides[0], QImage::Format_Grayscale8);
}

} // namespace pantau::media
