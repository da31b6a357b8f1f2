#pragma once
// The recorder's network interface for wall PCs on other machines (README "Serving footage to
// other PCs"): HTTP/1.1 on a TCP port, HTTP Basic against the recorder's password, the routes of
// RecorderHttpApi. Owns the listening socket, the connections (at most kMaxConnections), the
// password check and its failure limiter. Every request is logged (pantau.recording.http: peer,
// method, path, status, bytes; never a password). Without a RecorderAuth every request is
// allowed: only for loopback (RecorderProgram refuses anything else). Threads: the owner thread
// (the recorder's main thread, which also owns the SegmentIndex).
#include "core/recording/AuthFailureLimiter.h"
#include "core/recording/RecorderAuth.h"
#include "core/recording/RecorderHttpApi.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <optional>

namespace pantau::recording {

class HttpConnection;

class RecorderHttpServer : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 kDefaultPort = 7480;
    static constexpr int kMaxConnections = 256;

    RecorderHttpServer(SegmentIndex &index, RecorderHttpApi::StatusSource status,
                       std::optional<RecorderAuth> auth, QObject *parent = nullptr);
    ~RecorderHttpServer() override;

    // Port 0 picks a free port (tests). false and `error` (not translated: for the log) on failure.
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    quint16 serverPort() const { return m_server.serverPort(); }
    QHostAddress serverAddress() const { return m_server.serverAddress(); }
    int connectionCount() const { return m_connections; }
    bool requiresPassword() const { return m_auth.has_value(); }

    // Whether a server on this address may run without a password: loopback only.
    static bool mayListenWithoutPassword(const QHostAddress &address);

private:
    void onNewConnection();
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    // nullopt: allowed; otherwise the refusal to send.
    std::optional<HttpResponse> refusal(const HttpConnection *connection, const HttpRequest &request);

    RecorderHttpApi m_api;
    std::optional<RecorderAuth> m_auth;
    AuthFailureLimiter m_limiter;
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace pantau::recording
