#pragma once
// The Bupati's one-click overview: the headline figures (cameras, online, offline, in trouble),
// one row per kecamatan with its counts and a health bar, a live mosaic of every camera (or of the
// chosen kecamatan), and the cameras online over the last 24 hours. A thumbnail click opens the
// camera full screen on its main stream. Read-only: it is given a const SiteStore.
// Monitoring runs while the window is shown. GUI thread only.
#include "core/camera/Camera.h"
#include "core/health/AreaOrder.h"
#include "core/recording/RecorderStatusClient.h"
#include "ui/dashboard/LiveCameraWindow.h"

#include <QHash>

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QButtonGroup;
class QComboBox;
class QScrollArea;
class QVBoxLayout;

namespace pantau {

class SiteStore;
class StreamPool;
class HealthMonitor;
class HeadlineFigure;
class AreaHealthRow;
class MosaicView;
class OnlineChartView;

class DashboardWindow : public QWidget
{
    Q_OBJECT
public:
    // `livePool`: where the full-screen view leases main streams (the wall's pool).
    DashboardWindow(const SiteStore *store, HealthMonitor *monitor, StreamPool *livePool,
                    QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // The recorder whose figures the dashboard shows ("Merekam 9 / 9", the days the disk holds).
    // nullptr (the default): no recording figure.
    void setRecorder(recording::RecorderStatusClient *recorder);

    // nullopt: every camera; kecamatan "" : cameras without a kecamatan.
    void selectArea(const std::optional<AreaKey> &area);
    std::optional<AreaKey> selectedArea() const { return m_selected; }
    // By kecamatan name alone: the first area of that name (a site with one kabupaten).
    void selectKecamatan(const std::optional<QString> &kecamatan);
    std::optional<QString> selectedKecamatan() const;
    // The rows' order (worst first by default); the choice above the rows sets it.
    void setAreaOrder(AreaOrder order);
    AreaOrder areaOrder() const { return m_order; }

    // For tests.
    MosaicView *mosaic() const { return m_mosaic; }
    AreaHealthRow *rowFor(const std::optional<AreaKey> &area) const;
    AreaHealthRow *rowFor(const QString &kecamatan) const; // the first area of that name
    QList<AreaHealthRow *> areaRows() const;               // the kecamatan rows in display order
    int visibleAreaRows() const;                           // kecamatan rows wholly inside the list's view
    QComboBox *orderChoice() const { return m_orderChoice; }
    HeadlineFigure *figureTotal() const { return m_total; }
    HeadlineFigure *figureOnline() const { return m_online; }
    HeadlineFigure *figureOffline() const { return m_offline; }
    HeadlineFigure *figureTrouble() const { return m_trouble; }
    HeadlineFigure *figureRecording() const { return m_recording; }
    LiveCameraWindow *liveWindow() const { return m_live; }
    OnlineChartView *chart() const { return m_chart; }
    void refreshNow(); // apply pending count changes at once (otherwise coalesced)

public Q_SLOTS:
    void openCamera(const QString &cameraId);

protected:
    void showEvent(QShowEvent *) override;
    void hideEvent(QHideEvent *) override;
    void changeEvent(QEvent *) override;
    void keyPressEvent(QKeyEvent *) override;

private:
    void retranslate();
    void rebuildRows();
    void applyOrder(); // puts the kecamatan rows in m_order
    void refreshCounts();
    void refreshChart();
    void refreshRecording();
    void updateMosaicCameras();
    QString rowTitle(const AreaHealthRow *row) const;

    const SiteStore *m_store;
    HealthMonitor *m_monitor;
    QPointer<StreamPool> m_livePool;
    QPointer<recording::RecorderStatusClient> m_recorder;
    std::optional<AreaKey> m_selected;
    AreaOrder m_order = AreaOrder::WorstFirst;
    bool m_severalKabupaten = false; // rows then name their kabupaten

    QLabel *m_title;
    QLabel *m_clock;
    HeadlineFigure *m_total, *m_online, *m_offline, *m_trouble;
    HeadlineFigure *m_recording; // hidden while no recorder answers
    QLabel *m_areasHeading;
    QComboBox *m_orderChoice;
    QScrollArea *m_rowsScroll;
    QVBoxLayout *m_allRowLayout; // the whole-site row, above the scrolled kecamatan rows
    QVBoxLayout *m_rowsLayout;
    QButtonGroup *m_rowGroup;
    QList<AreaHealthRow *> m_rows;
    QLabel *m_mosaicHeading;
    MosaicView *m_mosaic;
    OnlineChartView *m_chart;
    QPointer<LiveCameraWindow> m_live;
    QTimer m_countsTimer; // coalesces count changes: a few refreshes per second at most
    QTimer m_clockTimer;
};

} // namespace pantau
