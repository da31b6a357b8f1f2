// ONVIF message building and reading without a network: digest, envelopes, faults, the XML
// safety rules and the stream choice.
#include <catch2/catch.hpp>

#include "core/onvif/OnvifDeviceInfo.h"
#include "core/onvif/OnvifOnboarding.h"
#include "core/onvif/SoapEnvelope.h"
#include "core/onvif/WsDiscovery.h"
#include "core/onvif/XmlElement.h"

using namespace pantau::onvif;

TEST_CASE("PasswordDigest matches the ONVIF programmer's guide example", "[unit][onvif]")
{
    const QByteArray nonce = QByteArray::fromBase64("LKqI6G/AikKCQrN0zqZFlg==");
    CHECK(passwordDigest(nonce, "2010-09-16T07:50:45Z", "userpassword") == "tuOSpGlFlIXsozq4HFNeeGeFLEI=");
    const UsernameToken a = makeUsernameToken("admin", "x", 0), b = makeUsernameToken("admin", "x", 0);
    CHECK(a.nonce.size() == 16);
    CHECK(a.nonce != b.nonce);
    CHECK(a.passwordDigest == passwordDigest(a.nonce, a.created, "x"));
    // The clock offset moves Created: one hour ahead of us.
    const UsernameToken ahead = makeUsernameToken("admin", "x", 3600 * 1000);
    const QDateTime created = QDateTime::fromString(ahead.created, Qt::ISODateWithMs);
    CHECK(std::abs(QDateTime::currentDateTimeUtc().secsTo(created) - 3600) <= 2);
}

TEST_CASE("A request envelope escapes the username and carries the token", "[unit][onvif]")
{
    UsernameToken t = makeUsernameToken("ad<min>&", "p", 0);
    const QByteArray env =
        soapEnvelope("<GetDeviceInformation xmlns=\"http://www.onvif.org/ver10/device/wsdl\"/>", t);
    const XmlParseResult parsed = parseXml(env);
    REQUIRE(parsed.root);
    CHECK(parsed.root->textAt({u"Header", u"Security", u"UsernameToken", u"Username"}) == "ad<min>&");
    CHECK(parsed.root->find({u"Body", u"GetDeviceInformation"}) != nullptr);
    CHECK_FALSE(soapEnvelope("<X/>", std::nullopt).contains("Security"));
}

TEST_CASE("Replies are read by local name whatever the prefixes", "[unit][onvif]")
{
    const QByteArray reply = R"(<?xml version="1.0"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope" xmlns:tds="http://www.onvif.org/ver10/device/wsdl">
 <SOAP-ENV:Body><tds:GetDeviceInformationResponse><tds:Manufacturer>ACME</tds:Manufacturer>
 <tds:Model>X1</tds:Model></tds:GetDeviceInformationResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>)";
    SoapResponse r = readSoapResponse(reply, 200, 1 << 20);
    REQUIRE_FALSE(r.error.isError());
    CHECK(r.body.name == "GetDeviceInformationResponse");
    CHECK(r.body.textAt({u"Model"}) == "X1");

    const QByteArray other = R"(<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/"><e:Body>
 <GetDeviceInformationResponse xmlns="http://www.onvif.org/ver10/device/wsdl"><Manufacturer>B</Manufacturer>
 </GetDeviceInformationResponse></e:Body></e:Envelope>)";
    r = readSoapResponse(other, 200, 1 << 20);
    REQUIRE_FALSE(r.error.isError());
    CHECK(r.body.textAt({u"Manufacturer"}) == "B");
    CHECK(r.body.textAt({u"Model"}).isEmpty());
}

TEST_CASE("SOAP 1.2 and 1.1 faults are classified", "[unit][onvif]")
{
    const QByteArray auth12 =
        R"(<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:ter="http://www.onvif.org/ver10/error">
<env:Body><env:Fault><env:Code><env:Value>env:Sender</env:Value><env:Subcode><env:Value>ter:NotAuthorized</env:Value>
</env:Subcode></env:Code><env:Reason><env:Text xml:lang="en">Sender not Authorized</env:Text></env:Reason></env:Fault></env:Body></env:Envelope>)";
    CHECK(readSoapResponse(auth12, 400, 1 << 20).error.kind == OnvifError::Kind::AuthFailed);

    const QByteArray other11 =
        R"(<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>
