#pragma once
// One HTTP reply of the recorder's server, built by RecorderHttpApi and written by HttpConnection:
// a status, headers, a small body in memory and, after it, a part of an open file, which the
// connection streams in chunks. Threads: owner thread only.
#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <memory>

namespace pantau::recording {

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length, Date and Connection are added when sent
    QByteArray body;
    // When set, [fileOffset, fileOffset + fileLength) of this open file follows `body`.
    std::shared_ptr<QFile> file;
    qint64 fileOffset = 0;
    qint64 fileLength = 0;

    qint64 contentLength() const { return body.size() + (file ? fileLength : 0); }
    void setHeader(const QByteArray &name, const QByteArray &value);

    static HttpResponse json(int status, const QJsonObject &document);
    // {"error": message} (English: for a program and the log; RecorderClient words it for people).
    static HttpResponse error(int status, const QString &message);
    static QByteArray reasonPhrase(int status);
};

} // namespace pantau::recording
