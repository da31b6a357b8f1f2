#include "core/onvif/OnvifOnboarding.h"

#include "core/Log.h"

#include <QTimeZone>

namespace pantau::onvif {

namespace {
constexpr int kSteps = 6;

QString action(const char *ns, const char *name)
{
    return QLatin1String(ns) + QLatin1Char('/') + QLatin1String(name);
}

int toInt(const QString &s)
{
    bool ok = false;
    const int v = s.toInt(&ok);
    return ok ? v : 0;
}

// Reads one profile, Media (tt:Profile) or Media2 (tr2:MediaProfile) form.
OnvifProfile readProfile(const XmlElement &p, bool media2)
{
    OnvifProfile out;
    out.token = p.attribute(u"token");
    out.name = p.textAt({u"Name"});
    out.fromMedia2 = media2;
    const XmlElement *enc =
        media2 ? p.find({u"Configurations", u"VideoEncoder"}) : p.child(u"VideoEncoderConfiguration");
    if (enc) {
        out.encoding = enc->textAt({u"Encoding"});
        out.width = toInt(enc->textAt({u"Resolution", u"Width"}));
        out.height = toInt(enc->textAt({u"Resolution", u"Height"}));
        out.fps = enc->textAt({u"RateControl", u"FrameRateLimit"}).toDouble();
    }
    out.hasPtz =
        media2 ? p.find({u"Configurations", u"PTZ"}) != nullptr : p.child(u"PTZConfiguration") != nullptr;
    return out;
}
} // namespace

OnvifOnboarding::OnvifOnboarding(QNetworkAccessManager *network, const QUrl &deviceUrl,
                                 const QString &username, const QString &password, QObject *parent)
    : QObject(parent), m_client(network, this)
{
    m_info.deviceUrl = deviceUrl;
    m_client.setCredentials(username, password);
}

QUrl OnvifOnboarding::deviceUrlFromUserInput(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char(' ')))
        return {};
    QUrl url = QUrl::fromUserInput(t.contains(QLatin1String("://")) ? t : QStringLiteral("http://") + t);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/onvif/device_service"));
    return url;
}

void OnvifOnboarding::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_info.deviceUrl.isValid() || m_info.deviceUrl.host().isEmpty()) {
        fail(OnvifError::make(OnvifError::Kind::InvalidInput));
        return;
    }
    getDateTime();
}

void OnvifOnboarding::cancel()
{
    m_client.abortAll();
    m_running = false;
}

QUrl OnvifOnboarding::reachable(const QUrl &advertised) const
{
    // Devices behind NAT or on a routed fibre ring often advertise an address we cannot reach;
    // keep the path they give but talk to the host the user gave us.
    if (!advertised.isValid() || advertised.isEmpty())
        return {};
    QUrl out = advertised;
    if (advertised.host() != m_info.deviceUrl.host()) {
        qCInfo(lcOnvif) << "device advertises" << advertised.host() << "; using" << m_info.deviceUrl.host();
        out.setHost(m_info.deviceUrl.host());
        if (out.scheme() == m_info.deviceUrl.scheme())
            out.setPort(m_info.deviceUrl.port());
    }
    return out;
}

void OnvifOnboarding::getDateTime()
{
    Q_EMIT progress(1, kSteps, tr("Reading the camera's clock"));
    m_client.call(
        m_info.deviceUrl, action(ns::kDevice, "GetSystemDateAndTime"),
        QStringLiteral("<GetSystemDateAndTime xmlns=\"%1\"/>").arg(QLatin1String(ns::kDevice)), false,
        [this](const SoapResponse &r) {
            if (r.error.kind == OnvifError::Kind::Timeout || r.error.kind == OnvifError::Kind::Network ||
                r.error.kind == OnvifError::Kind::Unsafe || r.error.kind == OnvifError::Kind::TooLarge) {
                fail(r.error);
                return;
            }
            if (const auto offset = r.error.isError() ? std::nullopt : clockOffsetMs(r.body)) {
                m_info.clockOffsetMs = *offset;
                m_client.setClockOffsetMs(*offset);
            }
            // A device that refuses this call may still work; go on with our own clock.
            getDeviceInformation();
        });
}

void OnvifOnboarding::getDeviceInformation()
{
    Q_EMIT progress(2, kSteps, tr("Reading the camera's model"));
    m_client.call(m_info.deviceUrl, action(ns::kDevice, "GetDeviceInformation"),
                  QStringLiteral("<GetDeviceInformation xmlns=\"%1\"/>").arg(QLatin1String(ns::kDevice)),
                  true, [this](const SoapResponse &r) {
                      if (r.error.isError())
                          return fail(r.error);
                      m_info.manufacturer = r.body.textAt({u"Manufacturer"});
                      m_info.model = r.body.textAt({u"Model"});
                      m_info.firmware = r.body.textAt({u"FirmwareVersion"});
                      m_info.serial = r.body.textAt({u"SerialNumber"});
                      m_info.hardwareId = r.body.textAt({u"HardwareId"});
                      getCapabilities();
                  });
}

