#include "core/recording/RecorderHttpApi.h"

#include "core/playback/FragmentedMp4.h"
#include "core/recording/ByteRange.h"
#include "core/recording/SegmentIndex.h"

#include <QDir>
#include <QJsonArray>

#include <limits>

namespace pantau::recording {

namespace {

bool isRead(const HttpRequest &r)
{
    return r.method == "GET" || r.method == "HEAD";
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse r = HttpResponse::error(405, QStringLiteral("method not allowed"));
    r.setHeader("Allow", allow);
    return r;
}

HttpResponse notFound(const QString &what = QStringLiteral("not found"))
{
    return HttpResponse::error(404, what);
}

// from/to of the query: [0, max] when absent; false when present but not a whole number.
bool timeWindow(const QUrlQuery &query, qint64 *fromUtcMs, qint64 *toUtcMs)
{
    *fromUtcMs = 0;
    *toUtcMs = std::numeric_limits<qint64>::max();
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("from")))
        *fromUtcMs = query.queryItemValue(QStringLiteral("from")).toLongLong(&ok);
    if (ok && query.hasQueryItem(QStringLiteral("to")))
        *toUtcMs = query.queryItemValue(QStringLiteral("to")).toLongLong(&ok);
    return ok && *fromUtcMs <= *toUtcMs;
}

const char *stateKey(Segment::State s)
{
    switch (s) {
    case Segment::State::Writing:
        return "writing";
    case Segment::State::Complete:
        return "complete";
    case Segment::State::Invalid:
        break;
    }
    return "invalid";
}

} // namespace

RecorderHttpApi::RecorderHttpApi(SegmentIndex &index, StatusSource status)
    : m_index(index), m_status(std::move(status))
{
}

QString RecorderHttpApi::footagePath(qint64 segmentId)
{
    return QStringLiteral("%1/footage/%2.mp4").arg(QLatin1String(kPrefix)).arg(segmentId);
}

QJsonObject RecorderHttpApi::segmentJson(const Segment &s)
{
    return {{"id", s.id},
            {"cameraId", s.cameraId},
            {"url", footagePath(s.id)},
            {"startUtcMs", s.startUtcMs},
            {"endUtcMs", s.endUtcMs},
            {"bytes", s.bytes},
            {"codec", s.codec},
            {"width", qMax(0, s.resolution.width())}, // 0: unknown (a file that does not play)
            {"height", qMax(0, s.resolution.height())},
            {"state", stateKey(s.state)},
            {"locked", s.locked}};
}

HttpResponse RecorderHttpApi::handle(const HttpRequest &request)
{
    const QStringList &p = request.pathSegments;
    if (p.size() < 3 || p[0] != QLatin1String("api") || p[1] != QLatin1String("v1"))
        return notFound();
    if (p.size() == 3 && p[2] == QLatin1String("status")) {
        if (!isRead(request))
            return methodNotAllowed("GET, HEAD");
        return HttpResponse::json(200, m_status ? m_status() : QJsonObject());
    }
    if (p.size() == 5 && p[2] == QLatin1String("cameras")) {
        const QString &cameraId = p[3];
        if (!SegmentIndex::isValidCameraId(cameraId))
            return notFound(QStringLiteral("no such camera"));
        if (p[4] == QLatin1String("ranges"))
            return isRead(request) ? ranges(request, cameraId) : methodNotAllowed("GET, HEAD");
        if (p[4] == QLatin1String("segments"))
            return isRead(request) ? segments(request, cameraId) : methodNotAllowed("GET, HEAD");
        if (p[4] == QLatin1String("locks"))
            return request.method == "POST" ? locks(request, cameraId) : methodNotAllowed("POST");
        return notFound();
    }
    if (p.size() >= 4 && p[2] == QLatin1String("footage")) {
        if (!isRead(request))
            return methodNotAllowed("GET, HEAD");
        return footage(request, p.mid(3));
    }
    return notFound();
}

HttpResponse RecorderHttpApi::ranges(const HttpRequest &request, const QString &cameraId)
{
    qint64 from = 0, to = 0;
    if (!timeWindow(request.query, &from, &to))
        return HttpResponse::error(400, QStringLiteral("from and to must be UTC milliseconds, from <= to"));
    QJsonArray ranges;
    for (const TimeRange &r : m_index.recordedRanges(cameraId, from, to))
        ranges.push_back(QJsonObject{{"startUtcMs", r.startUtcMs}, {"endUtcMs", r.endUtcMs}});
    return HttpResponse::json(
        200, {{"cameraId", cameraId}, {"fromUtcMs", from}, {"toUtcMs", to}, {"ranges", ranges}});
}

HttpResponse RecorderHttpApi::segments(const HttpRequest &request, const QString &cameraId)
{
    qint64 from = 0, to = 0;
    if (!timeWindow(request.query, &from, &to))
        return HttpResponse::error(400, QStringLiteral("from and to must be UTC milliseconds, from <= to"));
    QJsonArray rows;
    for (const Segment &s : m_index.segments(cameraId, from, to))
        rows.push_back(segmentJson(s));
    return HttpResponse::json(
        200, {{"cameraId", cameraId}, {"fromUtcMs", from}, {"toUtcMs", to}, {"segments", rows}});
}

