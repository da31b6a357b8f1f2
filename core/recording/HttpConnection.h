#pragma once
// One client connection of the recorder's HTTP server: reads requests with an HttpRequestParser,
// hands each to the server (requestReady), and writes the reply, streaming a file body in
// kChunkBytes pieces as the socket drains (a segment is never read whole into memory). Keeps the
// connection for the next request (HTTP/1.1 keep-alive) unless the request or the reply says
// otherwise; one request at a time. Closes after kIdleMs without traffic, and after a malformed
// request (answered with its 4xx first). Threads: owner thread only.
#include "core/recording/HttpRequestParser.h"
#include "core/recording/HttpResponse.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace pantau::recording {

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kChunkBytes = 256 * 1024;
    static constexpr qint64 kMaxQueuedBytes = 1024 * 1024; // refill when less is waiting
    static constexpr int kIdleMs = 60'000;

    // Takes the socket (reparented to this).
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~HttpConnection() override;

    QString peerAddress() const { return m_peer; }
    // The reply to the request of the last requestReady(). HEAD replies carry no body.
    void respond(HttpResponse response);

Q_SIGNALS:
    void requestReady(const pantau::recording::HttpRequest &request);
    // The parser refused the bytes: the connection answers `status` and closes.
    void malformed(int status);
    void closed();

private:
    void onReadyRead();
    void processBuffered();
    void writeHead(const HttpResponse &response, bool keepAlive);
    void pump();
    void finishResponse();
    void close();

    QTcpSocket *m_socket;
    QString m_peer;
    HttpRequestParser m_parser;
    QTimer m_idle;
    bool m_busy = false; // a request is being answered
    bool m_keepAlive = true;
    bool m_headOnly = false;
    bool m_closing = false; // no more replies; the socket closes after what is queued
    bool m_closed = false;
    HttpResponse m_response; // the file being streamed
    qint64 m_remaining = 0;
};

} // namespace pantau::recording
