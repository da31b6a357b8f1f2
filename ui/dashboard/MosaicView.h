#pragma once
// The live mosaic: one painted, scrolling grid of camera thumbnails (no widget per camera, only
// the visible cells are painted). A thumbnail shows the camera's latest keyframe while it is
// online; otherwise its state in words and colour, never a frozen picture. Repaints at most a few
// times per second however many frames arrive. Clicking a thumbnail emits cameraActivated.
// GUI thread only.
#include "core/camera/Camera.h"
#include "core/health/HealthMonitor.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <QTimer>

namespace pantau {

class MosaicView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit MosaicView(HealthMonitor *monitor, QWidget *parent = nullptr);

    void setCameras(const QVector<Camera> &cameras); // in display order
    int count() const { return int(m_cameras.size()); }
    QString cameraIdAt(int index) const { return m_cameras.value(index).id; }
    void setMinimumCellWidthPx(int px);
    void setRepaintIntervalMs(int ms) { m_repaint.setInterval(ms); }

    // What a thumbnail shows (the painting uses the same answer; tests use it too).
    struct Thumbnail
    {
        HealthBucket bucket = HealthBucket::Invalid;
        StreamState state = StreamState::Invalid;
        bool showsPicture = false;
        QString text; // the state words when there is no picture
    };
    Thumbnail thumbnail(int index) const;
    QRect cellRect(int index) const; // in viewport coordinates (after scrolling)
    int indexAt(QPoint viewportPos) const;
    void scrollToIndex(int index);

Q_SIGNALS:
    void cameraActivated(const QString &cameraId);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void scrollContentsBy(int dx, int dy) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void changeEvent(QEvent *) override;

private:
    void relayout();
    void paintCell(QPainter &p, int index, const QRect &r);

    QPointer<HealthMonitor> m_monitor;
    QVector<Camera> m_cameras;
    int m_minCellWidthPx = 220;
    int m_columns = 1;
    QSize m_cellSize{220, 124};
    int m_gapPx = 6;
    bool m_dirty = false;
    QTimer m_repaint;
};

} // namespace pantau
