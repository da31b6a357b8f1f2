// Self-test of the fake ONVIF camera (tests/support/OnvifTestDevice.h), spoken to with nothing but
// QNetworkAccessManager and QUdpSocket on loopback, so that the ONVIF client's tests stand on a
// device that is known to follow the specifications. Waits are on conditions, never fixed sleeps.
#include <catch2/catch.hpp>

#include "OnvifTestDevice.h"
#include "Wait.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUdpSocket>
#include <QUuid>
#include <QXmlStreamReader>

#include <memory>

using namespace pantau::test;

namespace {
const QString kSoap12 = QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
const QString kTds = QStringLiteral("http://www.onvif.org/ver10/device/wsdl");
const QString kTrt = QStringLiteral("http://www.onvif.org/ver10/media/wsdl");
const QString kTr2 = QStringLiteral("http://www.onvif.org/ver20/media/wsdl");
const QString kTt = QStringLiteral("http://www.onvif.org/ver10/schema");
const QString kWsa = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing");
const QString kWsd = QStringLiteral("http://schemas.xmlsoap.org/ws/2005/04/discovery");

QByteArray randomNonce()
{
    QByteArray nonce(16, Qt::Uninitialized);
    for (char &c : nonce)
        c = char(QRandomGenerator::global()->bounded(256));
    return nonce;
}

// A WS-Security UsernameToken with PasswordDigest = Base64(SHA1(nonce + created + password)).
QString usernameToken(const QString &password, const QDateTime &createdUtc,
                      const QByteArray &nonce = randomNonce(), const QString &user = QStringLiteral("admin"))
{
    const QString created = createdUtc.toUTC().toString(Qt::ISODateWithMs);
    const QByteArray digest =
        QCryptographicHash::hash(nonce + created.toUtf8() + password.toUtf8(), QCryptographicHash::Sha1)
            .toBase64();
    return QStringLiteral("<wsse:Security s:mustUnderstand=\"1\" "
                          "xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/"
                          "oasis-200401-wss-wssecurity-secext-1.0.xsd\" "
                          "xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/"
                          "oasis-200401-wss-wssecurity-utility-1.0.xsd\">"
                          "<wsse:UsernameToken><wsse:Username>%1</wsse:Username>"
                          "<wsse:Password "
                          "Type=\"http://docs.oasis-open.org/wss/2004/01/"
                          "oasis-200401-wss-username-token-profile-1.0#PasswordDigest\">%2</wsse:Password>"
                          "<wsse:Nonce "
                          "EncodingType=\"http://docs.oasis-open.org/wss/2004/01/"
                          "oasis-200401-wss-soap-message-security-1.0#Base64Binary\">%3</wsse:Nonce>"
                          "<wsu:Created>%4</wsu:Created></wsse:UsernameToken></wsse:Security>")
        .arg(user, QString::fromLatin1(digest), QString::fromLatin1(nonce.toBase64()), created);
}

QByteArray soapEnvelope(const QString &body, const QString &header = QString())
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                           "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">") +
            (header.isEmpty() ? QString()
                              : QStringLiteral("<s:Header>") + header + QStringLiteral("</s:Header>")) +
            QStringLiteral("<s:Body>") + body + QStringLiteral("</s:Body></s:Envelope>"))
        .toUtf8();
}

const QString kGetDeviceInformation =
    QStringLiteral("<GetDeviceInformation xmlns=\"http://www.onvif.org/ver10/device/wsdl\"/>");
const QString kGetSystemDateAndTime =
    QStringLiteral("<GetSystemDateAndTime xmlns=\"http://www.onvif.org/ver10/device/wsdl\"/>");

struct HttpResult
{
    int status = -1; // -1: no reply within the bound
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray wwwAuthenticate;
};

void noProxy(QNetworkAccessManager &nam)
{
    nam.setProxy(QNetworkProxy::NoProxy);
}

HttpResult send(QNetworkAccessManager &nam, const QUrl &url, const QByteArray *body,
                int transferTimeoutMs = 0)
{
    QNetworkRequest request(url);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    std::unique_ptr<QNetworkReply> reply;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/soap+xml; charset=utf-8"));
        reply.reset(nam.post(request, *body));
    } else {
        reply.reset(nam.get(request));
    }
    HttpResult result;
    if (!waitUntil([&] { return reply->isFinished(); }, kPlayingBoundMs))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    result.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    return result;
}