<faultcode>s:Server</faultcode><faultstring>Internal trouble</faultstring></s:Fault></s:Body></s:Envelope>)";
    const SoapResponse r = readSoapResponse(other11, 500, 1 << 20);
    CHECK(r.error.kind == OnvifError::Kind::Fault);
    CHECK(r.error.detail == "Internal trouble");

    const QByteArray unsupported =
        R"(<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body><env:Fault>
<env:Code><env:Value>env:Receiver</env:Value><env:Subcode><env:Value>ter:ActionNotSupported</env:Value></env:Subcode></env:Code>
</env:Fault></env:Body></env:Envelope>)";
    CHECK(readSoapResponse(unsupported, 400, 1 << 20).error.kind == OnvifError::Kind::NotSupported);
    CHECK(readSoapResponse("<html>oops</html>", 500, 1 << 20).error.kind == OnvifError::Kind::Http);
    CHECK(readSoapResponse("", 401, 1 << 20).error.kind == OnvifError::Kind::AuthFailed);
}

TEST_CASE("Hostile XML is refused: entities, DTDs, depth, size, junk", "[unit][onvif]")
{
    const QByteArray xxe = R"(<?xml version="1.0"?><!DOCTYPE m [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<Envelope><Body><R><Model>&e;</Model></R></Body></Envelope>)";
    CHECK(parseXml(xxe).problem == XmlProblem::DocumentType);
    CHECK(readSoapResponse(xxe, 200, 1 << 20).error.kind == OnvifError::Kind::Unsafe);

    const QByteArray laughs =
        R"(<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>)";
    CHECK(parseXml(laughs).problem == XmlProblem::DocumentType);
    CHECK(parseXml("<a>&undeclared;</a>").problem != XmlProblem::None);

    QByteArray deep;
    for (int i = 0; i < 200; ++i)
        deep += "<a>";
    CHECK(parseXml(deep).problem == XmlProblem::TooDeep);
    CHECK(parseXml(QByteArray(2 * 1024 * 1024, 'x')).problem == XmlProblem::TooLarge);
    CHECK(parseXml(QByteArray("\x00\x01\xff<<>", 7)).problem == XmlProblem::Malformed);
    CHECK(parseXml("<a><b></a>").problem == XmlProblem::Malformed);
    CHECK(readSoapResponse("<Envelope><Body><R>", 200, 1 << 20).error.kind == OnvifError::Kind::Malformed);
}

TEST_CASE("Pantau picks the largest profile as main and the smallest usable one as sub", "[unit][onvif]")
{
    OnvifDeviceInfo info;
    auto profile = [](QString token, int w, int h, QString uri) {
        OnvifProfile p;
        p.token = token;
        p.width = w;
        p.height = h;
        p.streamUri = QUrl(uri);
        return p;
    };
    info.profiles = {profile("sub", 640, 360, "rtsp://h/sub"), profile("tiny", 176, 144, "rtsp://h/tiny"),
                     profile("main", 1920, 1080, "rtsp://h/main"), profile("big-no-uri", 3840, 2160, ""),
                     profile("mid", 1280, 720, "rtsp://h/mid")};
    chooseStreams(info);
    REQUIRE(info.main());
    CHECK(info.main()->token == "main");
    REQUIRE(info.sub());
    CHECK(info.sub()->token == "sub");

    OnvifDeviceInfo single;
    single.profiles = {profile("only", 1280, 720, "rtsp://h/only")};
    chooseStreams(single);
    CHECK(single.main()->token == "only");
    CHECK(single.sub() == nullptr);
    OnvifDeviceInfo unsized; // firmware that leaves resolutions out: the device's order decides
    unsized.profiles = {profile("first", 0, 0, "rtsp://h/1"), profile("second", 0, 0, "rtsp://h/2"),
                        profile("third", 0, 0, "rtsp://h/3")};
    chooseStreams(unsized);
    CHECK(unsized.main()->token == "first");
    CHECK(unsized.sub()->token == "second");
    const pantau::Camera cam = OnvifOnboarding::toCamera(info, "admin", "pw");
    CHECK(cam.mainStreamUrl == QUrl("rtsp://h/main"));
    CHECK(cam.subStreamUrl == QUrl("rtsp://h/sub"));
    CHECK(cam.onvifProfileToken == "main");
}

