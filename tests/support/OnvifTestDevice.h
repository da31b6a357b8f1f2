#pragma once
// A fake ONVIF camera for tests, on loopback only: a real HTTP/1.1 server (QTcpServer) speaking
// SOAP for the device, media (ver10), media2 (ver20) and PTZ (ver20) services, with
// WS-UsernameToken PasswordDigest or HTTP Digest authentication, and a real WS-Discovery
// (SOAP-over-UDP, 2005/04) responder that answers probes sent to it by unicast. It can misbehave
// on purpose (never answer, garbage, external entities, 20 MiB replies, HTML 500s) and simulates a
// PTZ head that integrates ContinuousMove velocities over monotonic time.
//
// Threading: the object, its TCP server, its sockets and its UDP socket live on the thread that
// created it (the test's main thread) and are served by that thread's event loop; the test runs the
// loop with pantau::test::waitUntil while a client talks to it. Every method, accessor and
// config() change is made from that thread too.
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QVector3D>
#include <QVector>

#include <map>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace pantau::test {

namespace onvifdetail {
struct XmlNode;
struct SoapCall;
struct HttpRequest;
struct Reply;
struct Connection;
class SoapOut;
} // namespace onvifdetail

struct OnvifTestProfile
{
    QString token;    // "Profile_1"
    QString name;     // "mainStream"
    QString encoding; // "H264" or "H265" (H265 profiles are only visible through Media2)
    int width = 0, height = 0, fps = 25;
    QString rtspUri;     // what GetStreamUri returns for this profile
    QString snapshotUri; // empty = GetSnapshotUri answers a SOAP fault (ter:ActionNotSupported)
};

struct OnvifTestDeviceConfig
{
    // Standard: prefixes SOAP-ENV/tds/trt/tr2/tptz/tt/ter, every field.
    // Alternative: envelope s:, device payloads in a default xmlns, media m:, schema sch:, PTZ p:,
    // errors err:; no FirmwareVersion/HardwareId, no Resolution/RateControl in the Media1
    // VideoEncoderConfiguration, no TimeZone/LocalDateTime, scopes without location, no Media2;
    // discovery replies with s:/a:/dd:/nvt:/dev: prefixes.
    enum class Flavour { Standard, Alternative };
    enum class Fault { None, NeverAnswer, Malformed, ExternalEntity, HugeReply, HttpError500 };
    Flavour flavour = Flavour::Standard;
    Fault fault = Fault::None; // every SOAP request except GetSystemDateAndTime (unless faultOnDateTime)
    bool faultOnDateTime = false;
    QString manufacturer = QStringLiteral("Pantau Test"), model = QStringLiteral("PTC-100"),
            firmware = QStringLiteral("1.0.0"), serial = QStringLiteral("SN0001"),
            hardwareId = QStringLiteral("HW1");
    QString username = QStringLiteral("admin"), password = QStringLiteral("rahasia");
    bool media2 = true;             // offer ver20 media (forced off in the Alternative flavour)
    bool requireHttpDigest = false; // 401 + WWW-Authenticate: Digest (MD5, qop=auth) until the digest is
                                    // right; then no WS-Security needed
    qint64 clockSkewSeconds =
        0; // device clock = host UTC + skew; PasswordDigest Created must be within +/- 5 s of it
    QStringList scopes = {QStringLiteral("onvif://www.onvif.org/name/PTC-100"),
                          QStringLiteral("onvif://www.onvif.org/location/Sekayu"),
                          QStringLiteral("onvif://www.onvif.org/hardware/PTC-100"),
                          QStringLiteral("onvif://www.onvif.org/type/video_encoder")};
    QVector<OnvifTestProfile>
        profiles;     // empty: main 1920x1080 H264, sub 640x360 H264, (Media2 only) 2560x1440 H265
    bool ptz = false; // offer the PTZ service and simulate a head
    // The PTZ node's SupportedPTZSpaces: without absolute, it lists no Absolute* space and refuses
    // AbsoluteMove; without zoom, it lists no *Zoom* space and refuses a move with a Zoom element.
    bool ptzAbsolute = true;
    bool ptzZoom = true;
    bool soap12Faults = true;
    // Also listen on the WS-Discovery multicast group 239.255.255.250:3702. Only inside a network
    // namespace the test made (tests/integration/run-in-netns.sh), where multicast stays on lo.
    bool joinMulticast =
        false; // SOAP 1.2 faults (Code/Subcode/Reason), else SOAP 1.1 (faultcode/faultstring)
};

class OnvifTestDevice : public QObject
{
    Q_OBJECT
public:
    explicit OnvifTestDevice(OnvifTestDeviceConfig config = {}, QObject *parent = nullptr);
    ~OnvifTestDevice() override;

