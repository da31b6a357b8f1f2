#include "app/demo/ClipRtspServer.h"

#include "core/Log.h"
#include "core/media/GstPtr.h"

#include <QHash>
#include <QMutex>

#include <gst/app/gstappsrc.h>
#include <gst/rtp/gstrtpbuffer.h>
#include <gst/rtsp-server/rtsp-server.h>

#include <atomic>
#include <thread>

namespace pantau::demo {

namespace {

struct Mount
{
    QString path;
    Codec codec = Codec::H264;
    bool serverParses = true;
    QMutex mutex;
    std::shared_ptr<const EncodedClip> clip;
    std::atomic<bool> frozen{false};
    std::atomic<qint64> framesSent{0}; // access units into the payloader (streaming threads)
    std::atomic<qint64> rtpJumpMs{0};  // added to every RTP timestamp sent (90 kHz video clock)

    std::shared_ptr<const EncodedClip> currentClip()
    {
        QMutexLocker lock(&mutex);
        return clip;
    }
};

// One per prepared media: pushes the clip's access units in real time (server thread only).
struct Pusher
{
    GstElement *appsrc = nullptr;  // owned reference
    GstRTSPMedia *media = nullptr; // owned reference; its "unprepared" handler points at Impl
    std::shared_ptr<Mount> mount;
    gint64 startUs = -1;
    qint64 pushed = 0;
    GstClockTime firstRunningTime = GST_CLOCK_TIME_NONE; // with even timestamps: frame 0's
};

// Streaming thread (the payloader): shift the RTP timestamp by the mount's jumps.
GstPadProbeReturn jumpRtpTimestamp(GstPad *, GstPadProbeInfo *info, gpointer user)
{
    const qint64 jumpMs = (*static_cast<std::shared_ptr<Mount> *>(user))->rtpJumpMs.load();
    if (jumpMs == 0)
        return GST_PAD_PROBE_OK;
    GstBuffer *buffer = gst_buffer_make_writable(GST_PAD_PROBE_INFO_BUFFER(info));
    GST_PAD_PROBE_INFO_DATA(info) = buffer;
    GstRTPBuffer rtp = GST_RTP_BUFFER_INIT;
    if (gst_rtp_buffer_map(buffer, GST_MAP_READWRITE, &rtp)) {
        gst_rtp_buffer_set_timestamp(&rtp, gst_rtp_buffer_get_timestamp(&rtp) + guint32(jumpMs * 90));
        gst_rtp_buffer_unmap(&rtp);
    }
    return GST_PAD_PROBE_OK;
}

// Server thread: the media's RTP session takes its sender reports' NTP time from the pipeline
// clock (which is then the offset clock).
void useClockForSenderReports(GstBin *, GstBin *, GstElement *element, gpointer)
{
    if (g_str_has_prefix(GST_OBJECT_NAME(element), "rtpbin") &&
        g_object_class_find_property(G_OBJECT_GET_CLASS(element), "ntp-time-source"))
        gst_util_set_object_arg(G_OBJECT(element), "ntp-time-source", "clock-time");
}

void releaseUnit(gpointer p)
{
    delete static_cast<QByteArray *>(p);
}

// Runs `fn` on the server thread, in order. (g_main_context_invoke would run it right here when
// the server thread has not taken the context yet, and a quit issued that way is lost.)
void runOnServerThread(GMainContext *context, GSourceFunc fn, gpointer data)
{
    GSource *idle = g_idle_source_new();
    g_source_set_callback(idle, fn, data, nullptr);
    g_source_attach(idle, context);
    g_source_unref(idle);
}

} // namespace

struct ClipRtspServer::Impl
{
    QHash<QString, std::shared_ptr<Mount>> mounts;
    std::function<void(const QString &, qint64)> pushStartObserver;
    QString username, password;
    bool evenTimestamps = false;
    qint64 senderClockOffsetMs = 0;
    gst::ObjectPtr<GstClock> senderClock; // this PC's clock on the NTP epoch, plus the offset