void OnvifOnboarding::getCapabilities()
{
    Q_EMIT progress(3, kSteps, tr("Reading the camera's services"));
    m_client.call(m_info.deviceUrl, action(ns::kDevice, "GetCapabilities"),
                  QStringLiteral("<GetCapabilities xmlns=\"%1\"><Category>All</Category></GetCapabilities>")
                      .arg(QLatin1String(ns::kDevice)),
                  true, [this](const SoapResponse &r) {
                      if (r.error.kind == OnvifError::Kind::AuthFailed ||
                          r.error.kind == OnvifError::Kind::Timeout ||
                          r.error.kind == OnvifError::Kind::Network)
                          return fail(r.error);
                      if (!r.error.isError()) {
                          if (const XmlElement *caps = r.body.child(u"Capabilities")) {
                              m_info.mediaUrl = reachable(QUrl(caps->textAt({u"Media", u"XAddr"})));
                              m_info.ptzUrl = reachable(QUrl(caps->textAt({u"PTZ", u"XAddr"})));
                          }
                      }
                      getServices();
                  });
}

void OnvifOnboarding::getServices()
{
    m_client.call(
        m_info.deviceUrl, action(ns::kDevice, "GetServices"),
        QStringLiteral("<GetServices xmlns=\"%1\"><IncludeCapability>false</IncludeCapability></GetServices>")
            .arg(QLatin1String(ns::kDevice)),
        true, [this](const SoapResponse &r) {
            if (r.error.kind == OnvifError::Kind::Timeout || r.error.kind == OnvifError::Kind::Network)
                return fail(r.error);
            if (!r.error.isError()) { // optional before ONVIF 2.0: a fault is fine
                for (const XmlElement *s : r.body.childrenNamed(u"Service")) {
                    const QString nsUri = s->textAt({u"Namespace"});
                    const QUrl addr = reachable(QUrl(s->textAt({u"XAddr"})));
                    if (nsUri == QLatin1String(ns::kMedia2))
                        m_info.media2Url = addr;
                    else if (nsUri == QLatin1String(ns::kMedia) && m_info.mediaUrl.isEmpty())
                        m_info.mediaUrl = addr;
                    else if (nsUri == QLatin1String(ns::kPtz) && m_info.ptzUrl.isEmpty())
                        m_info.ptzUrl = addr;
                }
            }
            if (m_info.mediaUrl.isEmpty() && m_info.media2Url.isEmpty())
                return fail(OnvifError::make(OnvifError::Kind::NotSupported, tr("no media service")));
            getProfiles();
        });
}

void OnvifOnboarding::getProfiles()
{
    Q_EMIT progress(4, kSteps, tr("Reading the video profiles"));
    if (m_info.media2Url.isEmpty())
        return getMedia1Profiles();
    m_client.call(m_info.media2Url, action(ns::kMedia2, "GetProfiles"),
                  QStringLiteral("<GetProfiles xmlns=\"%1\"><Type>All</Type></GetProfiles>")
                      .arg(QLatin1String(ns::kMedia2)),
                  true, [this](const SoapResponse &r) {
                      if (r.error.kind == OnvifError::Kind::AuthFailed ||
                          r.error.kind == OnvifError::Kind::Timeout)
                          return fail(r.error);
                      if (!r.error.isError())
                          for (const XmlElement *p : r.body.childrenNamed(u"Profiles"))
                              m_info.profiles.push_back(readProfile(*p, true));
                      if (m_info.profiles.isEmpty()) { // Media2 broken or empty: try Media
                          m_info.media2Url.clear();
                          return getMedia1Profiles();
                      }
                      getNextUri(0);
                  });
}

void OnvifOnboarding::getMedia1Profiles()
{
    if (m_info.mediaUrl.isEmpty())
        return fail(OnvifError::make(OnvifError::Kind::NotSupported, tr("no media service")));
    m_client.call(m_info.mediaUrl, action(ns::kMedia, "GetProfiles"),
                  QStringLiteral("<GetProfiles xmlns=\"%1\"/>").arg(QLatin1String(ns::kMedia)), true,
                  [this](const SoapResponse &r) {
                      if (r.error.isError())
                          return fail(r.error);
                      for (const XmlElement *p : r.body.childrenNamed(u"Profiles"))
                          m_info.profiles.push_back(readProfile(*p, false));
                      if (m_info.profiles.isEmpty())
                          return fail(OnvifError::make(OnvifError::Kind::Malformed,
                                                       tr("the camera has no media profiles")));
                      getNextUri(0);
                  });
}