    bool start(); // HTTP and UDP on 127.0.0.1, any free port; false on failure
    quint16 httpPort() const;
    quint16 discoveryPort() const;     // send probes here by unicast
    QUrl deviceServiceUrl() const;     // http://127.0.0.1:<port>/onvif/device_service
    QString endpointReference() const; // "urn:uuid:<stable uuid per instance>"
    OnvifTestDeviceConfig &config();   // tests may change it between requests
    QStringList actionsSeen() const;   // local names of the SOAP Body's first child, in order received
    int authFailures() const;          // requests rejected for credentials (WS-Security or HTTP Digest)
    int requestCount() const;          // complete HTTP requests received

    // PTZ head: ContinuousMove velocities (1.0 = one generic unit per second) are integrated over
    // monotonic time until Stop or the move's Timeout (default PT10S); pan/tilt in [-1,1], zoom in
    // [0,1], clamped. RelativeMove/AbsoluteMove/GotoPreset/GotoHomePosition jump at once.
    QVector3D ptzPosition() const; // x=pan, y=tilt, z=zoom, at call time
    QVector3D ptzVelocity() const; // (0,0,0) when stopped
    bool ptzMoving() const;
    int stopCount() const;
    QStringList presetNames() const;

    // Additions beyond the agreed API.
    int probesAnswered() const;            // ProbeMatches sent
    QString lastAuthFailureReason() const; // why the last credential check failed (for test messages)
    QVector<OnvifTestProfile> effectiveProfiles() const; // config().profiles, or the defaults

Q_SIGNALS:
    void
    requestHandled(const QString &action); // after the reply (or the decision not to reply) to a SOAP request

private:
    using SoapCall = onvifdetail::SoapCall;
    using HttpRequest = onvifdetail::HttpRequest;
    using Reply = onvifdetail::Reply;
    using Connection = onvifdetail::Connection;
    using SoapOut = onvifdetail::SoapOut;
    struct Preset
    {
        QString token, name;
        QVector3D position;
    };

    bool alternative() const;
    bool media2Enabled() const;
    QDateTime deviceNow() const;
    QString serviceUrl(const QString &service) const;
    QStringList effectiveScopes() const;
    std::optional<OnvifTestProfile> findProfile(const QString &token) const;

    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    bool sendReply(QTcpSocket *socket, Connection &connection, const Reply &reply, bool keepAlive);
    void pumpStream(QTcpSocket *socket);
    Reply handleHttp(const HttpRequest &request, QString &action);
    Reply snapshot(const HttpRequest &request);
    std::optional<Reply> checkHttpDigest(const HttpRequest &request);
    bool checkWsSecurity(const SoapCall &call);
    Reply faultModeReply(const SoapCall &call);
    Reply soapFault(bool soap12Envelope, bool sender, const QStringList &subcodes, const QString &reason);
    Reply dispatch(const SoapCall &call);
    Reply handleDevice(const SoapCall &call);
    Reply handleMedia(const SoapCall &call);
    Reply handleMedia2(const SoapCall &call);
    Reply handlePtz(const SoapCall &call);
    void writeMedia1Profile(SoapOut &out, const OnvifTestProfile &profile, const QString &element) const;
    void writeMedia2Profile(SoapOut &out, const OnvifTestProfile &profile, const QStringList &types) const;
    void writePtzConfiguration(SoapOut &out, const QString &nsUri, const QString &element) const;
    void writePtzNode(SoapOut &out) const;

    void readProbes(QUdpSocket *socket);
    QByteArray probeMatchFor(const QByteArray &datagram);

    QVector3D ptzPositionAt(qint64 nowMs) const;
    void ptzRebase(qint64 nowMs);
    void ptzJumpTo(const QVector3D &position);

    OnvifTestDeviceConfig m_config;
    QTcpServer *m_http = nullptr;
    QUdpSocket *m_discovery = nullptr;
    std::map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    QString m_uuid;
    quint32 m_instanceId = 0;
    quint32 m_messageNumber = 0;
    QStringList m_actionsSeen;
    int m_authFailures = 0;
    int m_requestCount = 0;
    int m_probesAnswered = 0;
    QString m_lastAuthFailure;
    QSet<QByteArray> m_seenNonces;             // WS-Security nonces already accepted
    QHash<QByteArray, quint32> m_digestNonces; // HTTP Digest nonce -> highest nc seen
    QByteArray m_digestOpaque;
    QByteArray m_snapshotJpeg;

    QElapsedTimer m_monotonic;
    QVector3D m_ptzBase; // position at m_ptzBaseMs
    qint64 m_ptzBaseMs = 0;
    QVector3D m_ptzVelocity; // per second, while m_monotonic < m_ptzDeadlineMs
    qint64 m_ptzDeadlineMs = -1;
    QVector3D m_ptzHome;
    QVector<Preset> m_presets;
    int m_nextPreset = 1;
    int m_stopCount = 0;
};

} // namespace pantau::test