    GstRTSPServer *server = nullptr;
    gst::MainContextPtr context;
    gst::MainLoopPtr loop;
    GSource *serverSource = nullptr;
    GSource *pushSource = nullptr;
    std::thread thread;
    quint16 port = 0;
    QMutex pushersMutex; // media callbacks may come from rtsp-server worker threads
    std::vector<Pusher> pushers;
    bool stopped = false; // under pushersMutex: no media is taken on once stop() began

    void mountFactory(const std::shared_ptr<Mount> &m)
    {
        GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
        // A fixed description of our own; no outside text is ever part of it.
        const bool h265 = m->codec == Codec::H265;
        const QByteArray launch =
            QByteArrayLiteral("( appsrc name=src is-live=true do-timestamp=true format=time ! ") +
            (m->serverParses ? (h265 ? "h265parse ! " : "h264parse ! ") : "") +
            (h265 ? "rtph265pay" : "rtph264pay") + " name=pay0 pt=96 config-interval=-1 )";
        gst_rtsp_media_factory_set_launch(factory, launch.constData());
        gst_rtsp_media_factory_set_shared(factory, TRUE);
        if (!username.isEmpty())
            gst_rtsp_media_factory_add_role(factory, "user", GST_RTSP_PERM_MEDIA_FACTORY_ACCESS,
                                            G_TYPE_BOOLEAN, TRUE, GST_RTSP_PERM_MEDIA_FACTORY_CONSTRUCT,
                                            G_TYPE_BOOLEAN, TRUE, nullptr);
        auto *ctx = new std::pair<Impl *, std::shared_ptr<Mount>>(this, m);
        g_signal_connect_data(
            factory, "media-configure", G_CALLBACK(&Impl::onMediaConfigure), ctx,
            [](gpointer p, GClosure *) {
                delete static_cast<std::pair<Impl *, std::shared_ptr<Mount>> *>(p);
            },
            GConnectFlags(0));
        gst::ObjectPtr<GstRTSPMountPoints> points(gst_rtsp_server_get_mount_points(server));
        gst_rtsp_mount_points_add_factory(points.get(), ('/' + m->path).toUtf8().constData(), factory);
    }

    // Server thread: a client asked for a mount that has no media yet.
    static void onMediaConfigure(GstRTSPMediaFactory *, GstRTSPMedia *media, gpointer user)
    {
        auto *ctx = static_cast<std::pair<Impl *, std::shared_ptr<Mount>> *>(user);
        gst::ElementPtr bin(gst_rtsp_media_get_element(media));
        GstElement *appsrc = gst_bin_get_by_name(GST_BIN(bin.get()), "src");
        if (!appsrc)
            return;
        const Codec codec = ctx->second->codec;
        gst::CapsPtr caps(gst_caps_from_string(codec == Codec::H265
                                                   ? "video/x-h265,stream-format=byte-stream,alignment=au"
                                                   : "video/x-h264,stream-format=byte-stream,alignment=au"));
        g_object_set(appsrc, "caps", caps.get(), "max-bytes", guint64(4 * 1024 * 1024), "do-timestamp",
                     !ctx->first->evenTimestamps, nullptr);
        gst_util_set_object_arg(G_OBJECT(appsrc), "leaky-type", "upstream");
        if (gst::ElementPtr pay{gst_bin_get_by_name(GST_BIN(bin.get()), "pay0")}) {
            gst::PadPtr sink(gst_element_get_static_pad(pay.get(), "sink"));
            gst_pad_add_probe(
                sink.get(), GST_PAD_PROBE_TYPE_BUFFER,
                [](GstPad *, GstPadProbeInfo *, gpointer mount) {
                    ++static_cast<std::shared_ptr<Mount> *>(mount)->get()->framesSent;
                    return GST_PAD_PROBE_OK;
                },
                new std::shared_ptr<Mount>(ctx->second),
                [](gpointer mount) { delete static_cast<std::shared_ptr<Mount> *>(mount); });
        }
        if (GstElement *pay = gst_bin_get_by_name(GST_BIN(bin.get()), "pay0")) {
            gst::PadPtr src(gst_element_get_static_pad(pay, "src"));
            gst_pad_add_probe(src.get(), GST_PAD_PROBE_TYPE_BUFFER, &jumpRtpTimestamp,
                              new std::shared_ptr<Mount>(ctx->second),
                              [](gpointer p) { delete static_cast<std::shared_ptr<Mount> *>(p); });
            gst_object_unref(pay);
        }
        if (ctx->first->senderClock) {
            gst_rtsp_media_set_clock(media, ctx->first->senderClock.get());
            if (GstObject *pipeline = gst_object_get_parent(GST_OBJECT(bin.get()))) {
                g_signal_connect(pipeline, "deep-element-added", G_CALLBACK(&useClockForSenderReports),
                                 nullptr);
                gst_object_unref(pipeline);
            }
        }
        QMutexLocker lock(&ctx->first->pushersMutex);
        if (ctx->first->stopped) {
            gst_object_unref(appsrc);
            return;
        }
        ctx->first->pushers.push_back(
            {appsrc, GST_RTSP_MEDIA(gst_object_ref(media)), ctx->second, -1, 0, GST_CLOCK_TIME_NONE});
        g_signal_connect(media, "unprepared", G_CALLBACK(&Impl::onUnprepared), ctx->first);
        g_object_set_data(G_OBJECT(media), "pantau-appsrc", appsrc);
    }

