#include "core/onvif/SoapClient.h"

#include "core/Log.h"
#include "core/i18n/ErrorReason.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace pantau::onvif {

SoapClient::SoapClient(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
    connect(m_network, &QNetworkAccessManager::authenticationRequired, this,
            &SoapClient::onAuthenticationRequired);
}

SoapClient::~SoapClient()
{
    abortAll();
}

void SoapClient::setCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
}

void SoapClient::call(const QUrl &url, const QString &action, const QString &bodyXml, bool authenticate,
                      Callback done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/soap+xml; charset=utf-8; action=\"%1\"").arg(action));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    std::optional<UsernameToken> token;
    if (authenticate && !m_username.isEmpty())
        token = makeUsernameToken(m_username, m_password, m_clockOffsetMs);
    QNetworkReply *reply = m_network->post(request, soapEnvelope(bodyXml, token));
    Pending &p = m_pending[reply];
    p.done = std::move(done);
    p.authenticate = authenticate;
    p.deadline = new QTimer(this);
    p.deadline->setSingleShot(true);
    connect(p.deadline, &QTimer::timeout, this, [this, reply] {
        auto it = m_pending.find(reply);
        if (it == m_pending.end())
            return;
        it->timedOut = true;
        reply->abort(); // finished() follows synchronously or soon
    });
    p.deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    qCDebug(lcOnvif) << "SOAP" << action << "to" << url.toString(QUrl::RemoveUserInfo);
}

void SoapClient::onReadyRead(QNetworkReply *reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end() || it->tooLarge)
        return;
    it->data += reply->readAll();
    if (it->data.size() > m_maxReplyBytes) {
        it->tooLarge = true;
        it->data.clear();
        reply->abort();
    }
}

void SoapClient::onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return; // another client's request on the shared network manager
    if (it->authTried || m_username.isEmpty() || !it->authenticate)
        return; // Qt finishes the reply with AuthenticationRequiredError
    // Never hand a password to Basic over plain http (a forged discovery answer could ask for it);
    // Digest never sends it, and WS-Security already carries a digest in the SOAP header.
    const QByteArray challenge = reply->rawHeader("WWW-Authenticate").trimmed().toLower();
    if (reply->url().scheme() == QLatin1String("http") && challenge.startsWith("basic")) {
        qCWarning(lcOnvif) << "refusing HTTP Basic over plain http to" << reply->url().host();
        return;
    }
    it->authTried = true;
    authenticator->setUser(m_username);
    authenticator->setPassword(m_password);
}

void SoapClient::onFinished(QNetworkReply *reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    Pending p = std::move(*it);
    m_pending.erase(it);
    delete p.deadline;
    reply->deleteLater();
    if (!p.tooLarge)
        p.data += reply->readAll();

    SoapResponse response;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (p.timedOut) {
        response.error = OnvifError::make(OnvifError::Kind::Timeout);
        response.error.timeoutMs = m_timeoutMs;
    } else if (p.tooLarge) {
        response.error = OnvifError::make(OnvifError::Kind::TooLarge);
    } else if (reply->error() == QNetworkReply::AuthenticationRequiredError) {
        response.error = OnvifError::make(OnvifError::Kind::AuthFailed);
    } else if (status == 0 && reply->error() != QNetworkReply::NoError) {
        response.error = OnvifError::make(OnvifError::Kind::Network, ErrorReason::network(reply->error()));
        response.error.technical = reply->errorString();
    } else {
        response = readSoapResponse(p.data, status, m_maxReplyBytes);
    }
    if (response.error.isError())
        qCInfo(lcOnvif) << "SOAP request to" << reply->url().toString(QUrl::RemoveUserInfo)
                        << "failed:" << int(response.error.kind) << response.error.detail
                        << response.error.technical;
    if (p.done)
        p.done(response);
}

void SoapClient::abortAll()
{
    const auto replies = m_pending.keys();
    for (QNetworkReply *r : replies) {
        auto it = m_pending.find(r);
        if (it == m_pending.end())
            continue;
        delete it->deadline;
        m_pending.erase(it); // no callback after an abort
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

} // namespace pantau::onvif
