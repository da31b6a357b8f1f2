#pragma once
// An HTTP/1.x request parser for the recorder's server: fed the bytes of one connection as they
// arrive, it yields one request at a time (request line, headers, a small body). Pure: no sockets,
// no clock. Limits: the head (request line and headers) at most kMaxHeadBytes (else 431), a body
// at most kMaxBodyBytes (else 413), no chunked request bodies (501), only HTTP/1.0 and 1.1 (505);
// anything malformed is 400. After an error the parser stays in the error state (the connection
// answers and closes). Threads: any, one instance per connection.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace pantau::recording {

struct HttpRequest
{
    QByteArray method;        // "GET", as sent (methods are case-sensitive)
    QByteArray target;        // as sent: "/api/v1/status?x=1"
    QStringList pathSegments; // the path split on '/', each percent-decoded: {"api","v1","status"}
    QUrlQuery query;
    int versionMinor = 1;                         // HTTP/1.<versionMinor>
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case, values trimmed
    QByteArray body;

    // The first header of that name (give it in lower case); empty when absent.
    QByteArray header(const QByteArray &lowerCaseName) const;
    bool hasHeader(const QByteArray &lowerCaseName) const;
    // Whether the connection stays open after the reply (HTTP/1.1 unless "Connection: close";
    // HTTP/1.0 only with "Connection: keep-alive").
    bool keepAlive() const;
    // The path without the query, for the log: "/api/v1/status".
    QByteArray pathForLog() const;
};

class HttpRequestParser
{
public:
    static constexpr int kMaxHeadBytes = 16 * 1024;
    static constexpr int kMaxBodyBytes = 64 * 1024;

    enum class State { NeedMore, Complete, Error };

    // Appends bytes and parses as far as they go. Bytes after a complete request wait for
    // takeRequest().
    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    // The status to answer when state() is Error: 400, 413, 431, 501 or 505.
    int errorStatus() const { return m_errorStatus; }
    // The complete request; the parser then starts on the next one with the bytes left over.
    HttpRequest takeRequest();
    // Bytes received but not yet part of a returned request.
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    void parse();
    bool parseHead(const QByteArray &head);
    void fail(int status);

    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::NeedMore;
    int m_errorStatus = 0;
    bool m_headDone = false;
    qint64 m_bodyBytes = 0;
};

} // namespace pantau::recording