    // Server thread: the last client left; forget its source.
    static void onUnprepared(GstRTSPMedia *media, gpointer user)
    {
        auto *self = static_cast<Impl *>(user);
        auto *appsrc = static_cast<GstElement *>(g_object_get_data(G_OBJECT(media), "pantau-appsrc"));
        QMutexLocker lock(&self->pushersMutex);
        std::erase_if(self->pushers, [self, appsrc](Pusher &p) {
            if (p.appsrc != appsrc)
                return false;
            self->release(p);
            return true;
        });
    }

    // Server thread, every few ms: push every frame that is due, looping the clip.
    static gboolean onPushTick(gpointer user)
    {
        auto *self = static_cast<Impl *>(user);
        const gint64 nowUs = g_get_monotonic_time();
        QMutexLocker lock(&self->pushersMutex);
        for (Pusher &p : self->pushers) {
            const auto clip = p.mount->currentClip();
            if (!clip || !clip->isValid() || clip->spec.fps <= 0)
                continue; // still encoding: the client sees "connecting"
            // Only a playing media has a clock to stamp buffers with; before that, wait.
            if (GST_STATE(p.appsrc) != GST_STATE_PLAYING)
                continue;
            const gint64 frameUs = 1000000 / std::max(1, clip->spec.fps);
            if (p.startUs < 0) {
                p.startUs = nowUs;
                if (self->evenTimestamps) {
                    gst::ObjectPtr<GstClock> clock(gst_element_get_clock(p.appsrc));
                    p.firstRunningTime =
                        clock ? gst_clock_get_time(clock.get()) - gst_element_get_base_time(p.appsrc) : 0;
                }
                if (self->pushStartObserver)
                    self->pushStartObserver(p.mount->path, nowUs);
            }
            const qint64 due = (nowUs - p.startUs) / frameUs + 1;
            if (p.mount->frozen) {
                p.pushed = due; // nothing sent, and no backlog when it thaws
                continue;
            }
            for (; p.pushed < due; ++p.pushed) {
                const auto &unit = clip->units[int(p.pushed % clip->units.size())];
                auto *hold = new QByteArray(unit); // shares the bytes; freed with the buffer
                GstBuffer *buf = gst_buffer_new_wrapped_full(
                    GST_MEMORY_FLAG_READONLY, const_cast<char *>(hold->constData()), gsize(hold->size()), 0,
                    gsize(hold->size()), hold, &releaseUnit);
                GST_BUFFER_DURATION(buf) = GST_SECOND / clip->spec.fps;
                if (GST_CLOCK_TIME_IS_VALID(p.firstRunningTime))
                    GST_BUFFER_PTS(buf) = GST_BUFFER_DTS(buf) =
                        p.firstRunningTime + GstClockTime(p.pushed) * GST_SECOND / clip->spec.fps;
                if (!clip->isKeyframe[int(p.pushed % clip->units.size())])
                    GST_BUFFER_FLAG_SET(buf, GST_BUFFER_FLAG_DELTA_UNIT);
                gst_app_src_push_buffer(GST_APP_SRC(p.appsrc), buf);
            }
        }
        return G_SOURCE_CONTINUE;
    }

