#include "core/recording/RecorderHttpServer.h"

#include "core/recording/HttpConnection.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTcpSocket>

// Every request of the recorder's HTTP interface; its own category (not in core/Log.h) so that a
// journal can keep the recorder's log and leave out the request lines: pantau.recording.http=false.
Q_LOGGING_CATEGORY(lcRecorderHttp, "pantau.recording.http", QtInfoMsg)

namespace pantau::recording {

RecorderHttpServer::RecorderHttpServer(SegmentIndex &index, RecorderHttpApi::StatusSource status,
                                       std::optional<RecorderAuth> auth, QObject *parent)
    : QObject(parent), m_api(index, std::move(status)), m_auth(std::move(auth))
{
    connect(&m_server, &QTcpServer::newConnection, this, &RecorderHttpServer::onNewConnection);
}

RecorderHttpServer::~RecorderHttpServer() = default;

bool RecorderHttpServer::mayListenWithoutPassword(const QHostAddress &address)
{
    return address.isLoopback();
}

bool RecorderHttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server.listen(address, port)) {
        if (error)
            *error = m_server.errorString();
        return false;
    }
    qCInfo(lcRecorderHttp).noquote() << "serving footage on" << m_server.serverAddress().toString() << "port"
                                     << m_server.serverPort()
                                     << (m_auth ? "(password required)" : "(loopback, no password)");
    return true;
}

void RecorderHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections >= kMaxConnections) {
            qCWarning(lcRecorderHttp).noquote()
                << socket->peerAddress().toString() << "refused: already" << m_connections << "connections";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReady, this,
                [this, connection](const HttpRequest &request) { onRequest(connection, request); });
        connect(connection, &HttpConnection::malformed, this, [connection](int status) {
            qCInfo(lcRecorderHttp).noquote() << connection->peerAddress() << "malformed request ->" << status;
        });
        connect(connection, &HttpConnection::closed, this, [this, connection] {
            --m_connections;
            connection->deleteLater();
        });
    }
}

std::optional<HttpResponse> RecorderHttpServer::refusal(const HttpConnection *connection,
                                                        const HttpRequest &request)
{
    if (!m_auth)
        return std::nullopt;
    const QString peer = connection->peerAddress();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (const qint64 blockedMs = m_limiter.blockedForMs(peer, nowMs); blockedMs > 0) {
        HttpResponse r =
            HttpResponse::error(429, QStringLiteral("too many wrong passwords; try again later"));
        r.setHeader("Retry-After", QByteArray::number((blockedMs + 999) / 1000));
        return r;
    }
    const QByteArray authorization = request.header("authorization");
    if (!authorization.isEmpty() && m_auth->check(authorization)) {
        m_limiter.succeeded(peer);
        return std::nullopt;
    }
    if (!authorization.isEmpty()) {
        m_limiter.failed(peer, nowMs);
        qCWarning(lcRecorderHttp).noquote() << peer << "wrong password";
    }
    HttpResponse r = HttpResponse::error(401, QStringLiteral("password required"));
    r.setHeader("WWW-Authenticate", RecorderAuth::challenge());
    return r;
}

void RecorderHttpServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    HttpResponse response;
    if (std::optional<HttpResponse> refused = refusal(connection, request))
        response = std::move(*refused);
    else
        response = m_api.handle(request);
    const QByteArray range = request.header("range");
    qCInfo(lcRecorderHttp).noquote() << connection->peerAddress() << request.method << request.pathForLog()
                                     << (range.isEmpty() ? QByteArray("->") : range + " ->")
                                     << response.status << response.contentLength() << "bytes";
    connection->respond(std::move(response));
}

} // namespace pantau::recording
