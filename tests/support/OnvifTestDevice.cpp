// The fake ONVIF camera of OnvifTestDevice.h. Everything here runs on the thread that owns the
// OnvifTestDevice (the test's main thread), driven by its event loop: QTcpServer/QTcpSocket
// readyRead and bytesWritten, QUdpSocket readyRead. Nothing blocks and nothing sleeps.
//
// Message shapes follow the ONVIF Core, Media, Media2 and PTZ service specifications and their
// schemas (onvif.xsd, devicemgmt.wsdl, media.wsdl, ver20/media/wsdl/media.wsdl, ptz.wsdl), the
// ONVIF error codes (env:Sender / ter:NotAuthorized, env:Receiver / ter:ActionNotSupported, ...),
// OASIS WS-Security UsernameToken Profile 1.0, RFC 7616 (HTTP Digest, MD5, qop=auth) and
// WS-Discovery 2005/04 with WS-Addressing 2004/08.
#include "OnvifTestDevice.h"

#include <QBuffer>
#include <QColor>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QImage>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace {
Q_LOGGING_CATEGORY(lcTestDevice, "pantau.test.onvif")

const QString kSoap12 = QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
const QString kSoap11 = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QString kTds = QStringLiteral("http://www.onvif.org/ver10/device/wsdl");
const QString kTrt = QStringLiteral("http://www.onvif.org/ver10/media/wsdl");
const QString kTr2 = QStringLiteral("http://www.onvif.org/ver20/media/wsdl");
const QString kTptz = QStringLiteral("http://www.onvif.org/ver20/ptz/wsdl");
const QString kTt = QStringLiteral("http://www.onvif.org/ver10/schema");
const QString kTer = QStringLiteral("http://www.onvif.org/ver10/error");
const QString kWsse =
    QStringLiteral("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd");
const QString kWsa = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing");
const QString kWsd = QStringLiteral("http://schemas.xmlsoap.org/ws/2005/04/discovery");
const QString kDn = QStringLiteral("http://www.onvif.org/ver10/network/wsdl");

const QString kPtPositionSpace =
    QStringLiteral("http://www.onvif.org/ver10/tptz/PanTiltSpaces/PositionGenericSpace");
const QString kZoomPositionSpace =
    QStringLiteral("http://www.onvif.org/ver10/tptz/ZoomSpaces/PositionGenericSpace");
const QString kPtTranslationSpace =
    QStringLiteral("http://www.onvif.org/ver10/tptz/PanTiltSpaces/TranslationGenericSpace");
const QString kZoomTranslationSpace =
    QStringLiteral("http://www.onvif.org/ver10/tptz/ZoomSpaces/TranslationGenericSpace");
const QString kPtVelocitySpace =
    QStringLiteral("http://www.onvif.org/ver10/tptz/PanTiltSpaces/VelocityGenericSpace");
const QString kZoomVelocitySpace =
    QStringLiteral("http://www.onvif.org/ver10/tptz/ZoomSpaces/VelocityGenericSpace");
const QString kPtSpeedSpace =
    QStringLiteral("http://www.onvif.org/ver10/tptz/PanTiltSpaces/GenericSpeedSpace");
const QString kZoomSpeedSpace =
    QStringLiteral("http://www.onvif.org/ver10/tptz/ZoomSpaces/ZoomGenericSpeedSpace");

const QByteArray kDigestRealm = QByteArrayLiteral("Pantau Test ONVIF");
const QString kPtzNodeToken = QStringLiteral("PTZNode_1");
const QString kPtzConfigToken = QStringLiteral("PTZConfig_1");

constexpr qint64 kMaxBodyBytes = 1024 * 1024;
constexpr qint64 kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kHugeReplyBytes = 20 * 1024 * 1024;
constexpr qint64 kStreamHighWaterBytes = 256 * 1024;
constexpr qint64 kCreatedToleranceMs = 5000;
constexpr qint64 kDefaultPtzTimeoutMs = 10000;
constexpr int kMaxPresets = 32;
constexpr int kMaxXmlDepth = 64;

QString num(double v)
{
    QString s = QString::number(v, 'f', 6);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

bool parseBool(const QString &text)
{
    const QString t = text.trimmed();
    return t == QLatin1String("true") || t == QLatin1String("1");
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    default:
        return "Unknown";
    }
}

// xs:duration as PTZ timeouts use it: PnDTnHnMn.nS (years and months are not accepted).
std::optional<qint64> parseDurationMs(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$)"));
    const QString t = text.trimmed();
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch() || t == QLatin1String("P") || t.endsWith(QLatin1Char('T')))
        return std::nullopt;
    const double ms = m.captured(1).toDouble() * 86400e3 + m.captured(2).toDouble() * 3600e3 +
                      m.captured(3).toDouble() * 60e3 + m.captured(4).toDouble() * 1e3;
    return qint64(std::llround(ms));
}

QVector3D clampPtz(QVector3D p)
{
    return {std::clamp(p.x(), -1.f, 1.f), std::clamp(p.y(), -1.f, 1.f), std::clamp(p.z(), 0.f, 1.f)};
}

// name="value" pairs of an RFC 7616 Authorization header (after "Digest ").
QHash<QByteArray, QByteArray> parseDigestParams(const QByteArray &s)
{
    QHash<QByteArray, QByteArray> out;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '\t'))
            ++i;
        const qsizetype keyStart = i;
        while (i < n && s[i] != '=' && s[i] != ',')
            ++i;
        const QByteArray key = s.mid(keyStart, i - keyStart).trimmed().toLower();
        if (i >= n || s[i] != '=')
            continue;
        ++i;
        QByteArray value;
        if (i < n && s[i] == '"') {
            ++i;
            while (i < n && s[i] != '"') {
                if (s[i] == '\\' && i + 1 < n)
                    ++i;
                value += s[i];
                ++i;
            }
            ++i;
        } else {
            const qsizetype valueStart = i;
            while (i < n && s[i] != ',')
                ++i;
            value = s.mid(valueStart, i - valueStart).trimmed();
        }
        if (!key.isEmpty())
            out.insert(key, value);
    }
    return out;
}

enum class Take { NeedMore, Ok, Bad };
} // namespace

namespace pantau::test::onvifdetail {

// A parsed XML element: enough of a DOM to read SOAP requests and probes.
struct XmlNode
{
    QString nsUri;
    QString name;
    QXmlStreamAttributes attributes;
    QString text;                  // character data directly inside this element
    QHash<QString, QString> scope; // prefix ("" = default) -> namespace URI, in scope here
    std::vector<XmlNode> children;

    const XmlNode *child(const QString &localName) const
    {
        for (const XmlNode &c : children) {
            if (c.name == localName)
                return &c;
        }
        return nullptr;
    }
    QString childText(const QString &localName) const
    {
        const XmlNode *c = child(localName);
        return c ? c->text.trimmed() : QString();
    }
    QString attr(const QString &localName) const
    {
        for (const QXmlStreamAttribute &a : attributes) {
            if (a.name() == localName)
                return a.value().toString();
        }
        return {};
    }

    // Namespace-aware; refuses any DTD (so no entity of any kind is ever expanded) and documents
    // nested deeper than kMaxXmlDepth.
    static bool parse(const QByteArray &bytes, XmlNode &root, QString &error)
    {
        QXmlStreamReader reader(bytes);
        std::vector<XmlNode> stack;
        bool haveRoot = false;
        while (!reader.atEnd()) {
            switch (reader.readNext()) {
            case QXmlStreamReader::DTD:
                error = QStringLiteral("DTD not allowed");
                return false;
            case QXmlStreamReader::EntityReference:
                error = QStringLiteral("entity reference not allowed");
                return false;
            case QXmlStreamReader::StartElement: {
                if (haveRoot || stack.size() >= std::size_t(kMaxXmlDepth)) {
                    error = QStringLiteral("document too deep");
                    return false;
                }
                XmlNode node;
                node.nsUri = reader.namespaceUri().toString();
                node.name = reader.name().toString();
                node.attributes = reader.attributes();
                if (!stack.empty())
                    node.scope = stack.back().scope;
                for (const QXmlStreamNamespaceDeclaration &d : reader.namespaceDeclarations())
                    node.scope.insert(d.prefix().toString(), d.namespaceUri().toString());
                stack.push_back(std::move(node));
                break;
            }
            case QXmlStreamReader::EndElement: {
                XmlNode node = std::move(stack.back());
                stack.pop_back();
                if (stack.empty()) {
                    root = std::move(node);
                    haveRoot = true;
                } else {
                    stack.back().children.push_back(std::move(node));
                }
                break;
            }
            case QXmlStreamReader::Characters:
                if (!stack.empty())
                    stack.back().text += reader.text();
                break;
            default:
                break;
            }
        }
        if (reader.hasError()) {
            error = reader.errorString();
            return false;
        }
        if (!haveRoot)
            error = QStringLiteral("no root element");
        return haveRoot;
    }
};

// A SOAP request: the envelope, its Header and the first child of its Body (the action).
struct SoapCall
{
    XmlNode envelope;
    bool soap12 = true;
    const XmlNode *header = nullptr;
    const XmlNode *action = nullptr;

    SoapCall() = default;
    SoapCall(const SoapCall &) = delete;
    SoapCall &operator=(const SoapCall &) = delete;

    bool parse(const QByteArray &bytes, QString &error)
    {
        if (!XmlNode::parse(bytes, envelope, error))
            return false;
        if (envelope.name != QLatin1String("Envelope") ||
            (envelope.nsUri != kSoap12 && envelope.nsUri != kSoap11)) {
            error = QStringLiteral("not a SOAP envelope");
            return false;
        }
        soap12 = envelope.nsUri == kSoap12;
        const XmlNode *body = nullptr;
        for (const XmlNode &c : envelope.children) {
            if (c.nsUri != envelope.nsUri)
                continue;
            if (c.name == QLatin1String("Header"))
                header = &c;
            else if (c.name == QLatin1String("Body"))
                body = &c;
        }
        if (!body || body->children.empty()) {
            error = QStringLiteral("empty or missing SOAP Body");
            return false;
        }
        action = &body->children.front();
        return true;
    }
    QString param(const QString &localName) const { return action->childText(localName); }
};

struct HttpRequest
{
    QByteArray method, target, version;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    bool keepAlive = true;
};

struct Reply
{
    enum class Kind { Normal, None, Huge };
    Kind kind = Kind::Normal;
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/soap+xml; charset=utf-8");
    QByteArray body; // Huge: the start of the body; streamFillerBytes and streamTail follow
    qint64 streamFillerBytes = 0;
    QByteArray streamTail;
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct Connection
{
    QByteArray buffer;
    bool stalled = false; // NeverAnswer: read everything, answer nothing, keep it open
    bool continueSent = false;
    qint64 fillerLeft = 0; // HugeReply still streaming
    QByteArray tail;
    bool closeAfterStream = false;
    bool streaming() const { return fillerLeft > 0 || !tail.isEmpty(); }
};

// Writes a SOAP response envelope with the flavour's prefixes.
class SoapOut
{
public:
    SoapOut(bool alternative, bool soap12)
        : m_alternative(alternative), m_env(soap12 ? kSoap12 : kSoap11), m_writer(&m_bytes)
    {
        m_writer.writeStartDocument();
        m_writer.writeNamespace(m_env, envPrefix());
        m_writer.writeNamespace(kTt, alternative ? QStringLiteral("sch") : QStringLiteral("tt"));
        if (!alternative)
            m_writer.writeNamespace(kTds, QStringLiteral("tds"));
        m_writer.writeNamespace(kTrt, alternative ? QStringLiteral("m") : QStringLiteral("trt"));
        if (!alternative)
            m_writer.writeNamespace(kTr2, QStringLiteral("tr2"));
        m_writer.writeNamespace(kTptz, alternative ? QStringLiteral("p") : QStringLiteral("tptz"));
        m_writer.writeNamespace(kTer, terPrefix());
        m_writer.writeStartElement(m_env, QStringLiteral("Envelope"));
        if (!alternative)
            m_writer.writeEmptyElement(m_env, QStringLiteral("Header"));
        m_writer.writeStartElement(m_env, QStringLiteral("Body"));
    }

