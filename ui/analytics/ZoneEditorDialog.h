#pragma once
// The zone editor of one camera: on the camera's current picture (the last grey picture the
// AnalyticsService analysed, refreshed a few times a second with what its motion detector counts
// as moving), the operator draws the zones to watch and the areas to ignore (ZoneCanvas), and sets
// the sensitivity, the minimum object size, the schedule and whether motion is detected at all.
//
// While it is open every change goes to the service at once (AnalyticsService::updateSettings;
// the learned backgrounds stay) as Save would keep it, so the overlay shows what the detector sees
// in the zones drawn so far (nothing before the first one: motion needs a zone).
// Save writes the settings into the site (StoredAnalyticsSettings, flushed to disk at once) and
// gives the service the settings it keeps running with; Cancel gives the service back the settings
// it had. GUI thread only.
#include "core/analytics/AnalyticsService.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSlider;
class QTimer;

namespace pantau {

class SiteStore;
class ZoneCanvas;

class ZoneEditorDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 250; // the picture and the overlay, 4 times a second

    ZoneEditorDialog(const QString &cameraId, SiteStore *store, analytics::AnalyticsService *service,
                     QWidget *parent = nullptr);
    ~ZoneEditorDialog() override;

    // The settings as edited now (what Save stores).
    analytics::CameraAnalyticsSettings editedSettings() const;

    // For tests.
    ZoneCanvas *canvas() const { return m_canvas; }
    QSlider *sensitivitySlider() const { return m_sensitivity; }
    QDoubleSpinBox *minObjectBox() const { return m_minObjectPercent; }
    QLineEdit *scheduleEdit() const { return m_schedule; }
    QCheckBox *motionBox() const { return m_motion; }
    QRadioButton *ignoredButton() const { return m_ignored; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    void refresh(); // the picture and the overlay from the service now

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void load(const analytics::CameraAnalyticsSettings &settings);
    void preview();
    void updateHints();

    QString m_cameraId;
    SiteStore *m_store;
    analytics::AnalyticsService *m_service;
    analytics::CameraAnalyticsSettings m_before; // the service's, when the editor opened
    bool m_wasAnalysed = false;
    analytics::CameraAnalyticsSettings m_loaded; // what the site held (method, tamper, ... kept)
    ZoneCanvas *m_canvas;
    QRadioButton *m_watched;
    QRadioButton *m_ignored;
    QPushButton *m_removeShape;
    QCheckBox *m_motion;
    QSlider *m_sensitivity;
    QLabel *m_sensitivityValue;
    QDoubleSpinBox *m_minObjectPercent;
    QLineEdit *m_schedule;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QTimer *m_refresh;
};

} // namespace pantau
