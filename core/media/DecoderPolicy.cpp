#include "core/media/DecoderPolicy.h"

#include "core/Log.h"

#include <gst/gst.h>

#include <cstring>

namespace pantau::media {

namespace {
bool isVideoDecoder(GstElementFactory *factory)
{
    const gchar *klass = gst_element_factory_get_metadata(factory, GST_ELEMENT_METADATA_KLASS);
    return klass && std::strstr(klass, "Decoder") && std::strstr(klass, "Video");
}

// Added to a hardware decoder's own rank: above FFmpeg's decoders (GST_RANK_PRIMARY), so decodebin
// tries the hardware first, in the order the plugins ranked them (the newer `va` elements before
// the older `vaapi` ones); one that cannot take the stream's caps or open its device is skipped
// by decodebin itself.
constexpr guint kHardwareRank = GST_RANK_PRIMARY + 64;

GList *videoDecoderFactories()
{
    return gst_element_factory_list_get_elements(
        GST_ELEMENT_FACTORY_TYPE_DECODER | GST_ELEMENT_FACTORY_TYPE_MEDIA_VIDEO, GST_RANK_NONE);
}
} // namespace

HardwareDecoding DecoderPolicy::fromEnvironment()
{
    const QByteArray v = qgetenv("PANTAU_HW_DECODE").trimmed().toLower();
    return (v == "0" || v == "off" || v == "no" || v == "false") ? HardwareDecoding::Off
                                                                 : HardwareDecoding::Auto;
}

bool DecoderPolicy::isHardwareDecoder(GstElementFactory *factory)
{
    if (!factory || !isVideoDecoder(factory))
        return false;
    const gchar *klass = gst_element_factory_get_metadata(factory, GST_ELEMENT_METADATA_KLASS);
    if (klass && std::strstr(klass, "Hardware"))
        return true;
    const gchar *name = GST_OBJECT_NAME(factory);
    return name && g_str_has_prefix(name, "vaapi");
}

QStringList DecoderPolicy::hardwareDecoders()
{
    QStringList names;
    GList *list = videoDecoderFactories();
    list = g_list_sort(list, gst_plugin_feature_rank_compare_func);
    for (GList *l = list; l; l = l->next) {
        auto *f = GST_ELEMENT_FACTORY(l->data);
        if (isHardwareDecoder(f))
            names << QString::fromUtf8(GST_OBJECT_NAME(f));
    }
    gst_plugin_feature_list_free(list);
    return names;
}

void DecoderPolicy::apply(HardwareDecoding mode)
{
    GList *list = videoDecoderFactories();
    QStringList changed;
    for (GList *l = list; l; l = l->next) {
        auto *f = GST_ELEMENT_FACTORY(l->data);
        if (!isHardwareDecoder(f))
            continue;
        // The rank the plugin gave it, kept on the factory the first time (apply may run again).
        auto *feature = GST_PLUGIN_FEATURE(f);
        gpointer stored = g_object_get_data(G_OBJECT(f), "pantau-original-rank");
        if (!stored) {
            stored = GUINT_TO_POINTER(gst_plugin_feature_get_rank(feature) + 1);
            g_object_set_data(G_OBJECT(f), "pantau-original-rank", stored);
        }
        const guint original = GPOINTER_TO_UINT(stored) - 1;
        // Decoders their plugin keeps out of autoplugging (experimental, duplicates per device)
        // stay out; the others keep their order among themselves, all above software decoders.
        if (original == GST_RANK_NONE)
            continue;
        gst_plugin_feature_set_rank(feature, mode == HardwareDecoding::Auto ? kHardwareRank + original
                                                                            : guint(GST_RANK_NONE));
        changed << QString::fromUtf8(GST_OBJECT_NAME(f));
    }
    gst_plugin_feature_list_free(list);
    if (mode == HardwareDecoding::Off)
        qCInfo(lcMedia) << "hardware decoding off; not using" << changed;
    else if (changed.isEmpty())
        qCInfo(lcMedia) << "no hardware video decoder on this machine: decoding in software";
    else
        qCInfo(lcMedia) << "hardware video decoders preferred:" << changed;
}

} // namespace pantau::media