    // The Body's child. The Alternative flavour puts device-service payloads in a default xmlns.
    void payload(const QString &nsUri, const QString &name)
    {
        if (m_alternative && nsUri == kTds) {
            m_writer.writeStartElement(name);
            m_writer.writeDefaultNamespace(nsUri);
        } else {
            m_writer.writeStartElement(nsUri, name);
        }
    }
    void start(const QString &nsUri, const QString &name) { m_writer.writeStartElement(nsUri, name); }
    void empty(const QString &nsUri, const QString &name) { m_writer.writeEmptyElement(nsUri, name); }
    void attr(const QString &name, const QString &value) { m_writer.writeAttribute(name, value); }
    void leaf(const QString &nsUri, const QString &name, const QString &text)
    {
        m_writer.writeTextElement(nsUri, name, text);
    }
    void text(const QString &text) { m_writer.writeCharacters(text); }
    void end() { m_writer.writeEndElement(); }
    QXmlStreamWriter &writer() { return m_writer; }
    const QString &env() const { return m_env; }
    QString envPrefix() const { return m_alternative ? QStringLiteral("s") : QStringLiteral("SOAP-ENV"); }
    QString terPrefix() const { return m_alternative ? QStringLiteral("err") : QStringLiteral("ter"); }
    QByteArray finish()
    {
        m_writer.writeEndDocument();
        return m_bytes;
    }

private:
    bool m_alternative;
    QString m_env;
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

} // namespace pantau::test::onvifdetail

namespace {
using pantau::test::onvifdetail::Connection;
using pantau::test::onvifdetail::HttpRequest;
using pantau::test::onvifdetail::Reply;
using pantau::test::onvifdetail::SoapOut;
using pantau::test::onvifdetail::XmlNode;

Reply okReply(SoapOut &out)
{
    Reply r;
    r.body = out.finish();
    return r;
}

Reply plainReply(int status)
{
    Reply r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = QByteArray::number(status) + ' ' + reasonPhrase(status) + '\n';
    return r;
}

// Takes one complete request off the front of the connection's buffer.
Take takeRequest(Connection &c, QTcpSocket *socket, HttpRequest &req, int &badStatus)
{
    const qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (c.buffer.size() > kMaxHeaderBytes) {
            badStatus = 431;
            return Take::Bad;
        }
        return Take::NeedMore;
    }
    const QList<QByteArray> lines = c.buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        badStatus = 400;
        return Take::Bad;
    }
    req.method = requestLine[0];
    req.target = requestLine[1];
    req.version = requestLine[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            badStatus = 400;
            return Take::Bad;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        req.headers.insert(name, req.headers.contains(name) ? req.headers.value(name) + ", " + value : value);
    }
    if (req.headers.contains("transfer-encoding")) {
        badStatus = 501;
        return Take::Bad;
    }
    qint64 contentLength = 0;
    if (req.headers.contains("content-length")) {
        bool ok = false;
        contentLength = req.headers.value("content-length").toLongLong(&ok);
        if (!ok || contentLength < 0) {
            badStatus = 400;
            return Take::Bad;
        }
        if (contentLength > kMaxBodyBytes) {
            badStatus = 413;
            return Take::Bad;
        }
    }
    const qint64 total = headerEnd + 4 + contentLength;
    if (c.buffer.size() < total) {
        if (req.headers.value("expect").toLower() == "100-continue" && !c.continueSent) {
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            c.continueSent = true;
        }
        return Take::NeedMore;
    }
    req.body = c.buffer.mid(headerEnd + 4, contentLength);
    c.buffer.remove(0, total);
    c.continueSent = false;
    const QByteArray connection = req.headers.value("connection").toLower();
    req.keepAlive =
        req.version == "HTTP/1.0" ? connection.contains("keep-alive") : !connection.contains("close");
    return Take::Ok;
}

void writeDateTime(SoapOut &out, const QString &element, const QDateTime &t)
{
    out.start(kTt, element);
    out.start(kTt, QStringLiteral("Time"));
    out.leaf(kTt, QStringLiteral("Hour"), QString::number(t.time().hour()));
    out.leaf(kTt, QStringLiteral("Minute"), QString::number(t.time().minute()));
    out.leaf(kTt, QStringLiteral("Second"), QString::number(t.time().second()));
    out.end();
    out.start(kTt, QStringLiteral("Date"));
    out.leaf(kTt, QStringLiteral("Year"), QString::number(t.date().year()));
    out.leaf(kTt, QStringLiteral("Month"), QString::number(t.date().month()));
    out.leaf(kTt, QStringLiteral("Day"), QString::number(t.date().day()));
    out.end();
    out.end();
}

void writeRange(SoapOut &out, const QString &element, double min, double max)
{
    out.start(kTt, element);
    out.leaf(kTt, QStringLiteral("Min"), num(min));
    out.leaf(kTt, QStringLiteral("Max"), num(max));
    out.end();
}

void writeSpace2D(SoapOut &out, const QString &element, const QString &uri, double min, double max)
{
    out.start(kTt, element);
    out.leaf(kTt, QStringLiteral("URI"), uri);
    writeRange(out, QStringLiteral("XRange"), min, max);
    writeRange(out, QStringLiteral("YRange"), min, max);
    out.end();
}

void writeSpace1D(SoapOut &out, const QString &element, const QString &uri, double min, double max)
{
    out.start(kTt, element);
    out.leaf(kTt, QStringLiteral("URI"), uri);
    writeRange(out, QStringLiteral("XRange"), min, max);
    out.end();
}

void writePtzVector(SoapOut &out, const QString &element, const QVector3D &v)
{
    out.start(kTt, element);
    out.empty(kTt, QStringLiteral("PanTilt"));
    out.attr(QStringLiteral("x"), num(v.x()));
    out.attr(QStringLiteral("y"), num(v.y()));
    out.attr(QStringLiteral("space"), kPtPositionSpace);
    out.empty(kTt, QStringLiteral("Zoom"));
    out.attr(QStringLiteral("x"), num(v.z()));
    out.attr(QStringLiteral("space"), kZoomPositionSpace);
    out.end();
}

void writeMulticast(SoapOut &out)
{
    out.start(kTt, QStringLiteral("Multicast"));
    out.start(kTt, QStringLiteral("Address"));
    out.leaf(kTt, QStringLiteral("Type"), QStringLiteral("IPv4"));
    out.leaf(kTt, QStringLiteral("IPv4Address"), QStringLiteral("0.0.0.0"));
    out.end();
    out.leaf(kTt, QStringLiteral("Port"), QStringLiteral("0"));
    out.leaf(kTt, QStringLiteral("TTL"), QStringLiteral("0"));
    out.leaf(kTt, QStringLiteral("AutoStart"), QStringLiteral("false"));
    out.end();
}

// PanTilt x/y and Zoom x of a tt:PTZVector or tt:PTZSpeed; parts the element lacks are left alone.
bool readPtzVector(const XmlNode *node, QVector3D &v, bool *hasPanTilt = nullptr, bool *hasZoom = nullptr)
{
    if (hasPanTilt)
        *hasPanTilt = false;
    if (hasZoom)
        *hasZoom = false;
    if (!node)
        return true;
    if (const XmlNode *pt = node->child(QStringLiteral("PanTilt"))) {
        bool okX = false, okY = false;
        const double x = pt->attr(QStringLiteral("x")).toDouble(&okX);
        const double y = pt->attr(QStringLiteral("y")).toDouble(&okY);
        if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y))
            return false;
        v.setX(float(x));
        v.setY(float(y));
        if (hasPanTilt)
            *hasPanTilt = true;
    }
    if (const XmlNode *zoom = node->child(QStringLiteral("Zoom"))) {
        bool ok = false;
        const double x = zoom->attr(QStringLiteral("x")).toDouble(&ok);
        if (!ok || !std::isfinite(x))
            return false;
        v.setZ(float(x));
        if (hasZoom)
            *hasZoom = true;
    }
    return true;
}

bool inRange(const QVector3D &v, float panTiltMin, float panTiltMax, float zoomMin, float zoomMax)
{
    return v.x() >= panTiltMin && v.x() <= panTiltMax && v.y() >= panTiltMin && v.y() <= panTiltMax &&
           v.z() >= zoomMin && v.z() <= zoomMax;
}

bool visibleInMedia1(const pantau::test::OnvifTestProfile &p)
{
    const QString e = p.encoding.toUpper();
    return e == QLatin1String("H264") || e == QLatin1String("JPEG") || e == QLatin1String("MPEG4");
}

int bitrateKbps(const pantau::test::OnvifTestProfile &p)
{
    return std::max(256, p.width * p.height / 512);
}

// RFC 3986 scope matching of WS-Discovery: the probe's scope is a segment-wise prefix.
bool scopeMatches(const QString &probeScope, const QString &deviceScope, bool exact)
{
    if (exact)
        return probeScope == deviceScope;
    if (deviceScope.compare(probeScope, Qt::CaseInsensitive) == 0)
        return true;
    const QString prefix = probeScope.endsWith(QLatin1Char('/')) ? probeScope : probeScope + QLatin1Char('/');
    return deviceScope.startsWith(prefix, Qt::CaseInsensitive);
}
} // namespace