HttpResult post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body,
                int transferTimeoutMs = 0)
{
    return send(nam, url, &body, transferTimeoutMs);
}

// The texts of every element with this namespace URI and local name, in document order.
QStringList textsOf(const QByteArray &xml, const QString &ns, const QString &name)
{
    QStringList texts;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.namespaceUri() == ns && r.name() == name)
            texts << r.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return texts;
}

QString textOf(const QByteArray &xml, const QString &ns, const QString &name)
{
    const QStringList texts = textsOf(xml, ns, name);
    return texts.isEmpty() ? QString() : texts.first();
}

QStringList attributesOf(const QByteArray &xml, const QString &ns, const QString &name,
                         const QString &attribute)
{
    QStringList values;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.namespaceUri() == ns && r.name() == name)
            values << r.attributes().value(attribute).toString();
    }
    return values;
}

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    return !r.hasError();
}

// SOAP 1.2 fault codes: Code/Value then each Subcode/Value ("SOAP-ENV:Sender", "ter:NotAuthorized").
QStringList faultCodes(const QByteArray &xml)
{
    return textsOf(xml, kSoap12, QStringLiteral("Value"));
}

QByteArray probe(const QString &messageId, const QString &types)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
               "<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\" "
               "xmlns:w=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
               "xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\" "
               "xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\">"
               "<e:Header><w:MessageID>%1</w:MessageID>"
               "<w:To e:mustUnderstand=\"true\">urn:schemas-xmlsoap-org:ws:2005:04:discovery</w:To>"
               "<w:Action "
               "e:mustUnderstand=\"true\">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</w:Action>"
               "</e:Header><e:Body><d:Probe><d:Types>%2</d:Types></d:Probe></e:Body></e:Envelope>")
        .arg(messageId, types)
        .toUtf8();
}

QString newMessageId()
{
    return QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime utcDateTimeOf(const QByteArray &getSystemDateAndTimeResponse)
{
    const auto field = [&](const char *name) {
        return textOf(getSystemDateAndTimeResponse, kTt, QLatin1String(name)).toInt();
    };
    // UTCDateTime comes before LocalDateTime, so the first of each field is UTC.
    return QDateTime(QDate(field("Year"), field("Month"), field("Day")),
                     QTime(field("Hour"), field("Minute"), field("Second")), Qt::UTC);
}
} // namespace

TEST_CASE("ONVIF test device answers a unicast WS-Discovery probe with a ProbeMatch that relates to it",
          "[integration][onvif]")
{
    OnvifTestDevice device;
    REQUIRE(device.start());
    QUdpSocket client;
    REQUIRE(client.bind(QHostAddress(QHostAddress::LocalHost), 0));
    const QHostAddress loopback(QHostAddress::LocalHost);

    // Garbage and a probe for other types are ignored; the wanted probe is answered.
    const QString ignoredId = newMessageId();
    const QString wantedId = newMessageId();
    client.writeDatagram(QByteArrayLiteral("<not a probe"), loopback, device.discoveryPort());
    client.writeDatagram(probe(ignoredId, QStringLiteral("dn:Printer")), loopback, device.discoveryPort());
    client.writeDatagram(probe(wantedId, QStringLiteral("dn:NetworkVideoTransmitter")), loopback,
                         device.discoveryPort());
    REQUIRE(waitUntil([&] { return client.hasPendingDatagrams(); }, 5000));
    const QByteArray match = client.receiveDatagram().data();
    CHECK(wellFormed(match));
    CHECK(textOf(match, kWsa, QStringLiteral("RelatesTo")) == wantedId);
    CHECK(textOf(match, kWsa, QStringLiteral("Action")) == kWsd + QStringLiteral("/ProbeMatches"));
    CHECK(textOf(match, kWsa, QStringLiteral("Address")) == device.endpointReference());
    CHECK(device.endpointReference().startsWith(QLatin1String("urn:uuid:")));
    CHECK(textOf(match, kWsd, QStringLiteral("XAddrs")) == device.deviceServiceUrl().toString());
    CHECK(device.deviceServiceUrl().toString() ==
          QStringLiteral("http://127.0.0.1:%1/onvif/device_service").arg(device.httpPort()));
    CHECK(textOf(match, kWsd, QStringLiteral("Types")).contains(QLatin1String(":NetworkVideoTransmitter")));
    CHECK(textOf(match, kWsd, QStringLiteral("Scopes"))
              .contains(QLatin1String("onvif://www.onvif.org/location/Sekayu")));
    CHECK_FALSE(textOf(match, kWsd, QStringLiteral("MetadataVersion")).isEmpty());
    CHECK(device.probesAnswered() == 1);
    CHECK_FALSE(client.hasPendingDatagrams()); // the earlier two were handled first and not answered

    // An empty Types matches too; the Alternative flavour uses other prefixes and no location scope.
    device.config().flavour = OnvifTestDeviceConfig::Flavour::Alternative;
    const QString anyId = newMessageId();
    client.writeDatagram(probe(anyId, QString()), loopback, device.discoveryPort());
    REQUIRE(waitUntil([&] { return client.hasPendingDatagrams(); }, 5000));
    const QByteArray alternative = client.receiveDatagram().data();
    CHECK(textOf(alternative, kWsa, QStringLiteral("RelatesTo")) == anyId);
    CHECK(textOf(alternative, kWsd, QStringLiteral("XAddrs")) == device.deviceServiceUrl().toString());
    CHECK_FALSE(textOf(alternative, kWsd, QStringLiteral("Scopes")).contains(QLatin1String("/location/")));
    CHECK(alternative.contains("<s:Envelope"));
    CHECK(device.probesAnswered() == 2);
}

