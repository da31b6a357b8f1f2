#include "core/recording/HttpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>

namespace pantau::recording {

namespace {
QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent) : QObject(parent), m_socket(socket)
{
    m_socket->setParent(this);
    // Qt stops reading from the kernel when this much waits: a client that sends without end is
    // held back by TCP, not by memory.
    m_socket->setReadBufferSize(HttpRequestParser::kMaxHeadBytes + HttpRequestParser::kMaxBodyBytes);
    m_peer = m_socket->peerAddress().toString();
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    connect(&m_idle, &QTimer::timeout, this, &HttpConnection::close);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        m_idle.start();
        pump();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    m_idle.start();
}

HttpConnection::~HttpConnection()
{
    m_socket->disconnect(
        this); // its destruction (a child of this) must not call back into a half-destroyed this
}

void HttpConnection::onReadyRead()
{
    m_idle.start();
    if (m_busy || m_closing)
        return; // read when the current reply is done
    processBuffered();
}

void HttpConnection::processBuffered()
{
    if (m_busy || m_closing)
        return;
    if (m_parser.state() == HttpRequestParser::State::NeedMore && m_socket->bytesAvailable() > 0)
        m_parser.feed(m_socket->readAll());
    switch (m_parser.state()) {
    case HttpRequestParser::State::NeedMore:
        return;
    case HttpRequestParser::State::Error: {
        const int status = m_parser.errorStatus();
        m_busy = true;
        m_keepAlive = false;
        Q_EMIT malformed(status);
        HttpResponse r = HttpResponse::error(status, QString::fromLatin1(HttpResponse::reasonPhrase(status)));
        writeHead(r, false);
        m_socket->write(r.body);
        finishResponse();
        return;
    }
    case HttpRequestParser::State::Complete: {
        const HttpRequest request = m_parser.takeRequest();
        m_busy = true;
        m_keepAlive = request.keepAlive();
        m_headOnly = request.method == "HEAD";
        Q_EMIT requestReady(request);
        return;
    }
    }
}

void HttpConnection::respond(HttpResponse response)
{
    if (!m_busy || m_closing)
        return;
    writeHead(response, m_keepAlive);
    if (m_headOnly) {
        finishResponse();
        return;
    }
    m_socket->write(response.body);
    if (!response.file) {
        finishResponse();
        return;
    }
    m_response = std::move(response);
    m_remaining = m_response.fileLength;
    if (!m_response.file->seek(m_response.fileOffset)) {
        close(); // the head promised bytes that cannot come: the client sees a short reply
        return;
    }
    pump();
}

void HttpConnection::writeHead(const HttpResponse &response, bool keepAlive)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      HttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.contentLength()) + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void HttpConnection::pump()
{
    if (!m_response.file || m_closing)
        return;
    while (m_remaining > 0 && m_socket->bytesToWrite() < kMaxQueuedBytes) {
        const QByteArray chunk = m_response.file->read(qMin(kChunkBytes, m_remaining));
        if (chunk.isEmpty()) {
            close(); // the file shrank or failed: end the reply short rather than lie
            return;
        }
        m_remaining -= chunk.size();
        m_socket->write(chunk);
    }
    if (m_remaining == 0) {
        m_response = {};
        finishResponse();
    }
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after what is queued is written
        return;
    }
    // A pipelined request may be waiting: answer it from the event loop, not from this call's stack.
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffered, Qt::QueuedConnection);
}

void HttpConnection::close()
{
    const bool first = !m_closed;
    m_closed = true;
    m_closing = true;
    m_response = {};
    m_idle.stop();
    m_socket->abort();
    if (first)
        Q_EMIT closed();
}

} // namespace pantau::recording