// Stream address, then snapshot address, of each profile in turn.
void OnvifOnboarding::getNextUri(int index)
{
    if (index >= m_info.profiles.size() * 2)
        return done();
    const int profileIndex = index / 2;
    const bool snapshot = index % 2 == 1;
    OnvifProfile &profile = m_info.profiles[profileIndex];
    if (snapshot && !profile.streamUri.isValid())
        return getNextUri(index + 1); // no stream, no use for its snapshot
    Q_EMIT progress(5, kSteps, tr("Reading the stream addresses"));
    const bool media2 = profile.fromMedia2;
    const char *nsUri = media2 ? ns::kMedia2 : ns::kMedia;
    QString body;
    const QString token = xmlEscape(profile.token);
    if (snapshot)
        body = QStringLiteral("<GetSnapshotUri xmlns=\"%1\"><ProfileToken>%2</ProfileToken></GetSnapshotUri>")
                   .arg(QLatin1String(nsUri), token);
    else if (media2)
        body = QStringLiteral(
                   "<GetStreamUri xmlns=\"%1\"><Protocol>RTSP</Protocol><ProfileToken>%2</ProfileToken>"
                   "</GetStreamUri>")
                   .arg(QLatin1String(nsUri), token);
    else
        body =
            QStringLiteral(
                "<GetStreamUri xmlns=\"%1\" xmlns:tt=\"%2\"><StreamSetup><tt:Stream>RTP-Unicast</tt:Stream>"
                "<tt:Transport><tt:Protocol>RTSP</tt:Protocol></tt:Transport></StreamSetup>"
                "<ProfileToken>%3</ProfileToken></GetStreamUri>")
                .arg(QLatin1String(nsUri), QLatin1String(ns::kSchema), token);
    const QUrl service = media2 ? m_info.media2Url : m_info.mediaUrl;
    m_client.call(
        service, action(nsUri, snapshot ? "GetSnapshotUri" : "GetStreamUri"), body, true,
        [this, index, profileIndex, snapshot, media2](const SoapResponse &r) {
            if (r.error.kind == OnvifError::Kind::AuthFailed || r.error.kind == OnvifError::Kind::Timeout ||
                r.error.kind == OnvifError::Kind::Network)
                return fail(r.error);
            if (!r.error.isError()) {
                const QString uri = media2 ? r.body.textAt({u"Uri"}) : r.body.textAt({u"MediaUri", u"Uri"});
                QUrl url(uri, QUrl::StrictMode);
                if (url.isValid() && !url.host().isEmpty()) {
                    if (url.host() != m_info.deviceUrl.host())
                        url.setHost(m_info.deviceUrl.host());
                    (snapshot ? m_info.profiles[profileIndex].snapshotUri
                              : m_info.profiles[profileIndex].streamUri) = url;
                }
            }
            getNextUri(index + 1);
        });
}

void OnvifOnboarding::done()
{
    chooseStreams(m_info);
    if (m_info.mainProfile < 0)
        return fail(OnvifError::make(OnvifError::Kind::NotSupported, tr("no RTSP stream")));
    Q_EMIT progress(kSteps, kSteps, tr("Done"));
    m_running = false;
    Q_EMIT finished(m_info);
}

void OnvifOnboarding::fail(const OnvifError &error)
{
    m_client.abortAll();
    m_running = false;
    Q_EMIT failed(error);
}

Camera OnvifOnboarding::toCamera(const OnvifDeviceInfo &info, const QString &username,
                                 const QString &password)
{
    Camera c;
    const QString model = (info.manufacturer + QLatin1Char(' ') + info.model).trimmed();
    c.name =
        model.isEmpty() ? info.deviceUrl.host() : QStringLiteral("%1 (%2)").arg(model, info.deviceUrl.host());
    if (const OnvifProfile *m = info.main()) {
        c.mainStreamUrl = m->streamUri.adjusted(QUrl::RemoveUserInfo);
        c.onvifProfileToken = m->token;
        c.ptz = !info.ptzUrl.isEmpty() && m->hasPtz;
    }
    if (const OnvifProfile *s = info.sub())
        c.subStreamUrl = s->streamUri.adjusted(QUrl::RemoveUserInfo);
    c.onvifUrl = info.deviceUrl.adjusted(QUrl::RemoveUserInfo);
    c.username = username;
    c.password = password;
    return c;
}

} // namespace pantau::onvif