TEST_CASE("ONVIF test device: GetSystemDateAndTime needs no credentials and GetDeviceInformation takes a "
          "PasswordDigest",
          "[integration][onvif]")
{
    OnvifTestDeviceConfig config;
    config.clockSkewSeconds = -3600;
    OnvifTestDevice device(config);
    REQUIRE(device.start());
    QNetworkAccessManager nam;
    noProxy(nam);

    const HttpResult time = post(nam, device.deviceServiceUrl(), soapEnvelope(kGetSystemDateAndTime));
    REQUIRE(time.status == 200);
    CHECK(time.contentType.startsWith("application/soap+xml"));
    const QDateTime deviceUtc = utcDateTimeOf(time.body);
    const qint64 offsetS = QDateTime::currentDateTimeUtc().secsTo(deviceUtc);
    CHECK(std::abs(offsetS + 3600) <= 5);

    // Created on the device's clock, as a client does after reading it.
    const HttpResult info = post(
        nam, device.deviceServiceUrl(),
        soapEnvelope(kGetDeviceInformation, usernameToken(QStringLiteral("rahasia"),
                                                          QDateTime::currentDateTimeUtc().addSecs(offsetS))));
    REQUIRE(info.status == 200);
    CHECK(textOf(info.body, kTds, QStringLiteral("Manufacturer")) == QLatin1String("Pantau Test"));
    CHECK(textOf(info.body, kTds, QStringLiteral("Model")) == QLatin1String("PTC-100"));
    CHECK(textOf(info.body, kTds, QStringLiteral("FirmwareVersion")) == QLatin1String("1.0.0"));
    CHECK(textOf(info.body, kTds, QStringLiteral("SerialNumber")) == QLatin1String("SN0001"));
    CHECK(textOf(info.body, kTds, QStringLiteral("HardwareId")) == QLatin1String("HW1"));
    CHECK(info.body.contains("<tds:GetDeviceInformationResponse>"));
    CHECK(device.actionsSeen() ==
          QStringList{QStringLiteral("GetSystemDateAndTime"), QStringLiteral("GetDeviceInformation")});
    CHECK(device.requestCount() == 2);
    CHECK(device.authFailures() == 0);

    // Alternative flavour: same namespaces, other prefixes (default xmlns), optional fields left out.
    device.config().flavour = OnvifTestDeviceConfig::Flavour::Alternative;
    const HttpResult alt = post(
        nam, device.deviceServiceUrl(),
        soapEnvelope(kGetDeviceInformation, usernameToken(QStringLiteral("rahasia"),
                                                          QDateTime::currentDateTimeUtc().addSecs(offsetS))));
    REQUIRE(alt.status == 200);
    CHECK(textOf(alt.body, kTds, QStringLiteral("Manufacturer")) == QLatin1String("Pantau Test"));
    CHECK(textOf(alt.body, kTds, QStringLiteral("FirmwareVersion")).isNull());
    CHECK(textOf(alt.body, kTds, QStringLiteral("HardwareId")).isNull());
    CHECK_FALSE(alt.body.contains("tds:"));
    CHECK(alt.body.contains("xmlns=\"http://www.onvif.org/ver10/device/wsdl\""));
}