namespace pantau::test {

using onvifdetail::SoapCall;

OnvifTestDevice::OnvifTestDevice(OnvifTestDeviceConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)),
      m_uuid(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_instanceId(quint32(QDateTime::currentSecsSinceEpoch() & 0x7fffffff)), m_digestOpaque(randomHex(8))
{
    m_monotonic.start();
}

OnvifTestDevice::~OnvifTestDevice()
{
    // Sockets are children of m_http; cut them loose from us first so nothing they emit while
    // dying reaches a half-destroyed device.
    for (auto &entry : m_connections) {
        entry.first->disconnect(this);
        entry.first->abort();
    }
    m_connections.clear();
}

bool OnvifTestDevice::start()
{
    if (m_http)
        return m_http->isListening() && m_discovery;
    m_http = new QTcpServer(this);
    if (!m_http->listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcTestDevice) << "cannot listen on 127.0.0.1:" << m_http->errorString();
        return false;
    }
    connect(m_http, &QTcpServer::newConnection, this, &OnvifTestDevice::acceptConnections);
    auto *udp = new QUdpSocket(this);
    if (!udp->bind(QHostAddress::LocalHost, 0)) {
        qCWarning(lcTestDevice) << "cannot bind UDP on 127.0.0.1:" << udp->errorString();
        delete udp;
        return false;
    }
    m_discovery = udp;
    connect(m_discovery, &QUdpSocket::readyRead, this, [this] { readProbes(m_discovery); });
    if (m_config.joinMulticast) {
        auto *group = new QUdpSocket(this);
        const QHostAddress address(QStringLiteral("239.255.255.250"));
        if (!group->bind(QHostAddress::AnyIPv4, 3702,
                         QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint) ||
            !group->joinMulticastGroup(address)) {
            qCWarning(lcTestDevice) << "cannot join the WS-Discovery group:" << group->errorString();
            delete group;
            return false;
        }
        // Answers go out from the unicast socket, as a real camera's come from its own address.
        connect(group, &QUdpSocket::readyRead, this, [this, group] { readProbes(group); });
    }
    return true;
}

quint16 OnvifTestDevice::httpPort() const
{
    return m_http ? m_http->serverPort() : 0;
}

quint16 OnvifTestDevice::discoveryPort() const
{
    return m_discovery ? m_discovery->localPort() : 0;
}

QUrl OnvifTestDevice::deviceServiceUrl() const
{
    return QUrl(serviceUrl(QStringLiteral("device_service")));
}

QString OnvifTestDevice::endpointReference() const
{
    return QStringLiteral("urn:uuid:") + m_uuid;
}

OnvifTestDeviceConfig &OnvifTestDevice::config()
{
    return m_config;
}

QStringList OnvifTestDevice::actionsSeen() const
{
    return m_actionsSeen;
}

int OnvifTestDevice::authFailures() const
{
    return m_authFailures;
}

int OnvifTestDevice::requestCount() const
{
    return m_requestCount;
}

int OnvifTestDevice::probesAnswered() const
{
    return m_probesAnswered;
}

QString OnvifTestDevice::lastAuthFailureReason() const
{
    return m_lastAuthFailure;
}

QVector3D OnvifTestDevice::ptzPosition() const
{
    return ptzPositionAt(m_monotonic.elapsed());
}

QVector3D OnvifTestDevice::ptzVelocity() const
{
    return ptzMoving() ? m_ptzVelocity : QVector3D();
}

bool OnvifTestDevice::ptzMoving() const
{
    return m_ptzDeadlineMs >= 0 && m_monotonic.elapsed() < m_ptzDeadlineMs && !m_ptzVelocity.isNull();
}

int OnvifTestDevice::stopCount() const
{
    return m_stopCount;
}

QStringList OnvifTestDevice::presetNames() const
{
    QStringList names;
    for (const Preset &p : m_presets)
        names << p.name;
    return names;
}

bool OnvifTestDevice::alternative() const
{
    return m_config.flavour == OnvifTestDeviceConfig::Flavour::Alternative;
}

bool OnvifTestDevice::media2Enabled() const
{
    return m_config.media2 && !alternative();
}

QDateTime OnvifTestDevice::deviceNow() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_config.clockSkewSeconds);
}

QString OnvifTestDevice::serviceUrl(const QString &service) const
{
    return QStringLiteral("http://127.0.0.1:%1/onvif/%2").arg(httpPort()).arg(service);
}

QStringList OnvifTestDevice::effectiveScopes() const
{
    QStringList scopes = m_config.scopes;
    if (alternative())
        scopes.removeIf([](const QString &s) { return s.contains(QLatin1String("/location/")); });
    return scopes;
}

QVector<OnvifTestProfile> OnvifTestDevice::effectiveProfiles() const
{
    if (!m_config.profiles.isEmpty())
        return m_config.profiles;
    QVector<OnvifTestProfile> profiles;
    profiles.push_back({QStringLiteral("Profile_1"), QStringLiteral("mainStream"), QStringLiteral("H264"),
                        1920, 1080, 25, QStringLiteral("rtsp://127.0.0.1:8554/Profile_1"),
                        QStringLiteral("http://127.0.0.1:%1/onvif/snapshot/Profile_1.jpg").arg(httpPort())});
    profiles.push_back({QStringLiteral("Profile_2"), QStringLiteral("subStream"), QStringLiteral("H264"), 640,
                        360, 25, QStringLiteral("rtsp://127.0.0.1:8554/Profile_2"), QString()});
    if (media2Enabled()) {
        profiles.push_back({QStringLiteral("Profile_3"), QStringLiteral("h265Stream"), QStringLiteral("H265"),
                            2560, 1440, 25, QStringLiteral("rtsp://127.0.0.1:8554/Profile_3"), QString()});
    }
    return profiles;
}

std::optional<OnvifTestProfile> OnvifTestDevice::findProfile(const QString &token) const
{
    for (const OnvifTestProfile &p : effectiveProfiles()) {
        if (p.token == token)
            return p;
    }
    return std::nullopt;
}

// ---- HTTP ----------------------------------------------------------------------------------

void OnvifTestDevice::acceptConnections()
{
    while (QTcpSocket *socket = m_http->nextPendingConnection()) {
        m_connections.emplace(socket, std::make_unique<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pumpStream(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.erase(socket);
            socket->deleteLater();
        });
    }
}

void OnvifTestDevice::readFrom(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    if (c.stalled) {
        socket->readAll();
        return;
    }
    c.buffer += socket->readAll();
    processBuffer(socket);
}

void OnvifTestDevice::processBuffer(QTcpSocket *socket)
{
    for (;;) {
        // Looked up again each round: a requestHandled slot may have run the event loop.
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        Connection &c = *it->second;
        if (c.stalled || c.streaming())
            return;
        HttpRequest request;
        int badStatus = 0;
        const Take take = takeRequest(c, socket, request, badStatus);
        if (take == Take::NeedMore)
            return;
        if (take == Take::Bad) {
            qCInfo(lcTestDevice) << "bad HTTP request, answering" << badStatus;
            sendReply(socket, c, plainReply(badStatus), false);
            return;
        }
        ++m_requestCount;
        QString action;
        const Reply reply = handleHttp(request, action);
        const bool open = sendReply(socket, c, reply, request.keepAlive);
        if (!action.isEmpty())
            Q_EMIT requestHandled(action);
        if (!open)
            return;
    }
}

