#pragma once
// ONVIF WS-Discovery (SOAP over UDP): sends a Probe for NetworkVideoTransmitter to the multicast
// groups (239.255.255.250 and FF02::C, port 3702) and/or to addresses the user names (unicast, for
// cameras on routed networks where multicast does not reach), and collects ProbeMatches for a
// bounded time. Answers from one device (same endpoint reference) are merged.
// GUI thread (or any thread with an event loop).
#include <QHostAddress>
#include <QStringList>

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVector>
#include <optional>

class QUdpSocket;

namespace pantau::onvif {

struct DiscoveredDevice
{
    QString endpointReference; // urn:uuid:...
    QVector<QUrl> xaddrs;      // device service addresses
    QStringList scopes;
    QStringList types;
    QHostAddress from; // who answered

    // From the onvif://www.onvif.org/<key>/<value> scopes, percent-decoded.
    QString scopeValue(const QString &key) const;
    QString name() const { return scopeValue(QStringLiteral("name")); }
    QString hardware() const { return scopeValue(QStringLiteral("hardware")); }
    QString location() const { return scopeValue(QStringLiteral("location")); }
    QUrl deviceUrl() const; // the first usable XAddr, preferring the address that answered
};

struct ProbeTarget
{
    QHostAddress address;
    quint16 port = 3702;
};

class WsDiscovery : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 kPort = 3702;
    explicit WsDiscovery(QObject *parent = nullptr);
    ~WsDiscovery() override;

    // Starts a probe round. `multicast` adds the two ONVIF multicast groups; `unicast` are probed
    // directly. Ends with finished() after `timeoutMs`. A running round is cancelled first.
    void probe(const QVector<ProbeTarget> &unicast, bool multicast, int timeoutMs = 3000);
    void cancel();
    bool isRunning() const { return m_timer.isActive(); }
    QVector<DiscoveredDevice> devices() const { return m_devices; }

    // The Probe message (also used by tests) and the parser of one reply datagram.
    static QByteArray probeMessage(const QString &messageId);
    static std::optional<DiscoveredDevice> parseProbeMatch(const QByteArray &datagram,
                                                           const QString &expectedRelatesTo);

Q_SIGNALS:
    void deviceFound(const pantau::onvif::DiscoveredDevice &device);   // first answer of a device
    void deviceUpdated(const pantau::onvif::DiscoveredDevice &device); // a later answer added addresses
    void finished();

private:
    void readDatagrams(QUdpSocket *socket);
    void merge(const DiscoveredDevice &device);

    QUdpSocket *m_socket4 = nullptr;
    QUdpSocket *m_socket6 = nullptr;
    QTimer m_timer;
    QString m_messageId;
    QVector<DiscoveredDevice> m_devices;
};

} // namespace pantau::onvif