TEST_CASE(
    "ONVIF test device refuses a wrong password, a replayed nonce and a missing token as ter:NotAuthorized",
    "[integration][onvif]")
{
    OnvifTestDevice device;
    REQUIRE(device.start());
    QNetworkAccessManager nam;
    noProxy(nam);
    const QUrl url = device.deviceServiceUrl();
    const auto checkNotAuthorized = [](const HttpResult &r) {
        CHECK(r.status == 400);
        CHECK(faultCodes(r.body) ==
              QStringList{QStringLiteral("SOAP-ENV:Sender"), QStringLiteral("ter:NotAuthorized")});
        CHECK(r.body.contains("xmlns:ter=\"http://www.onvif.org/ver10/error\""));
        CHECK(textOf(r.body, kSoap12, QStringLiteral("Text")) == QLatin1String("Sender not Authorized"));
    };

    checkNotAuthorized(
        post(nam, url,
             soapEnvelope(kGetDeviceInformation,
                          usernameToken(QStringLiteral("salah"), QDateTime::currentDateTimeUtc()))));
    CHECK(device.authFailures() == 1);

    const QString token = usernameToken(QStringLiteral("rahasia"), QDateTime::currentDateTimeUtc());
    CHECK(post(nam, url, soapEnvelope(kGetDeviceInformation, token)).status == 200);
    checkNotAuthorized(post(nam, url, soapEnvelope(kGetDeviceInformation, token)));
    CHECK(device.authFailures() == 2);
    CHECK(device.lastAuthFailureReason().contains(QLatin1String("replayed")));

    checkNotAuthorized(post(nam, url, soapEnvelope(kGetDeviceInformation)));
    CHECK(device.authFailures() == 3);

    // SOAP 1.1 fault form: HTTP 500, faultcode/faultstring.
    device.config().soap12Faults = false;
    const HttpResult soap11 =
        post(nam, url,
             soapEnvelope(kGetDeviceInformation,
                          usernameToken(QStringLiteral("salah"), QDateTime::currentDateTimeUtc())));
    CHECK(soap11.status == 500);
    CHECK(textOf(soap11.body, QString(), QStringLiteral("faultcode")) == QLatin1String("ter:NotAuthorized"));
    CHECK(textOf(soap11.body, QString(), QStringLiteral("faultstring")) ==
          QLatin1String("Sender not Authorized"));
    CHECK(device.authFailures() == 4);
}

TEST_CASE("ONVIF test device checks PasswordDigest Created against its own skewed clock",
          "[integration][onvif]")
{
    OnvifTestDeviceConfig config;
    config.clockSkewSeconds = 600;
    OnvifTestDevice device(config);
    REQUIRE(device.start());
    QNetworkAccessManager nam;
    noProxy(nam);

    const HttpResult hostClock =
        post(nam, device.deviceServiceUrl(),
             soapEnvelope(kGetDeviceInformation,
                          usernameToken(QStringLiteral("rahasia"), QDateTime::currentDateTimeUtc())));
    CHECK(hostClock.status == 400);
    CHECK(faultCodes(hostClock.body).contains(QLatin1String("ter:NotAuthorized")));
    CHECK(device.lastAuthFailureReason().contains(QLatin1String("device clock")));

    const HttpResult deviceClock = post(
        nam, device.deviceServiceUrl(),
        soapEnvelope(kGetDeviceInformation,
                     usernameToken(QStringLiteral("rahasia"), QDateTime::currentDateTimeUtc().addSecs(600))));
    CHECK(deviceClock.status == 200);
    CHECK(textOf(deviceClock.body, kTds, QStringLiteral("SerialNumber")) == QLatin1String("SN0001"));
    CHECK(device.authFailures() == 1);
}

