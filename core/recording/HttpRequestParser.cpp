#include "core/recording/HttpRequestParser.h"

#include <QUrl>

namespace pantau::recording {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

bool hasControlChars(const QByteArray &s, bool allowTab)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && !(allowTab && c == '\t')) || u == 0x7f)
            return true;
    }
    return false;
}

bool isDigits(const QByteArray &s)
{
    if (s.isEmpty() || s.size() > 18)
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers)
        if (h.first == lowerCaseName)
            return true;
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    const QList<QByteArray> options = connection.split(',');
    auto has = [&](const char *option) {
        for (const QByteArray &o : options)
            if (o.trimmed() == option)
                return true;
        return false;
    };
    if (versionMinor >= 1)
        return !has("close");
    return has("keep-alive");
}

QByteArray HttpRequest::pathForLog() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &bytes)
{
    if (m_state == State::Error)
        return m_state;
    m_buffer.append(bytes);
    parse();
    return m_state;
}

HttpRequest HttpRequestParser::takeRequest()
{
    if (m_state != State::Complete)
        return {};
    HttpRequest request = std::move(m_request);
    m_request = {};
    m_state = State::NeedMore;
    m_headDone = false;
    m_bodyBytes = 0;
    parse();
    return request;
}

void HttpRequestParser::fail(int status)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_buffer.clear();
}

void HttpRequestParser::parse()
{
    if (m_state != State::NeedMore)
        return;
    if (!m_headDone) {
        // Empty lines before a request line are allowed (RFC 9112 2.2).
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > kMaxHeadBytes)
                fail(431);
            return;
        }
        if (end + 4 > kMaxHeadBytes) {
            fail(431);
            return;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        if (!parseHead(head))
            return;
        m_headDone = true;
    }
    if (m_buffer.size() < m_bodyBytes)
        return;
    m_request.body = m_buffer.left(m_bodyBytes);
    m_buffer.remove(0, m_bodyBytes);
    m_state = State::Complete;
}

bool HttpRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    QList<QByteArray> clean;
    for (const QByteArray &line : lines) {
        if (!line.endsWith('\r') && &line != &lines.last()) {
            fail(400); // a bare LF inside the head
            return false;
        }
        clean << (line.endsWith('\r') ? line.chopped(1) : line);
    }
    // The request line: METHOD SP TARGET SP HTTP/1.x
    const QList<QByteArray> parts = clean.first().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || !parts[1].startsWith('/') ||
        hasControlChars(parts[1], false)) {
        fail(400);
        return false;
    }
    const QByteArray &version = parts[2];
    if (version == "HTTP/1.1") {
        m_request.versionMinor = 1;
    } else if (version == "HTTP/1.0") {
        m_request.versionMinor = 0;
    } else if (version.startsWith("HTTP/") && version.size() >= 8 && version[5] >= '0' && version[5] <= '9') {
        fail(505);
        return false;
    } else {
        fail(400);
        return false;
    }
    m_request.method = parts[0];
    m_request.target = parts[1];

    const qsizetype q = m_request.target.indexOf('?');
    const QByteArray path = q < 0 ? m_request.target : m_request.target.left(q);
    const QList<QByteArray> rawSegments = path.mid(1).split('/');
    for (const QByteArray &raw : rawSegments) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(raw);
        if (decoded.contains('\0') || hasControlChars(decoded, false)) {
            fail(400);
            return false;
        }
        m_request.pathSegments << QString::fromUtf8(decoded);
    }
    if (q >= 0)
        m_request.query = QUrlQuery(QString::fromUtf8(m_request.target.mid(q + 1)));

    // Header fields: NAME ":" OWS VALUE OWS, no folded lines.
    QByteArray contentLength;
    for (qsizetype i = 1; i < clean.size(); ++i) {
        const QByteArray &line = clean[i];
        const qsizetype colon = line.indexOf(':');
        if (line.isEmpty() || line[0] == ' ' || line[0] == '\t' || colon <= 0) {
            fail(400);
            return false;
        }
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || hasControlChars(value, true)) {
            fail(400);
            return false;
        }
        const QByteArray lower = name.toLower();
        if (lower == "transfer-encoding") {
            fail(501); // chunked request bodies: nothing here needs them
            return false;
        }
        if (lower == "content-length") {
            if (!isDigits(value) || (!contentLength.isEmpty() && contentLength != value)) {
                fail(400);
                return false;
            }
            contentLength = value;
        }
        m_request.headers.append({lower, value});
    }
    if (!contentLength.isEmpty()) {
        m_bodyBytes = contentLength.toLongLong();
        if (m_bodyBytes > kMaxBodyBytes) {
            fail(413);
            return false;
        }
    }
    return true;
}

} // namespace pantau::recording
