#pragma once
// "Find cameras on the network": WS-Discovery by multicast and by unicast to an address the
// operator types (routed networks, fibre rings). Opening it sends nothing: the operator starts a
// search (a multicast probe on the local network, the dialog says so) or probes one address. Cameras appear
// as they answer, with model, address, place and whether the site already has them. Tick many, give one
// username and password, and they are onboarded through ONVIF in parallel with a result per camera: the jobs
// run through the shared OnboardingQueue, which runs a few at a time for the whole process. Each
// camera that succeeds is handed out through cameraReady(); nothing else changes the site.
// GUI thread only.
#include "core/camera/Camera.h"
#include "core/onvif/WsDiscovery.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTableWidget;
class QProgressBar;

namespace pantau {

class OnboardingQueue;

class DiscoveryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        CheckColumn = 0,
        NameColumn,
        ModelColumn,
        AddressColumn,
        PlaceColumn,
        StatusColumn,
        ColumnCount
    };

    DiscoveryDialog(QNetworkAccessManager *network, OnboardingQueue *onboarding, QVector<Camera> existing,
                    QWidget *parent = nullptr);

    // Multicast probe plus a unicast probe to the address typed, if any.
    void search(bool multicast);
    int multicastSearches() const { return m_multicastSearches; } // started so far (for tests)
    // Onboards every ticked camera; cameraReady() per success, onboardingFinished() at the end.
    void addSelected();
    void setProbeTimeoutMs(int ms) { m_probeTimeoutMs = ms; }
    void setOnboardingTimeoutMs(int ms) { m_onboardingTimeoutMs = ms; }

    // For tests.
    QTableWidget *table() const { return m_table; }
    QPushButton *searchButton() const { return m_searchButton; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *areaEdit() const { return m_area; }
    bool isBusy() const;

Q_SIGNALS:
    void cameraReady(const pantau::Camera &camera);
    void onboardingFinished(int added, int failed);

protected:
    void changeEvent(QEvent *) override;

private:
    void retranslate();
    void addOrUpdateRow(const onvif::DiscoveredDevice &device);
    void onboard(int row);
    bool alreadyInSite(const QUrl &deviceUrl) const;
    void updateSummary();

    QNetworkAccessManager *m_network;
    OnboardingQueue *m_queue;
    QVector<Camera> m_existing;
    onvif::WsDiscovery m_discovery;
    QVector<onvif::DiscoveredDevice> m_rows; // same order as the table
    QVector<int> m_onboarding;               // rows handed to the queue, not yet done
    int m_added = 0, m_failed = 0;
    int m_multicastSearches = 0;
    bool m_searched = false; // a search or probe was started
    int m_probeTimeoutMs = 3000;
    int m_onboardingTimeoutMs = 5000;

    QLabel *m_intro, *m_addressLabel, *m_credentialsLabel, *m_areaLabel, *m_summary;
    QLineEdit *m_address, *m_username, *m_password, *m_area;
    QPushButton *m_searchButton, *m_probeButton, *m_addButton, *m_closeButton;
    QTableWidget *m_table;
    QProgressBar *m_progress;
};

} // namespace pantau