TEST_CASE("ONVIF test device with HTTP Digest challenges, then accepts the right digest without WS-Security",
          "[integration][onvif]")
{
    OnvifTestDeviceConfig config;
    config.requireHttpDigest = true;
    OnvifTestDevice device(config);
    REQUIRE(device.start());
    const QByteArray request = soapEnvelope(kGetDeviceInformation);

    QNetworkAccessManager anonymous;
    noProxy(anonymous);
    const HttpResult challenged = post(anonymous, device.deviceServiceUrl(), request);
    CHECK(challenged.status == 401);
    CHECK(challenged.wwwAuthenticate.startsWith("Digest "));
    CHECK(challenged.wwwAuthenticate.contains("qop=\"auth\""));
    CHECK(challenged.wwwAuthenticate.contains("algorithm=MD5"));
    CHECK(challenged.wwwAuthenticate.contains("nonce=\""));
    CHECK(post(anonymous, device.deviceServiceUrl(), soapEnvelope(kGetSystemDateAndTime)).status == 200);
    CHECK(device.authFailures() == 0); // a challenge is not a refusal

    QNetworkAccessManager nam;
    noProxy(nam);
    int asked = 0;
    QObject::connect(&nam, &QNetworkAccessManager::authenticationRequired,
                     [&](QNetworkReply *, QAuthenticator *auth) {
                         ++asked;
                         auth->setUser(QStringLiteral("admin"));
                         auth->setPassword(QStringLiteral("rahasia"));
                     });
    const HttpResult first = post(nam, device.deviceServiceUrl(), request);
    CHECK(first.status == 200);
    CHECK(textOf(first.body, kTds, QStringLiteral("Manufacturer")) == QLatin1String("Pantau Test"));
    const HttpResult second = post(nam, device.deviceServiceUrl(), request);
    CHECK(second.status == 200);
    CHECK(asked >= 1);
    CHECK(device.authFailures() == 0);

    QNetworkAccessManager wrong;
    noProxy(wrong);
    int wrongAsked = 0;
    QObject::connect(&wrong, &QNetworkAccessManager::authenticationRequired,
                     [&](QNetworkReply *, QAuthenticator *auth) {
                         if (wrongAsked++ == 0) { // answer once; asked again, leave it so the request fails
                             auth->setUser(QStringLiteral("admin"));
                             auth->setPassword(QStringLiteral("salah"));
                         }
                     });
    CHECK(post(wrong, device.deviceServiceUrl(), request).status == 401);
    CHECK(device.authFailures() == 1);
    CHECK(device.lastAuthFailureReason().contains(QLatin1String("password")));
}

