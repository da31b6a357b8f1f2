#pragma once
// A camera as the site knows it: a plain value type, copied freely (any thread).
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pantau {

enum class StreamKind { Invalid = 0, Main, Sub };

// Whether and how a camera is recorded around the clock (by pantau-recorder).
struct RecordingPlan
{
    static constexpr int kDefaultMaxAgeDays = 30;
    static constexpr int kMaxAgeDaysLimit = 3650;

    bool enabled = false;
    StreamKind stream = StreamKind::Main; // the sub stream where a site chooses it
    QString recorder;                     // host name of the recorder PC that records it; empty: any
    int maxAgeDays = kDefaultMaxAgeDays;  // footage older than this is deleted

    friend bool operator==(const RecordingPlan &, const RecordingPlan &) = default;
};

struct Camera
{
    QString id;         // stable, unique within the site ("cam-3f2a...")
    QString name;       // what the operator reads on the tile
    QStringList area;   // kabupaten / kecamatan / desa / titik, outermost first
    QString owner;      // agency that owns the camera (Diskominfo, Dishub, Polres)
    QUrl mainStreamUrl; // high resolution stream
    QUrl subStreamUrl;  // low resolution stream; empty when the camera has only one
    QString username;   // credentials for the streams (never persisted in clear in the site file)
    QString password;
    QStringList tags;
    bool enabled = true;
    // Where the camera stands (WGS84 degrees); only meaningful when hasLocation.
    bool hasLocation = false;
    double latitude = 0.0;
    double longitude = 0.0;
    QUrl onvifUrl;             // ONVIF device service (http://host/onvif/device_service); empty if none
    QString onvifProfileToken; // media profile of the main stream, used by PTZ requests
    bool ptz = false;          // the camera can pan / tilt / zoom
    // How PTZ is driven when not through ONVIF: "pelcod:/dev/ttyUSB0?address=1&baud=2400".
    QUrl ptzUrl;
    RecordingPlan recording;
    // Motion and tamper settings (zones, masks, sensitivity, schedule) as the site file holds them:
    // the "analytics" object, kept as written. Only the analytics layer reads it
    // (analytics::StoredAnalyticsSettings, which needs OpenCV's library and so is not in core); a
    // value it refuses is reported there and kept here. Null (unset): none (defaults, motion off).
    QJsonValue analytics;
    // Set when the site file's entry for this camera could not be read (a stream address the
    // reader refuses, a field of the wrong type): the translated reason. Such a camera is listed
    // and shown with its reason but never played, and its entry is written back exactly as it was
    // read (asWritten) until someone saves it edited.
    QString invalidReason;
    QJsonValue asWritten;
    bool isValid() const { return invalidReason.isEmpty(); }

    // The URL to play for a wanted kind, falling back to the one that exists.
    QUrl streamUrl(StreamKind kind) const
    {
        if (kind == StreamKind::Sub && !subStreamUrl.isEmpty())
            return subStreamUrl;
        return mainStreamUrl.isEmpty() ? subStreamUrl : mainStreamUrl;
    }
    bool hasSubStream() const { return !subStreamUrl.isEmpty() && subStreamUrl != mainStreamUrl; }

    friend bool operator==(const Camera &, const Camera &) = default;
};

} // namespace pantau