// Returns whether the connection can take the next request now. Touches nothing after
// disconnectFromHost(), which may delete the Connection through the disconnected signal.
bool OnvifTestDevice::sendReply(QTcpSocket *socket, Connection &c, const Reply &reply, bool keepAlive)
{
    if (reply.kind == Reply::Kind::None) {
        c.stalled = true;
        c.buffer.clear();
        return false;
    }
    const bool huge = reply.kind == Reply::Kind::Huge;
    const qint64 length = reply.body.size() + (huge ? reply.streamFillerBytes + reply.streamTail.size() : 0);
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Server: Pantau-ONVIF-Test\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    for (const auto &h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(reply.body);
    if (huge) {
        c.fillerLeft = reply.streamFillerBytes;
        c.tail = reply.streamTail;
        c.closeAfterStream = !keepAlive;
        pumpStream(socket);
        return false; // pumpStream resumes the connection when the stream is out
    }
    if (!keepAlive) {
        socket->disconnectFromHost();
        return false;
    }
    return true;
}

void OnvifTestDevice::pumpStream(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    if (!c.streaming())
        return;
    static const QByteArray filler = QByteArray("PantauHugeReply ").repeated(4096); // 64 KiB of text
    while (c.fillerLeft > 0 && socket->bytesToWrite() < kStreamHighWaterBytes) {
        const qint64 n = std::min<qint64>(c.fillerLeft, filler.size());
        socket->write(filler.constData(), n);
        c.fillerLeft -= n;
    }
    if (c.fillerLeft > 0)
        return;
    socket->write(c.tail);
    c.tail.clear();
    if (c.closeAfterStream) {
        socket->disconnectFromHost();
        return;
    }
    processBuffer(socket);
}

Reply OnvifTestDevice::handleHttp(const HttpRequest &request, QString &action)
{
    const QString path = QUrl::fromEncoded(request.target).path();
    if (request.method == "GET" && path.startsWith(QLatin1String("/onvif/snapshot/")))
        return snapshot(request);
    static const QStringList services = {QStringLiteral("device_service"), QStringLiteral("media_service"),
                                         QStringLiteral("media2_service"), QStringLiteral("ptz_service")};
    if (std::none_of(services.begin(), services.end(), [&](const QString &s) { return path.endsWith(s); }))
        return plainReply(404);
    if (request.method != "POST") {
        Reply r = plainReply(405);
        r.headers.emplaceBack("Allow", "POST");
        return r;
    }

    SoapCall call;
    QString error;
    if (!call.parse(request.body, error)) {
        qCInfo(lcTestDevice) << "unparseable SOAP request:" << error;
        return soapFault(call.soap12, true, {QStringLiteral("WellFormed")},
                         QStringLiteral("The request is not well formed: ") + error);
    }
    action = call.action->name;
    m_actionsSeen << action;

    const bool preAuth = action == QLatin1String("GetSystemDateAndTime") && call.action->nsUri == kTds;
    if (m_config.fault != OnvifTestDeviceConfig::Fault::None && (!preAuth || m_config.faultOnDateTime))
        return faultModeReply(call);
    if (!preAuth) {
        if (m_config.requireHttpDigest) {
            if (std::optional<Reply> refusal = checkHttpDigest(request))
                return *refusal;
        } else if (!checkWsSecurity(call)) {
            ++m_authFailures;
            return soapFault(call.soap12, true, {QStringLiteral("NotAuthorized")},
                             QStringLiteral("Sender not Authorized"));
        }
    }
    return dispatch(call);
}

Reply OnvifTestDevice::snapshot(const HttpRequest &request)
{
    if (m_config.requireHttpDigest) {
        if (std::optional<Reply> refusal = checkHttpDigest(request))
            return *refusal;
    }
    if (m_snapshotJpeg.isEmpty()) {
        QImage image(64, 36, QImage::Format_RGB32);
        image.fill(QColor(40, 90, 160));
        QBuffer buffer(&m_snapshotJpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG");
    }
    if (m_snapshotJpeg.isEmpty())
        return plainReply(500);
    Reply r;
    r.contentType = "image/jpeg";
    r.body = m_snapshotJpeg;
    return r;
}

// ---- Authentication ------------------------------------------------------------------------

std::optional<Reply> OnvifTestDevice::checkHttpDigest(const HttpRequest &request)
{
    const auto challenge = [this](bool stale) {
        const QByteArray nonce = randomHex(16);
        m_digestNonces.insert(nonce, 0);
        Reply r = plainReply(401);
        QByteArray value = "Digest realm=\"" + kDigestRealm + "\", qop=\"auth\", algorithm=MD5, nonce=\"" +
                           nonce + "\", opaque=\"" + m_digestOpaque + "\"";
        if (stale)
            value += ", stale=true";
        r.headers.emplaceBack("WWW-Authenticate", value);
        return r;
    };
    const auto fail = [&](const QString &why) {
        ++m_authFailures;
        m_lastAuthFailure = why;
        qCInfo(lcTestDevice) << "HTTP Digest refused:" << why;
        return challenge(false);
    };

    const QByteArray header = request.headers.value("authorization");
    if (header.isEmpty())
        return challenge(false);
    if (header.left(7).toLower() != "digest ")
        return fail(QStringLiteral("Authorization is not Digest"));
    const QHash<QByteArray, QByteArray> p = parseDigestParams(header.mid(7));
    const QByteArray nonce = p.value("nonce");
    if (!m_digestNonces.contains(nonce))
        return challenge(true); // a nonce we never issued (or forgot): ask again, not a credential failure
    if (p.value("username") != m_config.username.toUtf8())
        return fail(QStringLiteral("unknown user"));
    if (p.value("realm") != kDigestRealm)
        return fail(QStringLiteral("wrong realm"));
    if (p.value("uri") != request.target)
        return fail(QStringLiteral("digest uri differs from the request target"));
    if (p.value("qop") != "auth")
        return fail(QStringLiteral("qop is not auth"));
    const QByteArray algorithm = p.value("algorithm");
    if (!algorithm.isEmpty() && algorithm.toUpper() != "MD5")
        return fail(QStringLiteral("algorithm is not MD5"));
    if (p.contains("opaque") && p.value("opaque") != m_digestOpaque)
        return fail(QStringLiteral("wrong opaque"));
    bool ncOk = false;
    const quint32 nc = p.value("nc").toUInt(&ncOk, 16);
    const QByteArray cnonce = p.value("cnonce");
    if (!ncOk || nc == 0 || cnonce.isEmpty())
        return fail(QStringLiteral("nc or cnonce missing"));
    const QByteArray ha1 =
        md5Hex(m_config.username.toUtf8() + ':' + kDigestRealm + ':' + m_config.password.toUtf8());
    const QByteArray ha2 = md5Hex(request.method + ':' + request.target);
    const QByteArray expected =
        md5Hex(ha1 + ':' + nonce + ':' + p.value("nc") + ':' + cnonce + ":auth:" + ha2);
    if (p.value("response").toLower() != expected)
        return fail(QStringLiteral("wrong digest response (password)"));
    if (nc <= m_digestNonces.value(nonce))
        return fail(QStringLiteral("nonce count replayed"));
    m_digestNonces[nonce] = nc;
    return std::nullopt;
}

bool OnvifTestDevice::checkWsSecurity(const SoapCall &call)
{
    const auto fail = [this](const QString &why) {
        m_lastAuthFailure = why;
        qCInfo(lcTestDevice) << "WS-Security refused:" << why;
        return false;
    };
    const XmlNode *security = call.header ? call.header->child(QStringLiteral("Security")) : nullptr;
    if (!security || security->nsUri != kWsse)
        return fail(QStringLiteral("no wsse:Security header"));
    const XmlNode *token = security->child(QStringLiteral("UsernameToken"));
    if (!token)
        return fail(QStringLiteral("no UsernameToken"));
    if (token->childText(QStringLiteral("Username")) != m_config.username)
        return fail(QStringLiteral("unknown user"));
    const XmlNode *password = token->child(QStringLiteral("Password"));
    if (!password)
        return fail(QStringLiteral("no Password"));
    const QString type = password->attr(QStringLiteral("Type"));
    if (type.isEmpty() || type.endsWith(QLatin1String("#PasswordText"))) {
        if (password->text != m_config.password)
            return fail(QStringLiteral("wrong PasswordText"));
        return true;
    }
    if (!type.endsWith(QLatin1String("#PasswordDigest")))
        return fail(QStringLiteral("unknown Password Type"));

    const XmlNode *nonceNode = token->child(QStringLiteral("Nonce"));
    const XmlNode *createdNode = token->child(QStringLiteral("Created"));
    if (!nonceNode || !createdNode)
        return fail(QStringLiteral("PasswordDigest without Nonce or Created"));
    const QString encoding = nonceNode->attr(QStringLiteral("EncodingType"));
    if (!encoding.isEmpty() && !encoding.endsWith(QLatin1String("#Base64Binary")))
        return fail(QStringLiteral("Nonce EncodingType is not Base64Binary"));
    const QByteArray::FromBase64Result nonce = QByteArray::fromBase64Encoding(
        nonceNode->text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (nonce.decodingStatus != QByteArray::Base64DecodingStatus::Ok || nonce.decoded.isEmpty())
        return fail(QStringLiteral("Nonce is not base64"));
    const QString created = createdNode->text.trimmed();
    const QByteArray digest =
        QCryptographicHash::hash(nonce.decoded + created.toUtf8() + m_config.password.toUtf8(),
                                 QCryptographicHash::Sha1)
            .toBase64();
    if (password->text.trimmed().toLatin1() != digest)
        return fail(QStringLiteral("wrong PasswordDigest (password)"));

    QDateTime createdTime = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (!createdTime.isValid())
        return fail(QStringLiteral("Created is not an xsd:dateTime"));
    static const QRegularExpression hasZone(QStringLiteral(R"((Z|[+-]\d\d:?\d\d)$)"));
    if (!hasZone.match(created).hasMatch())
        createdTime = QDateTime(createdTime.date(), createdTime.time(), Qt::UTC);
    const qint64 offMs = std::abs(createdTime.msecsTo(deviceNow()));
    if (offMs > kCreatedToleranceMs)
        return fail(QStringLiteral("Created is %1 ms away from the device clock").arg(offMs));
    if (m_seenNonces.contains(nonce.decoded))
        return fail(QStringLiteral("Nonce replayed"));
    m_seenNonces.insert(nonce.decoded);
    return true;
}

// ---- Faults --------------------------------------------------------------------------------

Reply OnvifTestDevice::soapFault(bool soap12Envelope, bool sender, const QStringList &subcodes,
                                 const QString &reason)
{
    SoapOut out(alternative(), soap12Envelope);
    const bool form12 = soap12Envelope && m_config.soap12Faults;
    const QString &env = out.env();
    out.start(env, QStringLiteral("Fault"));
    if (form12) {
        out.start(env, QStringLiteral("Code"));
        out.leaf(env, QStringLiteral("Value"),
                 out.envPrefix() + (sender ? QStringLiteral(":Sender") : QStringLiteral(":Receiver")));
        for (const QString &subcode : subcodes) {
            out.start(env, QStringLiteral("Subcode"));
            out.leaf(env, QStringLiteral("Value"), out.terPrefix() + QLatin1Char(':') + subcode);
        }
        for (qsizetype i = 0; i < subcodes.size(); ++i)
            out.end();
        out.end();
        out.start(env, QStringLiteral("Reason"));
        out.start(env, QStringLiteral("Text"));
        out.attr(QStringLiteral("xml:lang"), QStringLiteral("en"));
        out.text(reason);
        out.end();
        out.end();
    } else {
        // SOAP 1.1: unqualified faultcode (the most specific ONVIF subcode) and faultstring.
        const QString code = subcodes.isEmpty() ? out.envPrefix() + (sender ? QStringLiteral(":Client")
                                                                            : QStringLiteral(":Server"))
                                                : out.terPrefix() + QLatin1Char(':') + subcodes.last();
        out.writer().writeTextElement(QStringLiteral("faultcode"), code);
        out.writer().writeTextElement(QStringLiteral("faultstring"), reason);
    }
    out.end();
    Reply r;
    r.status = form12 && sender ? 400 : 500;
    r.body = out.finish();
    return r;
}

Reply OnvifTestDevice::faultModeReply(const SoapCall &call)
{
    using Fault = OnvifTestDeviceConfig::Fault;
    const QString responseName = call.action->name + QStringLiteral("Response");
    const QByteArray envelopeStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                     "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"" +
                                     (call.soap12 ? kSoap12 : kSoap11).toUtf8() + "\" xmlns:svc=\"" +
                                     call.action->nsUri.toHtmlEscaped().toUtf8() +
                                     "\"><SOAP-ENV:Body><svc:" + responseName.toUtf8() + '>';
    const QByteArray envelopeEnd =
        "</svc:" + responseName.toUtf8() + "></SOAP-ENV:Body></SOAP-ENV:Envelope>\n";
    const auto field = [](const char *name, const QString &value) {
        return QByteArray("<svc:") + name + '>' + value.toHtmlEscaped().toUtf8() + "</svc:" + name + '>';
    };

    Reply r;
    switch (m_config.fault) {
    case Fault::None:
        break;
    case Fault::NeverAnswer:
        r.kind = Reply::Kind::None;
        break;
    case Fault::HttpError500:
        r.status = 500;
        r.contentType = "text/html; charset=utf-8";
        r.body = "<html><head><title>500 Internal Server Error</title></head>"
                 "<body><h1>Internal Server Error</h1><p>The web server crashed.</p></body></html>\n";
        break;
    case Fault::Malformed: {
        SoapOut out(alternative(), call.soap12);
        out.payload(call.action->nsUri, responseName);
        out.leaf(kTt, QStringLiteral("Manufacturer"), m_config.manufacturer);
        out.leaf(kTt, QStringLiteral("Model"), m_config.model);
        out.end();
        QByteArray body = out.finish();
        body.truncate(body.size() * 2 / 3);
        body += "<tt:Broken attr=\"\x01\" && </";
        r.body = body;
        break;
    }
    case Fault::ExternalEntity:
        r.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<!DOCTYPE SOAP-ENV:Envelope [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n" +
                 envelopeStart.mid(envelopeStart.indexOf("<SOAP-ENV:Envelope")) +
                 field("Manufacturer", m_config.manufacturer) + "<svc:Model>&xxe;</svc:Model>" +
                 field("FirmwareVersion", m_config.firmware) + field("SerialNumber", m_config.serial) +
                 field("HardwareId", m_config.hardwareId) + envelopeEnd;
        break;
    case Fault::HugeReply:
        r.kind = Reply::Kind::Huge;
        r.body = envelopeStart + "<svc:Manufacturer>";
        r.streamTail = "</svc:Manufacturer>" + envelopeEnd;
        r.streamFillerBytes = kHugeReplyBytes - r.body.size() - r.streamTail.size();
        break;
    }
    return r;
}

// ---- Services ------------------------------------------------------------------------------

Reply OnvifTestDevice::dispatch(const SoapCall &call)
{
    const QString &ns = call.action->nsUri;
    if (ns == kTds)
        return handleDevice(call);
    if (ns == kTrt)
        return handleMedia(call);
    if (ns == kTr2 && media2Enabled())
        return handleMedia2(call);
    if (ns == kTptz && m_config.ptz)
        return handlePtz(call);
    return soapFault(call.soap12, false, {QStringLiteral("ActionNotSupported")},
                     QStringLiteral("Optional Action Not Implemented"));
}

Reply OnvifTestDevice::handleDevice(const SoapCall &call)
{
    const QString &a = call.action->name;
    const bool alt = alternative();
    SoapOut out(alt, call.soap12);

    if (a == QLatin1String("GetSystemDateAndTime")) {
        const QDateTime utc = deviceNow();
        out.payload(kTds, QStringLiteral("GetSystemDateAndTimeResponse"));
        out.start(kTds, QStringLiteral("SystemDateAndTime"));
        out.leaf(kTt, QStringLiteral("DateTimeType"), QStringLiteral("Manual"));
        out.leaf(kTt, QStringLiteral("DaylightSavings"), QStringLiteral("false"));
        if (!alt) {
            out.start(kTt, QStringLiteral("TimeZone"));
            out.leaf(kTt, QStringLiteral("TZ"), QStringLiteral("WIB-7")); // POSIX TZ for UTC+7
            out.end();
        }
        writeDateTime(out, QStringLiteral("UTCDateTime"), utc);
        if (!alt)
            writeDateTime(out, QStringLiteral("LocalDateTime"), utc.addSecs(7 * 3600));
        out.end();
        out.end();
        return okReply(out);
    }
    if (a == QLatin1String("GetDeviceInformation")) {
        out.payload(kTds, QStringLiteral("GetDeviceInformationResponse"));
        out.leaf(kTds, QStringLiteral("Manufacturer"), m_config.manufacturer);
        out.leaf(kTds, QStringLiteral("Model"), m_config.model);
        if (!alt)
            out.leaf(kTds, QStringLiteral("FirmwareVersion"), m_config.firmware);
        out.leaf(kTds, QStringLiteral("SerialNumber"), m_config.serial);
        if (!alt)
            out.leaf(kTds, QStringLiteral("HardwareId"), m_config.hardwareId);
        out.end();
        return okReply(out);
    }
    if (a == QLatin1String("GetScopes")) {
        out.payload(kTds, QStringLiteral("GetScopesResponse"));
        for (const QString &scope : effectiveScopes()) {
            out.start(kTds, QStringLiteral("Scopes"));
            out.leaf(kTt, QStringLiteral("ScopeDef"), QStringLiteral("Fixed"));
            out.leaf(kTt, QStringLiteral("ScopeItem"), scope);
            out.end();
        }
        out.end();
        return okReply(out);
    }
    if (a == QLatin1String("GetCapabilities")) {
        QStringList categories;
        for (const XmlNode &c : call.action->children) {
            if (c.name == QLatin1String("Category"))
                categories += c.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        if (categories.isEmpty())
            categories << QStringLiteral("All");
        for (const QString &c : std::as_const(categories)) {
            const bool offered = c == QLatin1String("All") || c == QLatin1String("Device") ||
                                 c == QLatin1String("Media") || (c == QLatin1String("PTZ") && m_config.ptz);
            if (!offered) {
                return soapFault(call.soap12, false,
                                 {QStringLiteral("ActionNotSupported"), QStringLiteral("NoSuchService")},
                                 QStringLiteral("The requested capability category is not supported"));
            }
        }
        const auto want = [&](const char *c) {
            return categories.contains(QLatin1String("All")) || categories.contains(QLatin1String(c));
        };
        out.payload(kTds, QStringLiteral("GetCapabilitiesResponse"));
        out.start(kTds, QStringLiteral("Capabilities"));
        if (want("Device")) {
            out.start(kTt, QStringLiteral("Device"));
            out.leaf(kTt, QStringLiteral("XAddr"), serviceUrl(QStringLiteral("device_service")));
            out.start(kTt, QStringLiteral("Network"));
            for (const char *n : {"IPFilter", "ZeroConfiguration", "IPVersion6", "DynDNS"})
                out.leaf(kTt, QLatin1String(n), QStringLiteral("false"));
            out.end();
            out.start(kTt, QStringLiteral("System"));
            for (const char *n : {"DiscoveryResolve", "DiscoveryBye", "RemoteDiscovery", "SystemBackup",
                                  "SystemLogging", "FirmwareUpgrade"})
                out.leaf(kTt, QLatin1String(n), QStringLiteral("false"));
            out.start(kTt, QStringLiteral("SupportedVersions"));
            out.leaf(kTt, QStringLiteral("Major"), QStringLiteral("2"));
            out.leaf(kTt, QStringLiteral("Minor"), QStringLiteral("60"));
            out.end();
            out.end();
            out.start(kTt, QStringLiteral("IO"));
            out.leaf(kTt, QStringLiteral("InputConnectors"), QStringLiteral("0"));
            out.leaf(kTt, QStringLiteral("RelayOutputs"), QStringLiteral("0"));
            out.end();
            out.start(kTt, QStringLiteral("Security"));
            for (const char *n : {"TLS1.1", "TLS1.2", "OnboardKeyGeneration", "AccessPolicyConfig",
                                  "X.509Token", "SAMLToken", "KerberosToken", "RELToken"})
                out.leaf(kTt, QLatin1String(n), QStringLiteral("false"));
            out.end();
            out.end();
        }
        if (want("Media")) {
            out.start(kTt, QStringLiteral("Media"));
            out.leaf(kTt, QStringLiteral("XAddr"), serviceUrl(QStringLiteral("media_service")));
            out.start(kTt, QStringLiteral("StreamingCapabilities"));
            out.leaf(kTt, QStringLiteral("RTPMulticast"), QStringLiteral("false"));
            out.leaf(kTt, QStringLiteral("RTP_TCP"), QStringLiteral("true"));
            out.leaf(kTt, QStringLiteral("RTP_RTSP_TCP"), QStringLiteral("true"));
            out.end();
            out.end();
        }
        if (m_config.ptz && want("PTZ")) {
            out.start(kTt, QStringLiteral("PTZ"));
            out.leaf(kTt, QStringLiteral("XAddr"), serviceUrl(QStringLiteral("ptz_service")));
            out.end();
        }
        out.end();
        out.end();
        return okReply(out);
    }
    if (a == QLatin1String("GetServices")) {
        const bool include = parseBool(call.param(QStringLiteral("IncludeCapability")));
        const int profileCount = int(effectiveProfiles().size());
        const auto service = [&](const QString &ns, const char *path,
                                 const std::function<void()> &capabilities) {
            out.start(kTds, QStringLiteral("Service"));
            out.leaf(kTds, QStringLiteral("Namespace"), ns);
            out.leaf(kTds, QStringLiteral("XAddr"), serviceUrl(QLatin1String(path)));
            if (include) {
                out.start(kTds, QStringLiteral("Capabilities"));
                capabilities();
                out.end();
            }
            out.start(kTds, QStringLiteral("Version"));
            out.leaf(kTt, QStringLiteral("Major"), QStringLiteral("21"));
            out.leaf(kTt, QStringLiteral("Minor"), QStringLiteral("12"));
            out.end();
            out.end();
        };
        out.payload(kTds, QStringLiteral("GetServicesResponse"));
        service(kTds, "device_service", [&] {
            out.start(kTds, QStringLiteral("Capabilities"));
            out.empty(kTds, QStringLiteral("Network"));
            for (const char *n : {"IPFilter", "ZeroConfiguration", "IPVersion6", "DynDNS"})
                out.attr(QLatin1String(n), QStringLiteral("false"));
            out.empty(kTds, QStringLiteral("Security"));
            out.attr(QStringLiteral("UsernameToken"), QStringLiteral("true"));
            out.attr(QStringLiteral("HttpDigest"), boolText(m_config.requireHttpDigest));
            out.empty(kTds, QStringLiteral("System"));
            out.attr(QStringLiteral("DiscoveryResolve"), QStringLiteral("false"));
            out.attr(QStringLiteral("DiscoveryBye"), QStringLiteral("false"));
            out.end();
        });
        service(kTrt, "media_service", [&] {
            out.start(kTrt, QStringLiteral("Capabilities"));
            out.attr(QStringLiteral("SnapshotUri"), QStringLiteral("true"));
            out.attr(QStringLiteral("Rotation"), QStringLiteral("false"));
            out.empty(kTrt, QStringLiteral("ProfileCapabilities"));
            out.attr(QStringLiteral("MaximumNumberOfProfiles"), QString::number(profileCount));
            out.empty(kTrt, QStringLiteral("StreamingCapabilities"));
            out.attr(QStringLiteral("RTPMulticast"), QStringLiteral("false"));
            out.attr(QStringLiteral("RTP_TCP"), QStringLiteral("true"));
            out.attr(QStringLiteral("RTP_RTSP_TCP"), QStringLiteral("true"));
            out.end();
        });
        if (media2Enabled()) {
            service(kTr2, "media2_service", [&] {
                out.start(kTr2, QStringLiteral("Capabilities"));
                out.attr(QStringLiteral("SnapshotUri"), QStringLiteral("true"));
                out.attr(QStringLiteral("Rotation"), QStringLiteral("false"));
                out.empty(kTr2, QStringLiteral("ProfileCapabilities"));
                out.attr(QStringLiteral("MaximumNumberOfProfiles"), QString::number(profileCount));
                out.attr(QStringLiteral("ConfigurationsSupported"),
                         m_config.ptz ? QStringLiteral("VideoSource VideoEncoder PTZ")
                                      : QStringLiteral("VideoSource VideoEncoder"));
                out.empty(kTr2, QStringLiteral("StreamingCapabilities"));
                out.attr(QStringLiteral("RTSPStreaming"), QStringLiteral("true"));
                out.attr(QStringLiteral("RTPMulticast"), QStringLiteral("false"));
                out.attr(QStringLiteral("RTP_RTSP_TCP"), QStringLiteral("true"));
                out.end();
            });
        }
        if (m_config.ptz) {
            service(kTptz, "ptz_service", [&] {
                out.empty(kTptz, QStringLiteral("Capabilities"));
                out.attr(QStringLiteral("EFlip"), QStringLiteral("false"));
                out.attr(QStringLiteral("Reverse"), QStringLiteral("false"));
                out.attr(QStringLiteral("GetCompatibleConfigurations"), QStringLiteral("false"));
                out.attr(QStringLiteral("MoveStatus"), QStringLiteral("true"));
                out.attr(QStringLiteral("StatusPosition"), QStringLiteral("true"));
            });
        }
        out.end();
        return okReply(out);
    }
    return soapFault(call.soap12, false, {QStringLiteral("ActionNotSupported")},
                     QStringLiteral("Optional Action Not Implemented"));
}

void OnvifTestDevice::writeMedia1Profile(SoapOut &out, const OnvifTestProfile &p,
                                         const QString &element) const
{
    const QVector<OnvifTestProfile> profiles = effectiveProfiles();
    int sourceWidth = 0, sourceHeight = 0;
    for (const OnvifTestProfile &q : profiles) {
        sourceWidth = std::max(sourceWidth, q.width);
        sourceHeight = std::max(sourceHeight, q.height);
    }
    out.start(kTrt, element);
    out.attr(QStringLiteral("token"), p.token);
    out.attr(QStringLiteral("fixed"), QStringLiteral("true"));
    out.leaf(kTt, QStringLiteral("Name"), p.name);

    out.start(kTt, QStringLiteral("VideoSourceConfiguration"));
    out.attr(QStringLiteral("token"), QStringLiteral("VideoSourceConfig_1"));
    out.leaf(kTt, QStringLiteral("Name"), QStringLiteral("VideoSourceConfig_1"));
    out.leaf(kTt, QStringLiteral("UseCount"), QString::number(profiles.size()));
    out.leaf(kTt, QStringLiteral("SourceToken"), QStringLiteral("VideoSource_1"));
    out.empty(kTt, QStringLiteral("Bounds"));
    out.attr(QStringLiteral("x"), QStringLiteral("0"));
    out.attr(QStringLiteral("y"), QStringLiteral("0"));
    out.attr(QStringLiteral("width"), QString::number(sourceWidth));
    out.attr(QStringLiteral("height"), QString::number(sourceHeight));
    out.end();

    out.start(kTt, QStringLiteral("VideoEncoderConfiguration"));
    out.attr(QStringLiteral("token"), QStringLiteral("VideoEncoder_") + p.token);
    out.leaf(kTt, QStringLiteral("Name"), QStringLiteral("VideoEncoder_") + p.token);
    out.leaf(kTt, QStringLiteral("UseCount"), QStringLiteral("1"));
    out.leaf(kTt, QStringLiteral("Encoding"), p.encoding);
    if (!alternative()) {
        out.start(kTt, QStringLiteral("Resolution"));
        out.leaf(kTt, QStringLiteral("Width"), QString::number(p.width));
        out.leaf(kTt, QStringLiteral("Height"), QString::number(p.height));
        out.end();
    }
    out.leaf(kTt, QStringLiteral("Quality"), QStringLiteral("5"));
    if (!alternative()) {
        out.start(kTt, QStringLiteral("RateControl"));
        out.leaf(kTt, QStringLiteral("FrameRateLimit"), QString::number(p.fps));
        out.leaf(kTt, QStringLiteral("EncodingInterval"), QStringLiteral("1"));
        out.leaf(kTt, QStringLiteral("BitrateLimit"), QString::number(bitrateKbps(p)));
        out.end();
    }
    if (p.encoding.compare(QLatin1String("H264"), Qt::CaseInsensitive) == 0) {
        out.start(kTt, QStringLiteral("H264"));
        out.leaf(kTt, QStringLiteral("GovLength"), QString::number(p.fps * 2));
        out.leaf(kTt, QStringLiteral("H264Profile"), QStringLiteral("Main"));
        out.end();
    }
    writeMulticast(out);
    out.leaf(kTt, QStringLiteral("SessionTimeout"), QStringLiteral("PT60S"));
    out.end();

    if (m_config.ptz)
        writePtzConfiguration(out, kTt, QStringLiteral("PTZConfiguration"));
    out.end();
}

void OnvifTestDevice::writeMedia2Profile(SoapOut &out, const OnvifTestProfile &p,
                                         const QStringList &types) const
{
    const QVector<OnvifTestProfile> profiles = effectiveProfiles();
    int sourceWidth = 0, sourceHeight = 0;
    for (const OnvifTestProfile &q : profiles) {
        sourceWidth = std::max(sourceWidth, q.width);
        sourceHeight = std::max(sourceHeight, q.height);
    }
    const auto want = [&](const char *t) {
        return types.contains(QLatin1String("All")) || types.contains(QLatin1String(t));
    };
    out.start(kTr2, QStringLiteral("Profiles"));
    out.attr(QStringLiteral("token"), p.token);
    out.attr(QStringLiteral("fixed"), QStringLiteral("true"));
    out.leaf(kTr2, QStringLiteral("Name"), p.name);
    // Without a Type the profiles carry no configurations (Media2 GetProfiles).
    if (want("VideoSource") || want("VideoEncoder") || (m_config.ptz && want("PTZ"))) {
        out.start(kTr2, QStringLiteral("Configurations"));
        if (want("VideoSource")) {
            out.start(kTr2, QStringLiteral("VideoSource"));
            out.attr(QStringLiteral("token"), QStringLiteral("VideoSourceConfig_1"));
            out.leaf(kTt, QStringLiteral("Name"), QStringLiteral("VideoSourceConfig_1"));
            out.leaf(kTt, QStringLiteral("UseCount"), QString::number(profiles.size()));
            out.leaf(kTt, QStringLiteral("SourceToken"), QStringLiteral("VideoSource_1"));
            out.empty(kTt, QStringLiteral("Bounds"));
            out.attr(QStringLiteral("x"), QStringLiteral("0"));
            out.attr(QStringLiteral("y"), QStringLiteral("0"));
            out.attr(QStringLiteral("width"), QString::number(sourceWidth));
            out.attr(QStringLiteral("height"), QString::number(sourceHeight));
            out.end();
        }
        if (want("VideoEncoder")) {
            out.start(kTr2, QStringLiteral("VideoEncoder"));
            out.attr(QStringLiteral("token"), QStringLiteral("VideoEncoder_") + p.token);
            out.attr(QStringLiteral("GovLength"), QString::number(p.fps * 2));
            out.attr(QStringLiteral("Profile"), QStringLiteral("Main"));
            out.leaf(kTt, QStringLiteral("Name"), QStringLiteral("VideoEncoder_") + p.token);
            out.leaf(kTt, QStringLiteral("UseCount"), QStringLiteral("1"));
            out.leaf(kTt, QStringLiteral("Encoding"), p.encoding);
            out.start(kTt, QStringLiteral("Resolution"));
            out.leaf(kTt, QStringLiteral("Width"), QString::number(p.width));
            out.leaf(kTt, QStringLiteral("Height"), QString::number(p.height));
            out.end();
            out.start(kTt, QStringLiteral("RateControl"));
            out.attr(QStringLiteral("ConstantBitRate"), QStringLiteral("false"));
            out.leaf(kTt, QStringLiteral("FrameRateLimit"), QString::number(p.fps));
            out.leaf(kTt, QStringLiteral("BitrateLimit"), QString::number(bitrateKbps(p)));
            out.end();
            writeMulticast(out);
            out.leaf(kTt, QStringLiteral("Quality"), QStringLiteral("5"));
            out.end();
        }
        if (m_config.ptz && want("PTZ"))
            writePtzConfiguration(out, kTr2, QStringLiteral("PTZ"));
        out.end();
    }
    out.end();
}

Reply OnvifTestDevice::handleMedia(const SoapCall &call)
{
    const QString &a = call.action->name;
    SoapOut out(alternative(), call.soap12);
    if (a == QLatin1String("GetProfiles")) {
        out.payload(kTrt, QStringLiteral("GetProfilesResponse"));
        for (const OnvifTestProfile &p : effectiveProfiles()) {
            if (visibleInMedia1(p))
                writeMedia1Profile(out, p, QStringLiteral("Profiles"));
        }
        out.end();
        return okReply(out);
    }
    if (a == QLatin1String("GetProfile") || a == QLatin1String("GetStreamUri") ||
        a == QLatin1String("GetSnapshotUri")) {
        const std::optional<OnvifTestProfile> profile =
            findProfile(call.param(QStringLiteral("ProfileToken")));
        if (!profile || !visibleInMedia1(*profile)) {
            return soapFault(call.soap12, true,
                             {QStringLiteral("InvalidArgVal"), QStringLiteral("NoProfile")},
                             QStringLiteral("The requested profile token does not exist"));
        }
        if (a == QLatin1String("GetProfile")) {
            out.payload(kTrt, QStringLiteral("GetProfileResponse"));
            writeMedia1Profile(out, *profile, QStringLiteral("Profile"));
            out.end();
            return okReply(out);
        }
        const bool snapshot = a == QLatin1String("GetSnapshotUri");
        if (snapshot && profile->snapshotUri.isEmpty()) {
            return soapFault(call.soap12, false, {QStringLiteral("ActionNotSupported")},
                             QStringLiteral("Snapshots are not supported for this profile"));
        }
        out.payload(kTrt, a + QStringLiteral("Response"));
        out.start(kTrt, QStringLiteral("MediaUri"));
        out.leaf(kTt, QStringLiteral("Uri"), snapshot ? profile->snapshotUri : profile->rtspUri);
        out.leaf(kTt, QStringLiteral("InvalidAfterConnect"), QStringLiteral("false"));
        out.leaf(kTt, QStringLiteral("InvalidAfterReboot"), QStringLiteral("false"));
        out.leaf(kTt, QStringLiteral("Timeout"), QStringLiteral("PT0S"));
        out.end();
        out.end();
        return okReply(out);
    }
    return soapFault(call.soap12, false, {QStringLiteral("ActionNotSupported")},
                     QStringLiteral("Optional Action Not Implemented"));
}

Reply OnvifTestDevice::handleMedia2(const SoapCall &call)
{
    const QString &a = call.action->name;
    SoapOut out(alternative(), call.soap12);
    const auto noProfile = [&] {
        return soapFault(call.soap12, true, {QStringLiteral("InvalidArgVal"), QStringLiteral("NoProfile")},
                         QStringLiteral("The requested profile token does not exist"));
    };
    if (a == QLatin1String("GetProfiles")) {
        const QString token = call.param(QStringLiteral("Token"));
        QStringList types;
        for (const XmlNode &c : call.action->children) {
            if (c.name == QLatin1String("Type"))
                types += c.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        if (!token.isEmpty() && !findProfile(token))
            return noProfile();
        out.payload(kTr2, QStringLiteral("GetProfilesResponse"));
        for (const OnvifTestProfile &p : effectiveProfiles()) {
            if (token.isEmpty() || p.token == token)
                writeMedia2Profile(out, p, types);
        }
        out.end();
        return okReply(out);
    }
    if (a == QLatin1String("GetStreamUri") || a == QLatin1String("GetSnapshotUri")) {
        const std::optional<OnvifTestProfile> profile =
            findProfile(call.param(QStringLiteral("ProfileToken")));
        if (!profile)
            return noProfile();
        const bool snapshot = a == QLatin1String("GetSnapshotUri");
        if (!snapshot && call.param(QStringLiteral("Protocol")).isEmpty()) {
            return soapFault(call.soap12, true,
                             {QStringLiteral("InvalidArgVal"), QStringLiteral("InvalidStreamSetup")},
                             QStringLiteral("No streaming protocol given"));
        }
        if (snapshot && profile->snapshotUri.isEmpty()) {
            return soapFault(call.soap12, false, {QStringLiteral("ActionNotSupported")},
                             QStringLiteral("Snapshots are not supported for this profile"));
        }
        out.payload(kTr2, a + QStringLiteral("Response"));
        out.leaf(kTr2, QStringLiteral("Uri"), snapshot ? profile->snapshotUri : profile->rtspUri);
        out.end();
        return okReply(out);
    }
    return soapFault(call.soap12, false, {QStringLiteral("ActionNotSupported")},
                     QStringLiteral("Optional Action Not Implemented"));
}

void OnvifTestDevice::writePtzConfiguration(SoapOut &out, const QString &nsUri, const QString &element) const
{
    out.start(nsUri, element);
    out.attr(QStringLiteral("token"), kPtzConfigToken);
    out.leaf(kTt, QStringLiteral("Name"), kPtzConfigToken);
    out.leaf(kTt, QStringLiteral("UseCount"), QString::number(effectiveProfiles().size()));
    out.leaf(kTt, QStringLiteral("NodeToken"), kPtzNodeToken);
    // "Pant" is the schema's own spelling.
    out.leaf(kTt, QStringLiteral("DefaultAbsolutePantTiltPositionSpace"), kPtPositionSpace);
    out.leaf(kTt, QStringLiteral("DefaultAbsoluteZoomPositionSpace"), kZoomPositionSpace);
    out.leaf(kTt, QStringLiteral("DefaultRelativePanTiltTranslationSpace"), kPtTranslationSpace);
    out.leaf(kTt, QStringLiteral("DefaultRelativeZoomTranslationSpace"), kZoomTranslationSpace);
    out.leaf(kTt, QStringLiteral("DefaultContinuousPanTiltVelocitySpace"), kPtVelocitySpace);
    out.leaf(kTt, QStringLiteral("DefaultContinuousZoomVelocitySpace"), kZoomVelocitySpace);
    out.start(kTt, QStringLiteral("DefaultPTZSpeed"));
    out.empty(kTt, QStringLiteral("PanTilt"));
    out.attr(QStringLiteral("x"), QStringLiteral("1"));
    out.attr(QStringLiteral("y"), QStringLiteral("1"));
    out.attr(QStringLiteral("space"), kPtSpeedSpace);
    out.empty(kTt, QStringLiteral("Zoom"));
    out.attr(QStringLiteral("x"), QStringLiteral("1"));
    out.attr(QStringLiteral("space"), kZoomSpeedSpace);
    out.end();
    out.leaf(kTt, QStringLiteral("DefaultPTZTimeout"),
             QStringLiteral("PT%1S").arg(kDefaultPtzTimeoutMs / 1000));
    out.start(kTt, QStringLiteral("PanTiltLimits"));
    writeSpace2D(out, QStringLiteral("Range"), kPtPositionSpace, -1, 1);
    out.end();
    out.start(kTt, QStringLiteral("ZoomLimits"));
    writeSpace1D(out, QStringLiteral("Range"), kZoomPositionSpace, 0, 1);
    out.end();
    out.end();
}

void OnvifTestDevice::writePtzNode(SoapOut &out) const
{
    out.start(kTptz, QStringLiteral("PTZNode"));
    out.attr(QStringLiteral("token"), kPtzNodeToken);
    out.attr(QStringLiteral("FixedHomePosition"), QStringLiteral("false"));
    out.attr(QStringLiteral("GeoMove"), QStringLiteral("false"));
    out.leaf(kTt, QStringLiteral("Name"), kPtzNodeToken);
    out.start(kTt, QStringLiteral("SupportedPTZSpaces"));
    const bool absolute = m_config.ptzAbsolute, zoom = m_config.ptzZoom;
    if (absolute)
        writeSpace2D(out, QStringLiteral("AbsolutePanTiltPositionSpace"), kPtPositionSpace, -1, 1);
    if (absolute && zoom)
        writeSpace1D(out, QStringLiteral("AbsoluteZoomPositionSpace"), kZoomPositionSpace, 0, 1);
    writeSpace2D(out, QStringLiteral("RelativePanTiltTranslationSpace"), kPtTranslationSpace, -1, 1);
    if (zoom)
        writeSpace1D(out, QStringLiteral("RelativeZoomTranslationSpace"), kZoomTranslationSpace, -1, 1);
    writeSpace2D(out, QStringLiteral("ContinuousPanTiltVelocitySpace"), kPtVelocitySpace, -1, 1);
    if (zoom)
        writeSpace1D(out, QStringLiteral("ContinuousZoomVelocitySpace"), kZoomVelocitySpace, -1, 1);
    writeSpace1D(out, QStringLiteral("PanTiltSpeedSpace"), kPtSpeedSpace, 0, 1);
    if (zoom)
        writeSpace1D(out, QStringLiteral("ZoomSpeedSpace"), kZoomSpeedSpace, 0, 1);
    out.end();
    out.leaf(kTt, QStringLiteral("MaximumNumberOfPresets"), QString::number(kMaxPresets));
    out.leaf(kTt, QStringLiteral("HomeSupported"), QStringLiteral("true"));
    out.end();
}

Reply OnvifTestDevice::handlePtz(const SoapCall &call)
{
    const QString &a = call.action->name;
    SoapOut out(alternative(), call.soap12);
    const auto fault = [&](bool sender, const QStringList &subcodes, const QString &reason) {
        return soapFault(call.soap12, sender, subcodes, reason);
    };
    // A node without zoom refuses a move that names its zoom.
    for (const char *element : {"Velocity", "Translation", "Position"}) {
        const XmlNode *vector = call.action->child(QLatin1String(element));
        if (!m_config.ptzZoom && vector && vector->child(QStringLiteral("Zoom")))
            return fault(true, {QStringLiteral("InvalidArgVal"), QStringLiteral("NoSupport")},
                         QStringLiteral("This PTZ node has no zoom"));
    }
    const auto invalidArg = [&](const char *subcode, const QString &reason) {
        return fault(true, {QStringLiteral("InvalidArgVal"), QLatin1String(subcode)}, reason);
    };
    const auto emptyResponse = [&] {
        out.payload(kTptz, a + QStringLiteral("Response"));
        out.end();
        return okReply(out);
    };

    if (a == QLatin1String("GetNodes") || a == QLatin1String("GetNode")) {
        if (a == QLatin1String("GetNode") && call.param(QStringLiteral("NodeToken")) != kPtzNodeToken)
            return invalidArg("NoEntity", QStringLiteral("No such PTZ node"));
        out.payload(kTptz, a + QStringLiteral("Response"));
        writePtzNode(out);
        out.end();
        return okReply(out);
    }
    if (a == QLatin1String("GetConfigurations") || a == QLatin1String("GetConfiguration")) {
        if (a == QLatin1String("GetConfiguration") &&
            call.param(QStringLiteral("PTZConfigurationToken")) != kPtzConfigToken)
            return invalidArg("NoConfig", QStringLiteral("No such PTZ configuration"));
        out.payload(kTptz, a + QStringLiteral("Response"));
        writePtzConfiguration(out, kTptz, QStringLiteral("PTZConfiguration"));
        out.end();
        return okReply(out);
    }

    static const QStringList profileActions = {
        QStringLiteral("ContinuousMove"),  QStringLiteral("Stop"),         QStringLiteral("RelativeMove"),
        QStringLiteral("AbsoluteMove"),    QStringLiteral("GetPresets"),   QStringLiteral("GotoPreset"),
        QStringLiteral("SetPreset"),       QStringLiteral("RemovePreset"), QStringLiteral("GotoHomePosition"),
        QStringLiteral("SetHomePosition"), QStringLiteral("GetStatus")};
    if (!profileActions.contains(a))
        return fault(false, {QStringLiteral("ActionNotSupported")},
                     QStringLiteral("Optional Action Not Implemented"));
    if (!findProfile(call.param(QStringLiteral("ProfileToken"))))
        return invalidArg("NoProfile", QStringLiteral("The requested profile token does not exist"));

    const qint64 now = m_monotonic.elapsed();
    const auto findPreset = [&](const QString &token) {
        return std::find_if(m_presets.begin(), m_presets.end(),
                            [&](const Preset &p) { return p.token == token; });
    };

    if (a == QLatin1String("ContinuousMove")) {
        const XmlNode *velocityNode = call.action->child(QStringLiteral("Velocity"));
        QVector3D velocity;
        if (!velocityNode || !readPtzVector(velocityNode, velocity))
            return invalidArg("InvalidVelocity", QStringLiteral("Velocity missing or not numeric"));
        if (!inRange(velocity, -1, 1, -1, 1))
            return invalidArg("InvalidVelocity",
                              QStringLiteral("Velocity outside the generic velocity space"));
        const QString timeoutText = call.param(QStringLiteral("Timeout"));
        const std::optional<qint64> timeoutMs =
            timeoutText.isEmpty() ? kDefaultPtzTimeoutMs : parseDurationMs(timeoutText);
        if (!timeoutMs)
            return fault(true, {QStringLiteral("InvalidArgVal")},
                         QStringLiteral("Timeout is not an xs:duration"));
        ptzRebase(now);
        m_ptzVelocity = velocity;
        m_ptzDeadlineMs = now + *timeoutMs;
        return emptyResponse();
    }
    if (a == QLatin1String("Stop")) {
        const QString panTilt = call.param(QStringLiteral("PanTilt"));
        const QString zoom = call.param(QStringLiteral("Zoom"));
        ptzRebase(now);
        if (panTilt.isEmpty() || parseBool(panTilt)) {
            m_ptzVelocity.setX(0);
            m_ptzVelocity.setY(0);
        }
        if (zoom.isEmpty() || parseBool(zoom))
            m_ptzVelocity.setZ(0);
        if (m_ptzVelocity.isNull())
            m_ptzDeadlineMs = -1;
        ++m_stopCount;
        return emptyResponse();
    }
    if (a == QLatin1String("RelativeMove")) {
        const XmlNode *translationNode = call.action->child(QStringLiteral("Translation"));
        QVector3D translation;
        if (!translationNode || !readPtzVector(translationNode, translation))
            return invalidArg("InvalidTranslation", QStringLiteral("Translation missing or not numeric"));
        if (!inRange(translation, -1, 1, -1, 1))
            return invalidArg("InvalidTranslation",
                              QStringLiteral("Translation outside the generic translation space"));
        ptzJumpTo(ptzPositionAt(now) + translation);
        return emptyResponse();
    }
    if (a == QLatin1String("AbsoluteMove")) {
        if (!m_config.ptzAbsolute)
            return fault(false, {QStringLiteral("ActionNotSupported")}, QStringLiteral("No absolute move"));
        const XmlNode *positionNode = call.action->child(QStringLiteral("Position"));
        QVector3D position = ptzPositionAt(now);
        if (!positionNode || !readPtzVector(positionNode, position))
            return invalidArg("InvalidPosition", QStringLiteral("Position missing or not numeric"));
        if (!inRange(position, -1, 1, 0, 1))
            return invalidArg("InvalidPosition",
                              QStringLiteral("Position outside the generic position space"));
        ptzJumpTo(position);
        return emptyResponse();
    }
    if (a == QLatin1String("GetPresets")) {
        out.payload(kTptz, QStringLiteral("GetPresetsResponse"));
        for (const Preset &p : std::as_const(m_presets)) {
            out.start(kTptz, QStringLiteral("Preset"));
            out.attr(QStringLiteral("token"), p.token);
            out.leaf(kTt, QStringLiteral("Name"), p.name);
            writePtzVector(out, QStringLiteral("PTZPosition"), p.position);
            out.end();
        }
        out.end();
        return okReply(out);
    }
    if (a == QLatin1String("GotoPreset")) {
        const auto it = findPreset(call.param(QStringLiteral("PresetToken")));
        if (it == m_presets.end())
            return invalidArg("NoToken", QStringLiteral("No such preset"));
        ptzJumpTo(it->position);
        return emptyResponse();
    }
    if (a == QLatin1String("SetPreset")) {
        const QString name = call.param(QStringLiteral("PresetName"));
        const QString token = call.param(QStringLiteral("PresetToken"));
        const auto nameTakenByOther = [&](const QString &exceptToken) {
            return !name.isEmpty() && std::any_of(m_presets.begin(), m_presets.end(), [&](const Preset &p) {
                return p.name == name && p.token != exceptToken;
            });
        };
        QString resultToken;
        if (!token.isEmpty()) {
            const auto it = findPreset(token);
            if (it == m_presets.end())
                return invalidArg("NoToken", QStringLiteral("No such preset"));
            if (nameTakenByOther(token))
                return invalidArg("PresetExist", QStringLiteral("A preset with this name exists"));
            if (!name.isEmpty())
                it->name = name;
            it->position = ptzPositionAt(now);
            resultToken = token;
        } else {
            if (m_presets.size() >= kMaxPresets)
                return fault(false, {QStringLiteral("Action"), QStringLiteral("TooManyPresets")},
                             QStringLiteral("No room for another preset"));
            if (nameTakenByOther(QString()))
                return invalidArg("PresetExist", QStringLiteral("A preset with this name exists"));
            resultToken = QStringLiteral("Preset_%1").arg(m_nextPreset++);
            m_presets.push_back({resultToken, name.isEmpty() ? resultToken : name, ptzPositionAt(now)});
        }
        out.payload(kTptz, QStringLiteral("SetPresetResponse"));
        out.leaf(kTptz, QStringLiteral("PresetToken"), resultToken);
        out.end();
        return okReply(out);
    }
    if (a == QLatin1String("RemovePreset")) {
        const auto it = findPreset(call.param(QStringLiteral("PresetToken")));
        if (it == m_presets.end())
            return invalidArg("NoToken", QStringLiteral("No such preset"));
        m_presets.erase(it);
        return emptyResponse();
    }
    if (a == QLatin1String("GotoHomePosition")) {
        ptzJumpTo(m_ptzHome);
        return emptyResponse();
    }
    if (a == QLatin1String("SetHomePosition")) {
        m_ptzHome = ptzPositionAt(now);
        return emptyResponse();
    }
    // GetStatus
    const bool moving = ptzMoving();
    const QVector3D velocity = ptzVelocity();
    out.payload(kTptz, QStringLiteral("GetStatusResponse"));
    out.start(kTptz, QStringLiteral("PTZStatus"));
    writePtzVector(out, QStringLiteral("Position"), ptzPositionAt(now));
    out.start(kTt, QStringLiteral("MoveStatus"));
    const bool panTiltMoving = moving && (velocity.x() != 0 || velocity.y() != 0);
    const bool zoomMoving = moving && velocity.z() != 0;
    out.leaf(kTt, QStringLiteral("PanTilt"),
             panTiltMoving ? QStringLiteral("MOVING") : QStringLiteral("IDLE"));
    out.leaf(kTt, QStringLiteral("Zoom"), zoomMoving ? QStringLiteral("MOVING") : QStringLiteral("IDLE"));
    out.end();
    out.leaf(kTt, QStringLiteral("UtcTime"), deviceNow().toString(Qt::ISODate));
    out.end();
    out.end();
    return okReply(out);
}

// ---- PTZ head ------------------------------------------------------------------------------

QVector3D OnvifTestDevice::ptzPositionAt(qint64 nowMs) const
{
    qint64 until = nowMs;
    if (m_ptzDeadlineMs >= 0)
        until = std::min(until, m_ptzDeadlineMs);
    const float seconds = float(std::max<qint64>(0, until - m_ptzBaseMs)) / 1000.f;
    return clampPtz(m_ptzBase + m_ptzVelocity * seconds);
}

void OnvifTestDevice::ptzRebase(qint64 nowMs)
{
    m_ptzBase = ptzPositionAt(nowMs);
    m_ptzBaseMs = nowMs;
    if (m_ptzDeadlineMs >= 0 && nowMs >= m_ptzDeadlineMs) {
        m_ptzVelocity = QVector3D();
        m_ptzDeadlineMs = -1;
    }
}

void OnvifTestDevice::ptzJumpTo(const QVector3D &position)
{
    m_ptzBase = clampPtz(position);
    m_ptzBaseMs = m_monotonic.elapsed();
    m_ptzVelocity = QVector3D();
    m_ptzDeadlineMs = -1;
}

// ---- WS-Discovery --------------------------------------------------------------------------

void OnvifTestDevice::readProbes(QUdpSocket *socket)
{
    while (socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram();
        if (!datagram.isValid() || !datagram.senderAddress().isLoopback())
            continue;
        const QByteArray reply = probeMatchFor(datagram.data());
        if (reply.isEmpty())
            continue;
        m_discovery->writeDatagram(reply, datagram.senderAddress(), quint16(datagram.senderPort()));
        ++m_probesAnswered;
    }
}

QByteArray OnvifTestDevice::probeMatchFor(const QByteArray &datagram)
{
    XmlNode root;
    QString error;
    if (!XmlNode::parse(datagram, root, error)) {
        qCInfo(lcTestDevice) << "ignoring a datagram that is not XML:" << error;
        return {};
    }
    if (root.name != QLatin1String("Envelope") || root.nsUri != kSoap12)
        return {};
    const XmlNode *header = root.child(QStringLiteral("Header"));
    const XmlNode *body = root.child(QStringLiteral("Body"));
    const XmlNode *probe = body ? body->child(QStringLiteral("Probe")) : nullptr;
    const XmlNode *messageIdNode = header ? header->child(QStringLiteral("MessageID")) : nullptr;
    if (!probe || probe->nsUri != kWsd || !messageIdNode || messageIdNode->nsUri != kWsa)
        return {};
    const QString messageId = messageIdNode->text.trimmed();
    if (messageId.isEmpty())
        return {};

    if (const XmlNode *types = probe->child(QStringLiteral("Types"))) {
        static const QRegularExpression whitespace(QStringLiteral("\\s+"));
        const QStringList names = types->text.split(whitespace, Qt::SkipEmptyParts);
        bool match = names.isEmpty();
        for (const QString &qname : names) {
            const qsizetype colon = qname.indexOf(QLatin1Char(':'));
            const QString prefix = colon < 0 ? QString() : qname.left(colon);
            const QString local = colon < 0 ? qname : qname.mid(colon + 1);
            if (!types->scope.contains(prefix))
                return {}; // a QName whose prefix is not declared: malformed
            const QString uri = types->scope.value(prefix);
            if ((uri == kDn && local == QLatin1String("NetworkVideoTransmitter")) ||
                (uri == kTds && local == QLatin1String("Device")))
                match = true;
        }
        if (!match)
            return {};
    }
    const QStringList deviceScopes = effectiveScopes();
    if (const XmlNode *scopes = probe->child(QStringLiteral("Scopes"))) {
        const QString matchBy = scopes->attr(QStringLiteral("MatchBy"));
        const bool exact = matchBy == kWsd + QStringLiteral("/strcmp0");
        if (!matchBy.isEmpty() && !exact && matchBy != kWsd + QStringLiteral("/rfc3986"))
            return {};
        for (const QString &wanted : scopes->text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (std::none_of(deviceScopes.begin(), deviceScopes.end(),
                             [&](const QString &s) { return scopeMatches(wanted, s, exact); }))
                return {};
        }
    }

    const bool alt = alternative();
    const QString dnPrefix = alt ? QStringLiteral("nvt") : QStringLiteral("dn");
    const QString tdsPrefix = alt ? QStringLiteral("dev") : QStringLiteral("tds");
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument();
    w.writeNamespace(kSoap12, alt ? QStringLiteral("s") : QStringLiteral("SOAP-ENV"));
    w.writeNamespace(kWsa, alt ? QStringLiteral("a") : QStringLiteral("wsa"));
    w.writeNamespace(kWsd, alt ? QStringLiteral("dd") : QStringLiteral("d"));
    w.writeNamespace(kDn, dnPrefix);
    w.writeNamespace(kTds, tdsPrefix);
    w.writeStartElement(kSoap12, QStringLiteral("Envelope"));
    w.writeStartElement(kSoap12, QStringLiteral("Header"));
    w.writeTextElement(kWsa, QStringLiteral("MessageID"),
                       QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    w.writeTextElement(kWsa, QStringLiteral("RelatesTo"), messageId);
    w.writeTextElement(kWsa, QStringLiteral("To"),
                       QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous"));
    w.writeTextElement(kWsa, QStringLiteral("Action"), kWsd + QStringLiteral("/ProbeMatches"));
    w.writeEmptyElement(kWsd, QStringLiteral("AppSequence"));
    w.writeAttribute(QStringLiteral("InstanceId"), QString::number(m_instanceId));
    w.writeAttribute(QStringLiteral("MessageNumber"), QString::number(++m_messageNumber));
    w.writeEndElement(); // Header
    w.writeStartElement(kSoap12, QStringLiteral("Body"));
    w.writeStartElement(kWsd, QStringLiteral("ProbeMatches"));
    w.writeStartElement(kWsd, QStringLiteral("ProbeMatch"));
    w.writeStartElement(kWsa, QStringLiteral("EndpointReference"));
    w.writeTextElement(kWsa, QStringLiteral("Address"), endpointReference());
    w.writeEndElement();
    w.writeTextElement(kWsd, QStringLiteral("Types"),
                       dnPrefix + QStringLiteral(":NetworkVideoTransmitter ") + tdsPrefix +
                           QStringLiteral(":Device"));
    w.writeTextElement(kWsd, QStringLiteral("Scopes"), deviceScopes.join(QLatin1Char(' ')));
    w.writeTextElement(kWsd, QStringLiteral("XAddrs"), deviceServiceUrl().toString());
    w.writeTextElement(kWsd, QStringLiteral("MetadataVersion"), QStringLiteral("1"));
    w.writeEndDocument();
    return bytes;
}

} // namespace pantau::test