TEST_CASE("ONVIF test device serves capabilities, services, Media and Media2 profiles and stream URIs",
          "[integration][onvif]")
{
    OnvifTestDevice device;
    REQUIRE(device.start());
    QNetworkAccessManager nam;
    noProxy(nam);
    const auto call = [&](const QString &service, const QString &body) {
        QUrl url = device.deviceServiceUrl();
        url.setPath(QStringLiteral("/onvif/") + service);
        return post(
            nam, url,
            soapEnvelope(body, usernameToken(QStringLiteral("rahasia"), QDateTime::currentDateTimeUtc())));
    };
    const QString base = QStringLiteral("http://127.0.0.1:%1/onvif/").arg(device.httpPort());

    const HttpResult caps = call(
        QStringLiteral("device_service"),
        QStringLiteral(
            "<GetCapabilities "
            "xmlns=\"http://www.onvif.org/ver10/device/wsdl\"><Category>All</Category></GetCapabilities>"));
    REQUIRE(caps.status == 200);
    CHECK(textsOf(caps.body, kTt, QStringLiteral("XAddr")) ==
          QStringList{base + QStringLiteral("device_service"), base + QStringLiteral("media_service")});

    const HttpResult services =
        call(QStringLiteral("device_service"),
             QStringLiteral("<GetServices "
                            "xmlns=\"http://www.onvif.org/ver10/device/wsdl\"><IncludeCapability>false</"
                            "IncludeCapability></GetServices>"));
    REQUIRE(services.status == 200);
    CHECK(textsOf(services.body, kTds, QStringLiteral("Namespace")) == QStringList{kTds, kTrt, kTr2});
    CHECK(textsOf(services.body, kTds, QStringLiteral("XAddr"))
              .contains(base + QStringLiteral("media2_service")));

    // Media (ver10): H.264 profiles only.
    const HttpResult profiles =
        call(QStringLiteral("media_service"),
             QStringLiteral("<GetProfiles xmlns=\"http://www.onvif.org/ver10/media/wsdl\"/>"));
    REQUIRE(profiles.status == 200);
    CHECK(attributesOf(profiles.body, kTrt, QStringLiteral("Profiles"), QStringLiteral("token")) ==
          QStringList{QStringLiteral("Profile_1"), QStringLiteral("Profile_2")});
    CHECK(textsOf(profiles.body, kTt, QStringLiteral("Width")) ==
          QStringList{QStringLiteral("1920"), QStringLiteral("640")});
    CHECK(textsOf(profiles.body, kTt, QStringLiteral("Encoding")) ==
          QStringList{QStringLiteral("H264"), QStringLiteral("H264")});

    const QString streamUri = QStringLiteral(
        "<GetStreamUri xmlns=\"http://www.onvif.org/ver10/media/wsdl\"><StreamSetup>"
        "<Stream xmlns=\"http://www.onvif.org/ver10/schema\">RTP-Unicast</Stream>"
        "<Transport xmlns=\"http://www.onvif.org/ver10/schema\"><Protocol>RTSP</Protocol></Transport>"
        "</StreamSetup><ProfileToken>%1</ProfileToken></GetStreamUri>");
    const HttpResult uri = call(QStringLiteral("media_service"), streamUri.arg(QLatin1String("Profile_1")));
    REQUIRE(uri.status == 200);
    CHECK(textOf(uri.body, kTt, QStringLiteral("Uri")) == QLatin1String("rtsp://127.0.0.1:8554/Profile_1"));
    const HttpResult h265ThroughMedia1 =
        call(QStringLiteral("media_service"), streamUri.arg(QLatin1String("Profile_3")));
    CHECK(h265ThroughMedia1.status == 400);
    CHECK(faultCodes(h265ThroughMedia1.body) == QStringList{QStringLiteral("SOAP-ENV:Sender"),
                                                            QStringLiteral("ter:InvalidArgVal"),
                                                            QStringLiteral("ter:NoProfile")});

    const QString snapshotUri = QStringLiteral(
        "<GetSnapshotUri "
        "xmlns=\"http://www.onvif.org/ver10/media/wsdl\"><ProfileToken>%1</ProfileToken></GetSnapshotUri>");
    const HttpResult snapshot =
        call(QStringLiteral("media_service"), snapshotUri.arg(QLatin1String("Profile_1")));
    REQUIRE(snapshot.status == 200);
    const HttpResult jpeg = send(nam, QUrl(textOf(snapshot.body, kTt, QStringLiteral("Uri"))), nullptr);
    CHECK(jpeg.status == 200);
    CHECK(jpeg.contentType == "image/jpeg");
    CHECK(jpeg.body.startsWith("\xFF\xD8"));
    const HttpResult noSnapshot =
        call(QStringLiteral("media_service"), snapshotUri.arg(QLatin1String("Profile_2")));
    CHECK(noSnapshot.status == 500);
    CHECK(faultCodes(noSnapshot.body) ==
          QStringList{QStringLiteral("SOAP-ENV:Receiver"), QStringLiteral("ter:ActionNotSupported")});

    // Media2 (ver20): all three, H.265 included; configurations only when a Type asks for them.
    const HttpResult all = call(
        QStringLiteral("media2_service"),
        QStringLiteral(
            "<GetProfiles xmlns=\"http://www.onvif.org/ver20/media/wsdl\"><Type>All</Type></GetProfiles>"));
    REQUIRE(all.status == 200);
    CHECK(attributesOf(all.body, kTr2, QStringLiteral("Profiles"), QStringLiteral("token")).size() == 3);
    CHECK(textsOf(all.body, kTt, QStringLiteral("Encoding")) ==
          QStringList{QStringLiteral("H264"), QStringLiteral("H264"), QStringLiteral("H265")});
    CHECK(textsOf(all.body, kTt, QStringLiteral("Width")).last() == QLatin1String("2560"));
    const HttpResult bare =
        call(QStringLiteral("media2_service"),
             QStringLiteral("<GetProfiles xmlns=\"http://www.onvif.org/ver20/media/wsdl\"/>"));
    CHECK(textsOf(bare.body, kTr2, QStringLiteral("Name")).size() == 3);
    CHECK(textsOf(bare.body, kTr2, QStringLiteral("Configurations")).isEmpty());
    const HttpResult uri2 =
        call(QStringLiteral("media2_service"),
             QStringLiteral(
                 "<GetStreamUri xmlns=\"http://www.onvif.org/ver20/media/wsdl\"><Protocol>RTSP</Protocol>"
                 "<ProfileToken>Profile_3</ProfileToken></GetStreamUri>"));
    REQUIRE(uri2.status == 200);
    CHECK(textOf(uri2.body, kTr2, QStringLiteral("Uri")) == QLatin1String("rtsp://127.0.0.1:8554/Profile_3"));

    const HttpResult unknown =
        call(QStringLiteral("device_service"),
             QStringLiteral("<Reboot xmlns=\"http://www.onvif.org/ver10/device/wsdl\"/>"));
    CHECK(unknown.status == 500);
    CHECK(faultCodes(unknown.body).contains(QLatin1String("ter:ActionNotSupported")));
}

