#pragma once
// One event of the site, whatever found it: motion or tamper (core/analytics), a camera offline
// (core/health), a recording stopped (core/recording). A value type: the event store
// (core/events) keeps them, the events panel lists them, the playback timeline marks them.
#include <QMetaType>
#include <QRectF>
#include <QString>

namespace pantau::events {

enum class EventKind {
    Invalid = 0,
    Motion,           // motion in a watched zone
    TamperCovered,    // dark and uniform ("tertutup")
    TamperDefocused,  // sharpness far below the learned baseline ("tidak fokus")
    TamperMoved,      // the view shifted against the baseline ("dipindah")
    CameraOffline,    // from offline to back online
    RecordingStopped, // from stopped to resumed
};

enum class EventPriority { Invalid = 0, Low, Medium, High };

struct Event
{
    qint64 id = 0; // the store's row id; 0 before it is stored
    QString cameraId;
    EventKind kind = EventKind::Invalid;
    qint64 startUtcMs = 0;
    qint64 endUtcMs = 0;  // 0 while the event lasts
    QRectF box;           // where in the picture, normalised to 0..1; empty for the whole picture
    QString snapshotPath; // a JPEG of the picture at the start; empty if none
    QString detail;       // the detector's own words for the log (not translated)

    // Acknowledged by an operator ("ditanggapi"), with who, when and a note.
    qint64 acknowledgedUtcMs = 0;
    QString acknowledgedBy;
    QString acknowledgeNote;

    bool isActive() const { return endUtcMs == 0; }
    bool isAcknowledged() const { return acknowledgedUtcMs != 0; }
    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace pantau::events

Q_DECLARE_METATYPE(pantau::events::Event)
