#pragma once
// One recorded file of one camera, wherever it is: on this PC (file://) or on a recorder of the
// site (http://, with the recorder's HTTP Basic header). What playback plays and export remuxes.
// Value type, any thread.
#include <QByteArray>
#include <QSize>
#include <QString>
#include <QUrl>

namespace pantau::playback {

struct ArchiveSegment
{
    qint64 id = 0; // the recorder's index row
    QString cameraId;
    QUrl url;                 // file:///…/segment.mp4 or http://host:7480/api/v1/footage/ID
    QByteArray authorization; // "Basic …" for a recorder with a password; empty otherwise
    qint64 startUtcMs = 0;
    qint64 endUtcMs = 0;
    qint64 bytes = 0;
    QString codec; // "h264", "h265"
    QSize resolution;
    bool writing = false; // still being written (its end grows)
    bool locked = false;  // evidence lock

    qint64 durationMs() const { return endUtcMs - startUtcMs; }
    friend bool operator==(const ArchiveSegment &, const ArchiveSegment &) = default;
};

} // namespace pantau::playback