TEST_CASE("ONVIF test device PTZ head: ContinuousMove then Stop moves it the way it was told",
          "[integration][onvif]")
{
    OnvifTestDeviceConfig config;
    config.ptz = true;
    OnvifTestDevice device(config);
    REQUIRE(device.start());
    QNetworkAccessManager nam;
    noProxy(nam);
    QUrl url = device.deviceServiceUrl();
    url.setPath(QStringLiteral("/onvif/ptz_service"));
    // <action xmlns=ptz xmlns:tt=schema>inner</action>, authenticated.
    const auto call = [&](const QString &action, const QString &inner = QString()) {
        const QString body = QStringLiteral("<%1 xmlns=\"http://www.onvif.org/ver20/ptz/wsdl\" "
                                            "xmlns:tt=\"http://www.onvif.org/ver10/schema\">%2</%1>")
                                 .arg(action, inner);
        return post(
            nam, url,
            soapEnvelope(body, usernameToken(QStringLiteral("rahasia"), QDateTime::currentDateTimeUtc())));
    };

    const HttpResult nodes = call(QStringLiteral("GetNodes"));
    REQUIRE(nodes.status == 200);
    CHECK(textOf(nodes.body, kTt, QStringLiteral("MaximumNumberOfPresets")) == QLatin1String("32"));
    CHECK(textOf(nodes.body, kTt, QStringLiteral("HomeSupported")) == QLatin1String("true"));
    CHECK(textsOf(nodes.body, kTt, QStringLiteral("ContinuousPanTiltVelocitySpace")).size() == 1);

    CHECK(device.ptzPosition() == QVector3D(0, 0, 0));
    const HttpResult move = call(
        QStringLiteral("ContinuousMove"),
        QStringLiteral("<ProfileToken>Profile_1</ProfileToken><Velocity><tt:PanTilt x=\"0.5\" y=\"-0.5\"/>"
                       "<tt:Zoom x=\"0.25\"/></Velocity><Timeout>PT10S</Timeout>"));
    REQUIRE(move.status == 200);
    CHECK(device.ptzMoving());
    CHECK(device.ptzVelocity() == QVector3D(0.5f, -0.5f, 0.25f));
    REQUIRE(waitUntil([&] { return device.ptzPosition().x() > 0.05f; }, 5000));

    const HttpResult stop = call(
        QStringLiteral("Stop"),
        QStringLiteral("<ProfileToken>Profile_1</ProfileToken><PanTilt>true</PanTilt><Zoom>true</Zoom>"));
    REQUIRE(stop.status == 200);
    CHECK_FALSE(device.ptzMoving());
    CHECK(device.ptzVelocity() == QVector3D());
    CHECK(device.stopCount() == 1);
    const QVector3D stopped = device.ptzPosition();
    CHECK(stopped.x() > 0.05f);
    CHECK(stopped.y() == Approx(-stopped.x()));
    CHECK(stopped.z() == Approx(stopped.x() / 2));
    CHECK(device.ptzPosition() == stopped);

    const HttpResult status =
        call(QStringLiteral("GetStatus"), QStringLiteral("<ProfileToken>Profile_1</ProfileToken>"));
    REQUIRE(status.status == 200);
    CHECK(attributesOf(status.body, kTt, QStringLiteral("PanTilt"), QStringLiteral("x")).first().toFloat() ==
          Approx(stopped.x()).margin(1e-5));
    CHECK(textsOf(status.body, kTt, QStringLiteral("PanTilt")).contains(QLatin1String("IDLE")));

    // A preset remembers the spot; going elsewhere and back returns there.
    const HttpResult set =
        call(QStringLiteral("SetPreset"),
             QStringLiteral("<ProfileToken>Profile_1</ProfileToken><PresetName>Gerbang</PresetName>"));
    REQUIRE(set.status == 200);
    const QString presetToken = textOf(set.body, QStringLiteral("http://www.onvif.org/ver20/ptz/wsdl"),
                                       QStringLiteral("PresetToken"));
    CHECK(device.presetNames() == QStringList{QStringLiteral("Gerbang")});
    CHECK(call(QStringLiteral("AbsoluteMove"),
               QStringLiteral("<ProfileToken>Profile_1</ProfileToken><Position><tt:PanTilt x=\"-1\" "
                              "y=\"1\"/><tt:Zoom x=\"1\"/></Position>"))
              .status == 200);
    CHECK(device.ptzPosition() == QVector3D(-1, 1, 1));
    CHECK(call(QStringLiteral("GotoPreset"),
               QStringLiteral("<ProfileToken>Profile_1</ProfileToken><PresetToken>%1</PresetToken>")
                   .arg(presetToken))
              .status == 200);
    CHECK(device.ptzPosition() == stopped);

    const HttpResult noProfile =
        call(QStringLiteral("GetStatus"), QStringLiteral("<ProfileToken>Nope</ProfileToken>"));
    CHECK(noProfile.status == 400);
    CHECK(faultCodes(noProfile.body).contains(QLatin1String("ter:NoProfile")));
}