    void release(Pusher &p)
    {
        g_signal_handlers_disconnect_by_data(p.media, this);
        gst_object_unref(p.media);
        gst_object_unref(p.appsrc);
    }

    static GstRTSPFilterResult closeClient(GstRTSPServer *, GstRTSPClient *, gpointer)
    {
        return GST_RTSP_FILTER_REMOVE;
    }
};

ClipRtspServer::ClipRtspServer() : d(std::make_unique<Impl>()) {}

ClipRtspServer::~ClipRtspServer()
{
    stop();
}

void ClipRtspServer::requireCredentials(const QString &username, const QString &password)
{
    d->username = username;
    d->password = password;
}

void ClipRtspServer::addMount(const QString &path, Codec codec, std::shared_ptr<const EncodedClip> clip,
                              bool serverParses)
{
    auto m = std::make_shared<Mount>();
    m->path = path;
    m->codec = codec;
    m->serverParses = serverParses;
    m->clip = std::move(clip);
    d->mounts.insert(path, m);
    if (d->server)
        d->mountFactory(m);
}

void ClipRtspServer::setClip(const QString &path, std::shared_ptr<const EncodedClip> clip)
{
    auto it = d->mounts.find(path);
    if (it == d->mounts.end())
        return;
    QMutexLocker lock(&(*it)->mutex);
    (*it)->clip = std::move(clip);
}

void ClipRtspServer::jumpRtpTimestamps(const QString &path, qint64 byMs)
{
    if (auto it = d->mounts.find(path); it != d->mounts.end())
        (*it)->rtpJumpMs += byMs;
}

void ClipRtspServer::setSenderClockOffsetMs(qint64 offsetMs)
{
    d->senderClockOffsetMs = offsetMs;
}

void ClipRtspServer::setPushStartObserver(std::function<void(const QString &, qint64)> observer)
{
    d->pushStartObserver = std::move(observer);
}

void ClipRtspServer::setFrozen(const QString &path, bool frozen)
{
    if (auto it = d->mounts.find(path); it != d->mounts.end())
        (*it)->frozen = frozen;
}

void ClipRtspServer::setEvenTimestamps(bool even)
{
    d->evenTimestamps = even;
}

qint64 ClipRtspServer::framesSent(const QString &path) const
{
    const auto it = d->mounts.constFind(path);
    return it == d->mounts.constEnd() ? 0 : (*it)->framesSent.load();
}

bool ClipRtspServer::start(quint16 port, QString *error)
{
    if (d->server)
        return true;
    {
        QMutexLocker lock(&d->pushersMutex);
        d->stopped = false;
    }
    d->context.reset(g_main_context_new());
    d->loop.reset(g_main_loop_new(d->context.get(), FALSE));
    d->senderClock.reset();
    if (d->senderClockOffsetMs != 0) {
        // The real-time clock (ns since 1970) calibrated onto the NTP epoch (1900) plus the offset.
        GstClock *clock =
            GST_CLOCK(g_object_new(GST_TYPE_SYSTEM_CLOCK, "clock-type", GST_CLOCK_TYPE_REALTIME, nullptr));
        gst_object_ref_sink(clock);
        constexpr qint64 kNtpToUnixEpochMs = 2'208'988'800'000LL;
        gst_clock_set_calibration(
            clock, 0, GstClockTime(kNtpToUnixEpochMs + d->senderClockOffsetMs) * GST_MSECOND, 1, 1);
        d->senderClock.reset(clock);
    }
    d->server = gst_rtsp_server_new();
    gst_rtsp_server_set_address(d->server, "127.0.0.1");
    gst_rtsp_server_set_service(d->server, QByteArray::number(port).constData());
    if (!d->username.isEmpty()) {
        GstRTSPAuth *auth = gst_rtsp_auth_new();
        gst_rtsp_auth_set_supported_methods(auth,
                                            GstRTSPAuthMethod(GST_RTSP_AUTH_BASIC | GST_RTSP_AUTH_DIGEST));
        GstRTSPToken *token =
            gst_rtsp_token_new(GST_RTSP_TOKEN_MEDIA_FACTORY_ROLE, G_TYPE_STRING, "user", nullptr);
        gst::CharPtr basic(
            gst_rtsp_auth_make_basic(d->username.toUtf8().constData(), d->password.toUtf8().constData()));
        gst_rtsp_auth_add_basic(auth, basic.get(), token);
        gst_rtsp_auth_add_digest(auth, d->username.toUtf8().constData(), d->password.toUtf8().constData(),
                                 token);
        gst_rtsp_token_unref(token);
        gst_rtsp_server_set_auth(d->server, auth);
        gst_object_unref(auth);
    }
    for (const auto &m : std::as_const(d->mounts))
        d->mountFactory(m);

    GError *err = nullptr;
    d->serverSource = gst_rtsp_server_create_source(d->server, nullptr, &err);
    if (!d->serverSource) {
        if (error)
            *error = QString::fromUtf8(err ? err->message : "cannot listen");
        if (err)
            g_error_free(err);
        gst_object_unref(d->server);
        d->server = nullptr;
        return false;
    }
    g_source_attach(d->serverSource, d->context.get());
    d->port = quint16(gst_rtsp_server_get_bound_port(d->server));
    d->pushSource = g_timeout_source_new(5);
    g_source_set_callback(d->pushSource, &Impl::onPushTick, d.get(), nullptr);
    g_source_attach(d->pushSource, d->context.get());
    d->thread = std::thread([loop = d->loop.get(), ctx = d->context.get()] {
        g_main_context_push_thread_default(ctx);
        g_main_loop_run(loop);
        g_main_context_pop_thread_default(ctx);
    });
    qCInfo(lcDemo) << "RTSP server on 127.0.0.1 port" << d->port << "with" << d->mounts.size() << "mounts";
    return true;
}

void ClipRtspServer::stop()
{
    if (!d->server)
        return;
    {
        QMutexLocker lock(&d->pushersMutex);
        d->stopped = true;
    }
    // Close every client from the server's own thread, then stop that thread.
    runOnServerThread(
        d->context.get(),
        [](gpointer s) -> gboolean {
            gst_rtsp_server_client_filter(static_cast<GstRTSPServer *>(s), &Impl::closeClient, nullptr);
            return G_SOURCE_REMOVE;
        },
        d->server);
    runOnServerThread(
        d->context.get(),
        [](gpointer impl) -> gboolean {
            auto *self = static_cast<Impl *>(impl);
            g_source_destroy(self->serverSource);
            g_source_destroy(self->pushSource);
            g_main_loop_quit(self->loop.get());
            return G_SOURCE_REMOVE;
        },
        d.get());
    d->thread.join();
    g_source_unref(d->serverSource);
    g_source_unref(d->pushSource);
    d->serverSource = d->pushSource = nullptr;
    QMutexLocker lock(&d->pushersMutex);
    for (Pusher &p : d->pushers)
        d->release(p);
    d->pushers.clear();
    lock.unlock();
    gst_object_unref(d->server);
    d->server = nullptr;
    d->loop.reset();
    d->context.reset();
    qCInfo(lcDemo) << "RTSP server on port" << d->port << "stopped";
}

bool ClipRtspServer::isRunning() const
{
    return d->server != nullptr;
}

quint16 ClipRtspServer::port() const
{
    return d->port;
}

QUrl ClipRtspServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("rtsp://127.0.0.1:%1/%2").arg(d->port).arg(path));
}

} // namespace pantau::demo
