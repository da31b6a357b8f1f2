#pragma once
// The PTZ panel of a wall window: shows for the selected PTZ tile, lists its presets (go, save,
// rename, remove), home position (go, set), and the camera's last PTZ error. GUI thread only.
#include "core/ptz/PtzController.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace pantau {

class PtzPanel : public QFrame
{
    Q_OBJECT
public:
    explicit PtzPanel(QWidget *parent = nullptr);

    void setCamera(const QString &cameraName, ptz::PtzController *controller);
    ptz::PtzController *controller() const { return m_controller; }

    // For tests.
    QListWidget *presetList() const { return m_presets; }
    QLabel *messageLabel() const { return m_message; }
    void goToSelected();
    void saveNew(const QString &name);
    void renameSelected(const QString &name);
    void removeSelected();

protected:
    void changeEvent(QEvent *) override;

private:
    void retranslate();
    void showPresets(const QVector<ptz::PtzPreset> &presets);
    QString selectedToken() const;
    void updateButtons();

    QPointer<ptz::PtzController> m_controller;
    QList<QMetaObject::Connection> m_connections;
    QString m_cameraName;
    QLabel *m_title, *m_hint, *m_message;
    QListWidget *m_presets;
    QPushButton *m_go, *m_save, *m_rename, *m_remove, *m_home, *m_setHome;
};

} // namespace pantau
