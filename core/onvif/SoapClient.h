#pragma once
// Sends ONVIF SOAP requests over Qt Network and hands back the reply body or a classified error.
// Every request is bounded: a deadline (timeoutMs) and a size cap on the reply; HTTP Digest is
// answered once with the configured credentials when a device asks for it, and WS-Security
// UsernameToken (PasswordDigest, in the device's clock) is added to authenticated requests.
// Lives on the GUI thread (or any thread with an event loop); callbacks run on that thread and
// never after the client is destroyed.
#include "core/onvif/SoapEnvelope.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace pantau::onvif {

class SoapClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SoapResponse &)>;

    explicit SoapClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SoapClient() override;

    void setCredentials(const QString &username, const QString &password);
    void setClockOffsetMs(qint64 offsetMs) { m_clockOffsetMs = offsetMs; }
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }

    // `action` is the operation's SOAP action URI (namespace + "/" + name).
    void call(const QUrl &url, const QString &action, const QString &bodyXml, bool authenticate,
              Callback done);
    void abortAll();
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        Callback done;
        QByteArray data;
        QTimer *deadline = nullptr;
        bool timedOut = false;
        bool tooLarge = false;
        bool authTried = false;
        bool authenticate = false; // the caller asked for credentials on this request
    };
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);

    QNetworkAccessManager *m_network;
    QString m_username, m_password;
    qint64 m_clockOffsetMs = 0;
    int m_timeoutMs = 5000;
    qint64 m_maxReplyBytes = 1024 * 1024;
    QHash<QNetworkReply *, Pending> m_pending;
};

} // namespace pantau::onvif
