#include "core/ptz/OnvifPtzController.h"

#include "core/Log.h"
#include "core/onvif/XmlElement.h"
#include "core/ptz/PtzMoveFilter.h"

#include <QElapsedTimer>
#include <QTimeZone>

namespace pantau::ptz {

using onvif::OnvifError;
using onvif::SoapResponse;
using onvif::XmlElement;

namespace {
QString num(double v)
{
    return QString::number(std::clamp(v, -1.0, 1.0), 'f', 4);
}
// Only the axes the node supports: a camera without a zoom space gets no Zoom element.
QString vectorXml(const char *element, const PtzVector &v, bool zoomPositive, PtzAxes axes = {true, true})
{
    const double zoom = zoomPositive ? std::clamp(v.zoom, 0.0, 1.0) : std::clamp(v.zoom, -1.0, 1.0);
    QString inner;
    if (axes.panTilt)
        inner += QStringLiteral("<tt:PanTilt x=\"%1\" y=\"%2\"/>").arg(num(v.pan), num(v.tilt));
    if (axes.zoom)
        inner += QStringLiteral("<tt:Zoom x=\"%1\"/>").arg(QString::number(zoom, 'f', 4));
    return QStringLiteral("<%1>%2</%1>").arg(QLatin1String(element), inner);
}
} // namespace

OnvifPtzController::OnvifPtzController(QNetworkAccessManager *network, const QUrl &deviceUrl,
                                       const QString &profileToken, const QString &username,
                                       const QString &password, QObject *parent)
    : PtzController(parent), m_client(network, this), m_deviceUrl(deviceUrl), m_profileToken(profileToken),
      m_network(network), m_username(username), m_password(password)
{
    m_client.setCredentials(username, password);
    m_client.setTimeoutMs(3000);
}

OnvifPtzController::~OnvifPtzController()
{
    if (!m_lastMotionWasMove || m_ptzUrl.isEmpty())
        return;
    // The request outlives us: the network manager (owned by the application) finishes it.
    auto *last = new onvif::SoapClient(m_network);
    last->setClockOffsetMs(m_client.clockOffsetMs());
    last->setCredentials(m_username, m_password);
    last->call(
        m_ptzUrl, QLatin1String(onvif::ns::kPtz) + QStringLiteral("/Stop"),
        body("Stop", QStringLiteral("<ProfileToken>%1</ProfileToken><PanTilt>true</PanTilt><Zoom>true</Zoom>")
                         .arg(onvif::xmlEscape(m_profileToken))),
        true, [last](const SoapResponse &) { last->deleteLater(); });
}

QString OnvifPtzController::duration(int ms)
{
    return QStringLiteral("PT%1S").arg(QString::number(ms / 1000.0, 'f', 1));
}

void OnvifPtzController::connectToDevice()
{
    readClock([this] { findPtzService(); });
}

// The camera's clock, for the WS-Security digest (also re-read when the camera refuses a digest:
// a wall PC runs for weeks and clocks drift).
void OnvifPtzController::readClock(std::function<void()> then)
{
    const QString deviceNs = QLatin1String(onvif::ns::kDevice);
    m_client.call(m_deviceUrl, deviceNs + QStringLiteral("/GetSystemDateAndTime"),
                  QStringLiteral("<GetSystemDateAndTime xmlns=\"%1\"/>").arg(deviceNs), false,
                  [this, then = std::move(then)](const SoapResponse &r) {
                      if (const auto offset = r.error.isError() ? std::nullopt : onvif::clockOffsetMs(r.body))
                          m_client.setClockOffsetMs(*offset);
                      then();
                  });
}

// The PTZ service address: GetCapabilities, or GetServices for devices that list it only there.
void OnvifPtzController::findPtzService()
{
    const QString deviceNs = QLatin1String(onvif::ns::kDevice);
    auto use = [this](QUrl url) {
        if (url.host() != m_deviceUrl.host()) { // NAT / routed networks
            url.setHost(m_deviceUrl.host());
            url.setPort(m_deviceUrl.port());
        }
        m_ptzUrl = url;
        readNodes();
    };
    m_client.call(
        m_deviceUrl, deviceNs + QStringLiteral("/GetCapabilities"),
        QStringLiteral("<GetCapabilities xmlns=\"%1\"><Category>PTZ</Category></GetCapabilities>")
            .arg(deviceNs),
        true, [this, deviceNs, use](const SoapResponse &caps) {
            if (caps.error.kind == OnvifError::Kind::AuthFailed ||
                caps.error.kind == OnvifError::Kind::Timeout ||
                caps.error.kind == OnvifError::Kind::Network) {
                Q_EMIT failed(caps.error.text());
                return;
            }
            const QUrl url(caps.error.isError() ? QString()
                                                : caps.body.textAt({u"Capabilities", u"PTZ", u"XAddr"}));
            if (!url.isEmpty())
                return use(url);
            m_client.call(
                m_deviceUrl, deviceNs + QStringLiteral("/GetServices"),
                QStringLiteral(
                    "<GetServices xmlns=\"%1\"><IncludeCapability>false</IncludeCapability></GetServices>")
                    .arg(deviceNs),
                true, [this, use](const SoapResponse &services) {
                    if (!services.error.isError())
                        for (const XmlElement *svc : services.body.childrenNamed(u"Service"))
                            if (svc->textAt({u"Namespace"}) == QLatin1String(onvif::ns::kPtz))
                                return use(QUrl(svc->textAt({u"XAddr"})));
                    Q_EMIT failed(
                        OnvifError::make(OnvifError::Kind::NotSupported, tr("no PTZ service")).text());
                });
        });
}

void OnvifPtzController::readNodes()
{
    send("GetNodes", QString(), [this](const SoapResponse &r) {
        if (r.error.isError())
            return; // send() reported it
        if (const XmlElement *node = r.body.child(u"PTZNode")) {
            if (const XmlElement *spaces = node->child(u"SupportedPTZSpaces"))
                m_caps = PtzMoveFilter::withSpaces(m_caps, *spaces);
            m_caps.maxPresets = node->textAt({u"MaximumNumberOfPresets"}).toInt();
            m_caps.presets = m_caps.maxPresets > 0;
            // SetPreset with an existing token also stores the current position: ONVIF has no
            // rename-only call, so "rename" is not offered rather than silently moving the preset.
            m_caps.renamePresets = false;
            m_caps.home = node->textAt({u"HomeSupported"}) == QLatin1String("true");
            m_caps.status = true;
        }
        m_ready = true;
        Q_EMIT ready();
        refreshPresets();
    });
}

QString OnvifPtzController::body(const char *operation, const QString &innerXml) const
{
    return QStringLiteral("<%1 xmlns=\"%2\" xmlns:tt=\"%3\">%4</%1>")
        .arg(QLatin1String(operation), QLatin1String(onvif::ns::kPtz), QLatin1String(onvif::ns::kSchema),
             innerXml);
}

void OnvifPtzController::send(const char *operation, const QString &innerXml, Then then, bool retried)
{
    if (m_ptzUrl.isEmpty()) {
        qCInfo(lcPtz) << operation << "before the PTZ service is known: dropped";
        if (then)
            then(SoapResponse{OnvifError::make(OnvifError::Kind::NotSupported, tr("no PTZ service")), {}});
        return;
    }
    QElapsedTimer clock;
    clock.start();
    m_client.call(
        m_ptzUrl, QLatin1String(onvif::ns::kPtz) + QLatin1Char('/') + QLatin1String(operation),
        body(operation, innerXml), true,
        [this, clock, operation, innerXml, retried, then = std::move(then)](const SoapResponse &r) {
            if (r.error.kind == OnvifError::Kind::AuthFailed && !retried) {
                // Perhaps the clocks drifted apart since we connected: re-read, try once more.
                readClock([this, operation, innerXml, then] { send(operation, innerXml, then, true); });
                return;
            }
            if (r.error.isError())
                Q_EMIT failed(r.error.text());
            else
                Q_EMIT commandAcknowledged(QString::fromLatin1(operation), clock.nsecsElapsed() / 1e6);
            if (then)
                then(r);
        });
}

void OnvifPtzController::sendMotion(const char *operation, const QString &innerXml)
{
    if (m_motionInFlight) {
        m_queuedMotion = Motion{operation, innerXml}; // the newest wins; a Stop replaces a waiting move
        return;
    }
    m_motionInFlight = true;
    m_lastMotionWasMove = qstrcmp(operation, "ContinuousMove") == 0;
    send(operation, innerXml, [this](const SoapResponse &) {
        m_motionInFlight = false;
        if (m_queuedMotion) {
            const Motion next = *std::exchange(m_queuedMotion, std::nullopt);
            sendMotion(next.operation, next.innerXml);
        }
    });
}

namespace {
QString tokenXml(const QString &profileToken)
{
    return QStringLiteral("<ProfileToken>%1</ProfileToken>").arg(onvif::xmlEscape(profileToken));
}
} // namespace

void OnvifPtzController::continuousMove(const PtzVector &velocity, int timeoutMs)
{
    const PtzAxes axes = PtzMoveFilter::axes(m_caps, PtzMoveFilter::Move::Continuous);
    if (!PtzMoveFilter::asksSupported(velocity, axes)) {
        qCDebug(lcPtz) << "ContinuousMove of axes the PTZ node does not support: not sent";
        return;
    }
    sendMotion("ContinuousMove", tokenXml(m_profileToken) + vectorXml("Velocity", velocity, false, axes) +
                                     QStringLiteral("<Timeout>%1</Timeout>").arg(duration(timeoutMs)));
}

void OnvifPtzController::stop()
{
    sendMotion("Stop", tokenXml(m_profileToken) + QStringLiteral("<PanTilt>true</PanTilt><Zoom>true</Zoom>"));
}

void OnvifPtzController::relativeMove(const PtzVector &translation)
{
    const PtzAxes axes = PtzMoveFilter::axes(m_caps, PtzMoveFilter::Move::Relative);
    if (!PtzMoveFilter::asksSupported(translation, axes)) {
        qCInfo(lcPtz) << "RelativeMove the PTZ node does not support: not sent";
        return;
    }
    send("RelativeMove", tokenXml(m_profileToken) + vectorXml("Translation", translation, false, axes));
}

void OnvifPtzController::absoluteMove(const PtzVector &position)
{
    const PtzAxes axes = PtzMoveFilter::axes(m_caps, PtzMoveFilter::Move::Absolute);
    if (!axes.any()) {
        qCInfo(lcPtz) << "AbsoluteMove the PTZ node does not support: not sent";
        return;
    }
    send("AbsoluteMove", tokenXml(m_profileToken) + vectorXml("Position", position, true, axes));
}

void OnvifPtzController::refreshPresets()
{
    send("GetPresets", tokenXml(m_profileToken), [this](const SoapResponse &r) {
        if (r.error.isError())
            return;
        QVector<PtzPreset> list;
        for (const XmlElement *p : r.body.childrenNamed(u"Preset"))
            list.push_back({p->attribute(u"token"), p->textAt({u"Name"})});
        setPresets(list);
    });
}

void OnvifPtzController::goToPreset(const QString &token)
{
    send("GotoPreset", tokenXml(m_profileToken) +
                           QStringLiteral("<PresetToken>%1</PresetToken>").arg(onvif::xmlEscape(token)));
}

void OnvifPtzController::savePreset(const QString &name, const QString &token)
{
    QString inner =
        tokenXml(m_profileToken) + QStringLiteral("<PresetName>%1</PresetName>").arg(onvif::xmlEscape(name));
    if (!token.isEmpty())
        inner += QStringLiteral("<PresetToken>%1</PresetToken>").arg(onvif::xmlEscape(token));
    send("SetPreset", inner, [this](const SoapResponse &r) {
        if (!r.error.isError())
            refreshPresets();
    });
}

void OnvifPtzController::removePreset(const QString &token)
{
    send("RemovePreset",
         tokenXml(m_profileToken) +
             QStringLiteral("<PresetToken>%1</PresetToken>").arg(onvif::xmlEscape(token)),
         [this](const SoapResponse &r) {
             if (!r.error.isError())
                 refreshPresets();
         });
}

void OnvifPtzController::goHome()
{
    send("GotoHomePosition", tokenXml(m_profileToken));
}

void OnvifPtzController::setHome()
{
    send("SetHomePosition", tokenXml(m_profileToken));
}

void OnvifPtzController::refreshStatus()
{
    send("GetStatus", tokenXml(m_profileToken), [this](const SoapResponse &r) {
        if (r.error.isError())
            return;
        const XmlElement *status = r.body.child(u"PTZStatus");
        if (!status)
            return;
        PtzStatus s;
        if (const XmlElement *pos = status->child(u"Position")) {
            if (const XmlElement *pt = pos->child(u"PanTilt")) {
                s.position.pan = pt->attribute(u"x").toDouble();
                s.position.tilt = pt->attribute(u"y").toDouble();
                s.valid = true;
            }
            if (const XmlElement *z = pos->child(u"Zoom"))
                s.position.zoom = z->attribute(u"x").toDouble();
        }
        if (const XmlElement *move = status->child(u"MoveStatus"))
            s.moving = move->textAt({u"PanTilt"}) == QLatin1String("MOVING") ||
                       move->textAt({u"Zoom"}) == QLatin1String("MOVING");
        Q_EMIT statusChanged(s);
    });
}

} // namespace pantau::ptz
