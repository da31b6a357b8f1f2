#pragma once
// The playback timeline under a wall window: a ruler with days and hours in the interface
// language, the selected camera's recorded ranges on top and the layout's other cameras below
// (gaps shown as gaps), offline periods and event markers from an EventSource, a now-line, the
// playhead, and the export range marked with `[` and `]`. The wheel zooms around the pointer
// (10 s to 30 days; Shift or a sideways wheel pans, so does a middle-button drag), a click jumps,
// a drag scrubs with pictures following (ScrubThrottle: a bounded number of inexact seeks a second,
// an exact one on release). It drives any PlaybackControl and owns no footage: ranges come in
// through setRanges(), asked for with rangesNeeded() whenever the window needs ranges it lacks
// (and every 10 s while the window shows "now", which keeps growing). GUI thread only.
#include "core/events/Event.h"
#include "core/recording/SegmentIndex.h"
#include "ui/playback/ScrubThrottle.h"
#include "ui/playback/TimelineScale.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace pantau::events {
class EventSource;
} // namespace pantau::events

namespace pantau::playback {

class PlaybackControl;
using recording::TimeRange;

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    void setControl(PlaybackControl *control);
    void setEventSource(events::EventSource *source);
    // The rows while the control names no cameras (live): the layout's cameras, selected on top.
    void setCameras(const QStringList &cameraIds, const QString &selectedCameraId);
    void setCameraNames(const QHash<QString, QString> &namesById); // row labels; the id if none
    void setTimeZone(const QTimeZone &zone);                       // default: this PC's
    void setClock(std::function<qint64()> nowUtcMs);               // default: the system clock
    void setMaxSeeksPerSecond(int seeks);                          // default 8

    // The recorded ranges of one camera over [fromUtcMs, toUtcMs) (what rangesNeeded asked for).
    void setRanges(const QString &cameraId, const QVector<TimeRange> &ranges, qint64 fromUtcMs,
                   qint64 toUtcMs);

    const TimelineScale &scale() const;
    void setWindow(qint64 fromUtcMs, qint64 toUtcMs);
    // Forgets nothing on screen but asks for every row's ranges again (another recorder chosen).
    void reloadRanges();
    QStringList rowCameraIds() const; // top to bottom
    QRect rowRect(int row) const;     // in widget coordinates
    double xForTime(qint64 utcMs) const;
    qint64 timeAtX(double x) const;

    qint64 exportInUtcMs() const { return m_inUtcMs; }   // 0: not set
    qint64 exportOutUtcMs() const { return m_outUtcMs; } // 0: not set

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void markIn();  // `[`: the export range starts at the playhead
    void markOut(); // `]`: and ends there
    void clearExportRange();

Q_SIGNALS:
    // Wire to ArchiveSource::ranges and answer with setRanges() per camera.
    void rangesNeeded(const QStringList &cameraIds, qint64 fromUtcMs, qint64 toUtcMs);
    // For the export dialog; 0 for a mark not set. Always in <= out when both are set.
    void exportRangeChanged(qint64 inUtcMs, qint64 outUtcMs);
    void windowChanged(qint64 fromUtcMs, qint64 toUtcMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct CameraRanges
    {
        QVector<TimeRange> ranges;
        qint64 fromUtcMs = 0;
        qint64 toUtcMs = 0;
    };

    qint64 now() const;
    qint64 playheadUtcMs() const; // the drag, the control's position, or now in live
    bool showsPlayhead() const;
    QString cameraName(const QString &id) const;
    int labelWidthPx() const;
    void syncWidth() const;
    void onPositionChanged(qint64 utcMs);
    void onStateChanged();
    void windowMoved();
    void askForWhatIsMissing(bool force);
    void fetchEvents();
    void scrubTo(double x);
    void sendPendingScrub();
    void setExportRange(qint64 inUtcMs, qint64 outUtcMs);

    void paintRuler(QPainter &p, const QRect &ruler) const;
    void paintRow(QPainter &p, const QString &cameraId, const QRect &row, bool selected) const;

    QPointer<PlaybackControl> m_control;
    QPointer<events::EventSource> m_events;
    QStringList m_cameras;
    QString m_selected;
    QHash<QString, QString> m_names;
    QTimeZone m_zone;
    std::function<qint64()> m_clock;
    mutable TimelineScale m_scale; // its width follows the widget's (syncWidth)
    QHash<QString, CameraRanges> m_ranges;
    QHash<QString, QVector<events::Event>> m_eventsByCamera; // over the asked window, oldest first
    QStringList m_askedIds;
    qint64 m_askedFromUtcMs = 0;
    qint64 m_askedToUtcMs = 0;

    ScrubThrottle m_throttle;
    QElapsedTimer m_monotonic;
    QTimer m_scrubTimer;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_panning = false;
    double m_pressX = 0;
    double m_lastPanX = 0;
    qint64 m_dragUtcMs = 0;

    mutable double m_paintedPlayheadX = -1e9;
    qint64 m_inUtcMs = 0;
    qint64 m_outUtcMs = 0;
    QTimer m_tick; // the now-line moves; ranges near now grow
    int m_ticks = 0;
};

} // namespace pantau::playback