TEST_CASE("Typed camera addresses become device service URLs", "[unit][onvif]")
{
    CHECK(OnvifOnboarding::deviceUrlFromUserInput("127.0.0.1") ==
          QUrl("http://127.0.0.1/onvif/device_service"));
    CHECK(OnvifOnboarding::deviceUrlFromUserInput(" 127.0.0.1:8080 ") ==
          QUrl("http://127.0.0.1:8080/onvif/device_service"));
    CHECK(OnvifOnboarding::deviceUrlFromUserInput("http://[::1]:81/onvif/device_service") ==
          QUrl("http://[::1]:81/onvif/device_service"));
    CHECK(OnvifOnboarding::deviceUrlFromUserInput("").isEmpty());
    CHECK(OnvifOnboarding::deviceUrlFromUserInput("rtsp://127.0.0.1/x").isEmpty());
    CHECK(OnvifOnboarding::deviceUrlFromUserInput("not an address").isEmpty());
}

TEST_CASE("ProbeMatches are parsed, checked against the probe and vendor prefixes", "[unit][onvif]")
{
    const QByteArray probe = WsDiscovery::probeMessage("urn:uuid:1");
    REQUIRE(parseXml(probe).root);
    const QByteArray match =
        R"(<?xml version="1.0"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope"
 xmlns:wsa="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery">
<SOAP-ENV:Header><wsa:RelatesTo>urn:uuid:1</wsa:RelatesTo></SOAP-ENV:Header><SOAP-ENV:Body><d:ProbeMatches><d:ProbeMatch>
<wsa:EndpointReference><wsa:Address>urn:uuid:abc</wsa:Address></wsa:EndpointReference><d:Types>dn:NetworkVideoTransmitter</d:Types>
<d:Scopes>onvif://www.onvif.org/name/Kamera%20Pasar onvif://www.onvif.org/location/Sekayu onvif://www.onvif.org/hardware/PTC-100</d:Scopes>
<d:XAddrs>http://127.0.0.1:8000/onvif/device_service http://[::1]:8000/onvif/device_service</d:XAddrs>
<d:MetadataVersion>1</d:MetadataVersion></d:ProbeMatch></d:ProbeMatches></SOAP-ENV:Body></SOAP-ENV:Envelope>)";
    auto d = WsDiscovery::parseProbeMatch(match, "urn:uuid:1");
    REQUIRE(d);
    CHECK(d->endpointReference == "urn:uuid:abc");
    CHECK(d->name() == "Kamera Pasar");
    CHECK(d->location() == "Sekayu");
    CHECK(d->hardware() == "PTC-100");
    CHECK(d->xaddrs.size() == 2);
    CHECK(d->deviceUrl() == QUrl("http://127.0.0.1:8000/onvif/device_service"));
    CHECK_FALSE(WsDiscovery::parseProbeMatch(match, "urn:uuid:2")); // not our probe
    CHECK_FALSE(WsDiscovery::parseProbeMatch("garbage", "urn:uuid:1"));
}

TEST_CASE("ProbeMatch lists are separated by any XML white space (xs:list)", "[unit][onvif]")
{
    // Tabs, newlines and carriage returns separate Types, Scopes and XAddrs as spaces do.
    const QByteArray match =
        "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\""
        " xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\""
        " xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\">"
        "<s:Header><a:RelatesTo>urn:uuid:7</a:RelatesTo></s:Header><s:Body><d:ProbeMatches><d:ProbeMatch>"
        "<a:EndpointReference><a:Address>urn:uuid:def</a:Address></a:EndpointReference>"
        "<d:Types>\n\tdn:NetworkVideoTransmitter\ttds:Device\r\n</d:Types>"
        "<d:Scopes>\n  onvif://www.onvif.org/name/Simpang_Sekayu\n\tonvif://www.onvif.org/location/Sekayu\r\n"
        "  onvif://www.onvif.org/hardware/PTC-200\n</d:Scopes>"
        "<d:XAddrs>http://127.0.0.1:8001/onvif/device_service\nhttp://[::1]:8001/onvif/device_service\t"
        "</d:XAddrs></d:ProbeMatch></d:ProbeMatches></s:Body></s:Envelope>";
    auto d = WsDiscovery::parseProbeMatch(match, "urn:uuid:7");
    REQUIRE(d);
    CHECK(d->types == QStringList{"dn:NetworkVideoTransmitter", "tds:Device"});
    CHECK(d->scopes.size() == 3);
    CHECK(d->name() == "Simpang Sekayu"); // no line break at its end
    CHECK(d->location() == "Sekayu");
    CHECK(d->hardware() == "PTC-200");
    REQUIRE(d->xaddrs.size() == 2);
    CHECK(d->xaddrs[0] == QUrl("http://127.0.0.1:8001/onvif/device_service"));
    CHECK(d->xaddrs[1] == QUrl("http://[::1]:8001/onvif/device_service"));
}
