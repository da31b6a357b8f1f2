#include "core/onvif/WsDiscovery.h"

#include "core/Log.h"
#include "core/onvif/XmlElement.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>
#include <QUuid>
#include <QVariant>

namespace pantau::onvif {

namespace {
constexpr qint64 kMaxDatagramBytes = 64 * 1024;
const QHostAddress kMulticast4(QStringLiteral("239.255.255.250"));
const QHostAddress kMulticast6(QStringLiteral("FF02::C"));

// Types, Scopes and XAddrs are XML Schema lists (xs:list): any run of XML white space (space, tab,
// carriage return, line feed) separates the items.
QStringList splitXsList(const QString &text)
{
    QStringList items;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space =
            i == text.size() || text[i] == u' ' || text[i] == u'\t' || text[i] == u'\n' || text[i] == u'\r';
        if (space && start >= 0) {
            items.push_back(text.mid(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return items;
}
} // namespace

QString DiscoveredDevice::scopeValue(const QString &key) const
{
    const QString prefix = QStringLiteral("onvif://www.onvif.org/") + key + QLatin1Char('/');
    for (const QString &s : scopes)
        if (s.startsWith(prefix, Qt::CaseInsensitive))
            return QUrl::fromPercentEncoding(s.mid(prefix.size()).toUtf8())
                .replace(QLatin1Char('_'), QLatin1Char(' '));
    return {};
}

QUrl DiscoveredDevice::deviceUrl() const
{
    for (const QUrl &u : xaddrs)
        if (!from.isNull() && QHostAddress(u.host()).isEqual(from, QHostAddress::TolerantConversion))
            return u;
    for (const QUrl &u : xaddrs)
        if (QHostAddress(u.host()).protocol() == QAbstractSocket::IPv4Protocol)
            return u;
    return xaddrs.isEmpty() ? QUrl() : xaddrs.first();
}

WsDiscovery::WsDiscovery(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        cancel();
        Q_EMIT finished();
    });
}

WsDiscovery::~WsDiscovery() = default;

QByteArray WsDiscovery::probeMessage(const QString &messageId)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
               "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
               "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
               "xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\" "
               "xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\">"
               "<s:Header><a:Action "
               "s:mustUnderstand=\"1\">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action>"
               "<a:MessageID>%1</a:MessageID>"
               "<a:ReplyTo><a:Address>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</"
               "a:Address></a:ReplyTo>"
               "<a:To s:mustUnderstand=\"1\">urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To></s:Header>"
               "<s:Body><d:Probe><d:Types>dn:NetworkVideoTransmitter</d:Types></d:Probe></s:Body></"
               "s:Envelope>")
        .arg(messageId)
        .toUtf8();
}

