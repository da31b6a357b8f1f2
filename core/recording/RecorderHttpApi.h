#pragma once
// What the recorder's HTTP server answers (README "Serving footage to other PCs"): the status
// document, a camera's recorded ranges and segment rows, a segment's file (whole or a byte range)
// and evidence locks. A request in, a reply out: no sockets and no passwords here
// (RecorderHttpServer checks those first). A footage file is found through its row in the
// SegmentIndex, never by joining a path the client sent, so nothing outside the archive can be
// named. Threads: the index's owner thread.
#include "core/recording/HttpRequestParser.h"
#include "core/recording/HttpResponse.h"

#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace pantau::recording {

class SegmentIndex;
struct Segment;

class RecorderHttpApi
{
public:
    using StatusSource = std::function<QJsonObject()>;
    static constexpr const char *kPrefix = "/api/v1";

    RecorderHttpApi(SegmentIndex &index, StatusSource status);

    HttpResponse handle(const HttpRequest &request);

    // Where a segment's file is served: "/api/v1/footage/<id>.mp4".
    static QString footagePath(qint64 segmentId);
    static QJsonObject segmentJson(const Segment &segment);

private:
    HttpResponse ranges(const HttpRequest &request, const QString &cameraId);
    HttpResponse segments(const HttpRequest &request, const QString &cameraId);
    HttpResponse locks(const HttpRequest &request, const QString &cameraId);
    HttpResponse footage(const HttpRequest &request, const QStringList &rest);
    // "?fromMs=N" (milliseconds into the file): the file's ftyp and moov, then its fragments from
    // the one holding the keyframe at or before N, so that a player seeking late into a long file
    // (or stepping backwards through it) does not read it from the start each time. The times
    // stay the file's own (each fragment carries its decode time). Nothing when the whole file is
    // the answer.
    static std::optional<HttpResponse> fromKeyframe(const std::shared_ptr<QFile> &file,
                                                    const QString &fromMs);

    SegmentIndex &m_index;
    StatusSource m_status;
};

} // namespace pantau::recording