TEST_CASE("ONVIF test device misbehaves on purpose: HTML 500, garbage, external entity, 20 MiB, silence",
          "[integration][onvif]")
{
    OnvifTestDevice device;
    REQUIRE(device.start());
    QNetworkAccessManager nam;
    noProxy(nam);
    using Fault = OnvifTestDeviceConfig::Fault;
    const QByteArray info = soapEnvelope(kGetDeviceInformation); // faults come before authentication
    const QUrl url = device.deviceServiceUrl();

    device.config().fault = Fault::HttpError500;
    const HttpResult html = post(nam, url, info);
    CHECK(html.status == 500);
    CHECK(html.contentType.startsWith("text/html"));
    // GetSystemDateAndTime stays healthy unless faultOnDateTime.
    CHECK(post(nam, url, soapEnvelope(kGetSystemDateAndTime)).status == 200);
    device.config().faultOnDateTime = true;
    CHECK(post(nam, url, soapEnvelope(kGetSystemDateAndTime)).status == 500);

    device.config().fault = Fault::Malformed;
    const HttpResult garbage = post(nam, url, info);
    CHECK(garbage.status == 200);
    CHECK_FALSE(garbage.body.isEmpty());
    CHECK_FALSE(wellFormed(garbage.body));

    device.config().fault = Fault::ExternalEntity;
    const HttpResult entity = post(nam, url, info);
    CHECK(entity.status == 200);
    CHECK(entity.body.contains("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"));
    CHECK(entity.body.contains("Model>&xxe;</"));

    device.config().fault = Fault::HugeReply;
    const HttpResult huge = post(nam, url, info);
    CHECK(huge.status == 200);
    CHECK(huge.body.size() == 20 * 1024 * 1024);
    CHECK(huge.body.startsWith("<?xml"));
    CHECK(huge.body.endsWith("</SOAP-ENV:Envelope>\n"));

    device.config().fault = Fault::NeverAnswer;
    const int before = device.requestCount();
    const HttpResult silence = post(nam, url, info, 300);
    CHECK(silence.status == 0);
    CHECK(silence.error != QNetworkReply::NoError);
    CHECK(device.requestCount() == before + 1);
    CHECK(device.actionsSeen().last() == QLatin1String("GetDeviceInformation"));
}