std::optional<DiscoveredDevice> WsDiscovery::parseProbeMatch(const QByteArray &datagram,
                                                             const QString &expectedRelatesTo)
{
    XmlLimits limits;
    limits.maxBytes = kMaxDatagramBytes;
    limits.maxElements = 2000;
    const XmlParseResult parsed = parseXml(datagram, limits);
    if (!parsed.root || parsed.root->name != QLatin1String("Envelope"))
        return std::nullopt;
    const XmlElement &env = *parsed.root;
    if (!expectedRelatesTo.isEmpty() && env.textAt({u"Header", u"RelatesTo"}) != expectedRelatesTo)
        return std::nullopt; // an answer to someone else's probe, or forged
    const XmlElement *matches = env.find({u"Body", u"ProbeMatches"});
    if (!matches)
        return std::nullopt;
    const XmlElement *match = matches->child(u"ProbeMatch");
    if (!match)
        return std::nullopt;
    DiscoveredDevice d;
    d.endpointReference = match->textAt({u"EndpointReference", u"Address"});
    d.types = splitXsList(match->textAt({u"Types"}));
    d.scopes = splitXsList(match->textAt({u"Scopes"}));
    for (const QString &x : splitXsList(match->textAt({u"XAddrs"}))) {
        const QUrl url(x, QUrl::StrictMode);
        if (url.isValid() &&
            (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
            !url.host().isEmpty())
            d.xaddrs.push_back(url);
    }
    if (d.endpointReference.isEmpty() && !d.xaddrs.isEmpty())
        d.endpointReference = d.xaddrs.first().toString();
    if (d.endpointReference.isEmpty() || d.xaddrs.isEmpty())
        return std::nullopt;
    return d;
}

void WsDiscovery::probe(const QVector<ProbeTarget> &unicast, bool multicast, int timeoutMs)
{
    cancel();
    m_devices.clear();
    m_messageId = QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray message = probeMessage(m_messageId);

    m_socket4 = new QUdpSocket(this);
    m_socket4->bind(QHostAddress::AnyIPv4, 0);
    connect(m_socket4, &QUdpSocket::readyRead, this, [this] { readDatagrams(m_socket4); });
    bool needV6 = multicast;
    for (const ProbeTarget &t : unicast)
        needV6 |= t.address.protocol() == QAbstractSocket::IPv6Protocol;
    if (needV6) {
        m_socket6 = new QUdpSocket(this);
        if (m_socket6->bind(QHostAddress::AnyIPv6, 0))
            connect(m_socket6, &QUdpSocket::readyRead, this, [this] { readDatagrams(m_socket6); });
    }
    auto send = [&](const QHostAddress &to, quint16 port) {
        QUdpSocket *s = to.protocol() == QAbstractSocket::IPv6Protocol ? m_socket6 : m_socket4;
        if (s && s->writeDatagram(message, to, port) < 0)
            qCInfo(lcOnvif) << "probe to" << to.toString() << "failed:" << s->errorString();
    };
    if (multicast) {
        // A command-centre PC often has two network cards (cameras, office): probe on every
        // interface that can multicast, not only the one the default route names.
        m_socket4->setSocketOption(QAbstractSocket::MulticastTtlOption, QVariant(4));
        int sent = 0;
        const auto interfaces = QNetworkInterface::allInterfaces();
        for (const QNetworkInterface &iface : interfaces) {
            const auto flags = iface.flags();
            if (!(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::IsRunning) ||
                !(flags & QNetworkInterface::CanMulticast))
                continue;
            bool hasV4 = false, hasV6 = false;
            for (const QNetworkAddressEntry &e : iface.addressEntries()) {
                hasV4 |= e.ip().protocol() == QAbstractSocket::IPv4Protocol;
                hasV6 |= e.ip().protocol() == QAbstractSocket::IPv6Protocol;
            }
            if (hasV4) {
                m_socket4->setMulticastInterface(iface);
                send(kMulticast4, kPort);
                ++sent;
            }
            if (hasV6 && m_socket6) {
                QHostAddress group = kMulticast6;
                group.setScopeId(iface.name()); // link-local scope: say which link
                send(group, kPort);
            }
        }
        if (sent == 0) { // no interface says it can multicast: let the routing table choose
            send(kMulticast4, kPort);
            send(kMulticast6, kPort);
        }
    }
    for (const ProbeTarget &t : unicast)
        send(t.address, t.port);
    m_timer.start(timeoutMs);
}

void WsDiscovery::cancel()
{
    m_timer.stop();
    for (QUdpSocket **s : {&m_socket4, &m_socket6}) {
        if (*s) {
            (*s)->disconnect(this);
            (*s)->deleteLater();
            *s = nullptr;
        }
    }
}

void WsDiscovery::readDatagrams(QUdpSocket *socket)
{
    while (socket && socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram(kMaxDatagramBytes);
        auto device = parseProbeMatch(datagram.data(), m_messageId);
        if (!device) {
            qCDebug(lcOnvif) << "ignored a datagram from" << datagram.senderAddress().toString();
            continue;
        }
        device->from = datagram.senderAddress();
        merge(*device);
    }
}

void WsDiscovery::merge(const DiscoveredDevice &device)
{
    for (DiscoveredDevice &known : m_devices) {
        if (known.endpointReference != device.endpointReference)
            continue;
        bool changed = false;
        for (const QUrl &u : device.xaddrs)
            if (!known.xaddrs.contains(u)) {
                known.xaddrs.push_back(u);
                changed = true;
            }
        for (const QString &s : device.scopes)
            if (!known.scopes.contains(s)) {
                known.scopes.push_back(s);
                changed = true;
            }
        if (changed)
            Q_EMIT deviceUpdated(known);
        return;
    }
    m_devices.push_back(device);
    Q_EMIT deviceFound(device);
}

} // namespace pantau::onvif
