#pragma once
// Adds or edits one camera: name, place (kabupaten / kecamatan / desa / titik), owner, streams,
// ONVIF address with "read from camera" (fills the streams through ONVIF onboarding), credentials,
// tags, PTZ, location. Refuses to close on invalid input and says why, in the UI language. "Read
// from camera" runs through the shared OnboardingQueue (it waits while the queue is full).
// GUI thread only.
#include "core/camera/Camera.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace pantau {

namespace onvif {
class OnvifOnboarding;
}
class OnboardingQueue;

class CameraEditDialog : public QDialog
{
    Q_OBJECT
public:
    CameraEditDialog(const Camera &initial, QNetworkAccessManager *network, OnboardingQueue *onboarding,
                     QWidget *parent = nullptr);
    ~CameraEditDialog() override;
    Camera camera() const;
    // For tests: what would refuse the current input (empty = acceptable).
    QString validationError() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *mainStreamEdit() const { return m_main; }
    QLineEdit *onvifEdit() const { return m_onvif; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }
    void readFromCamera(); // ONVIF onboarding into the fields

    void accept() override;

protected:
    void changeEvent(QEvent *) override;

private:
    void retranslate();

    Camera m_initial;
    QNetworkAccessManager *m_network;
    OnboardingQueue *m_queue;
    onvif::OnvifOnboarding *m_onboarding = nullptr;
    QFormLayout *m_form;
    QVector<QLabel *> m_labels; // one per form row, texts set in retranslate()
    QLineEdit *m_name, *m_kabupaten, *m_kecamatan, *m_desa, *m_titik, *m_owner, *m_main, *m_sub, *m_onvif,
        *m_username, *m_password, *m_tags, *m_ptzControl;
    QPushButton *m_readOnvif;
    QCheckBox *m_ptz, *m_enabled, *m_hasLocation;
    QDoubleSpinBox *m_latitude, *m_longitude;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace pantau