HttpResponse RecorderHttpApi::locks(const HttpRequest &request, const QString &cameraId)
{
    const QUrlQuery &q = request.query;
    const QString locked = q.queryItemValue(QStringLiteral("locked"));
    qint64 from = 0, to = 0;
    if (!q.hasQueryItem(QStringLiteral("from")) || !q.hasQueryItem(QStringLiteral("to")) ||
        !timeWindow(q, &from, &to) || (locked != QLatin1String("1") && locked != QLatin1String("0")))
        return HttpResponse::error(400, QStringLiteral("give from, to (UTC milliseconds) and locked=1 or 0"));
    const int count = m_index.setLocked(cameraId, from, to, locked == QLatin1String("1"));
    if (count < 0)
        return HttpResponse::error(500, QStringLiteral("the index could not be written"));
    return HttpResponse::json(200, {{"cameraId", cameraId},
                                    {"fromUtcMs", from},
                                    {"toUtcMs", to},
                                    {"locked", locked == QLatin1String("1")},
                                    {"segments", count}});
}

HttpResponse RecorderHttpApi::footage(const HttpRequest &request, const QStringList &rest)
{
    // By row id ("123" or "123.mp4"), or by the archive's relative path "<camera>/<day>/<start>.mp4";
    // either way the file is the one the index row names.
    std::optional<Segment> segment;
    if (rest.size() == 1) {
        QString id = rest[0];
        if (id.endsWith(QLatin1String(".mp4")))
            id.chop(4);
        bool ok = false;
        const qint64 rowId = id.toLongLong(&ok);
        if (ok && rowId > 0 && !id.startsWith(QLatin1Char('+')))
            segment = m_index.segment(rowId);
    } else if (rest.size() == 3) {
        const QString relative = rest.join(QLatin1Char('/'));
        if (const auto parsed = SegmentIndex::parseRelativePath(relative)) {
            for (const Segment &s : m_index.segments(parsed->first, parsed->second, parsed->second))
                if (s.relativePath == relative)
                    segment = s;
        }
    }
    if (!segment || !SegmentIndex::parseRelativePath(segment->relativePath))
        return notFound(QStringLiteral("no such segment"));

    auto file = std::make_shared<QFile>(QDir(m_index.rootPath()).filePath(segment->relativePath));
    if (!file->open(QIODevice::ReadOnly))
        return notFound(QStringLiteral("the segment's file is gone"));
    const qint64 size = file->size();
    if (request.header("range").isEmpty() && request.query.hasQueryItem(QStringLiteral("fromMs"))) {
        if (std::optional<HttpResponse> cut =
                fromKeyframe(file, request.query.queryItemValue(QStringLiteral("fromMs"))))
            return std::move(*cut);
    }
    const ByteRange range = ByteRange::parse(request.header("range"), size);
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        HttpResponse r = HttpResponse::error(416, QStringLiteral("range not satisfiable"));
        r.setHeader("Content-Range", range.contentRange(size));
        return r;
    }
    HttpResponse r;
    r.status = range.kind == ByteRange::Kind::Partial ? 206 : 200;
    r.setHeader("Content-Type", "video/mp4");
    r.setHeader("Accept-Ranges", "bytes");
    if (range.kind == ByteRange::Kind::Partial)
        r.setHeader("Content-Range", range.contentRange(size));
    r.file = std::move(file);
    r.fileOffset = range.kind == ByteRange::Kind::Partial ? range.first : 0;
    r.fileLength = range.kind == ByteRange::Kind::Partial ? range.length() : size;
    return r;
}

std::optional<HttpResponse> RecorderHttpApi::fromKeyframe(const std::shared_ptr<QFile> &file,
                                                          const QString &fromMs)
{
    bool ok = false;
    const qint64 offsetMs = fromMs.toLongLong(&ok);
    const qint64 size = file->size();
    if (!ok || offsetMs <= 0 || size <= 0)
        return std::nullopt;
    const uchar *data = file->map(0, size);
    if (!data)
        return std::nullopt;
    const std::optional<playback::FragmentedMp4> mp4 = playback::FragmentedMp4::parse(data, size);
    const std::optional<qint64> cut = mp4 ? mp4->fragmentStartFor(offsetMs) : std::nullopt;
    QByteArray init;
    if (cut)
        init = QByteArray(reinterpret_cast<const char *>(data), mp4->firstFragmentOffset);
    file->unmap(const_cast<uchar *>(data));
    if (!cut)
        return std::nullopt; // not a fragmented MP4 of ours, or the first fragment: the whole file
    HttpResponse r;
    r.setHeader("Content-Type", "video/mp4");
    r.body = init;
    r.file = file;
    r.fileOffset = *cut;
    r.fileLength = size - *cut;
    return r;
}

} // namespace pantau::recording
