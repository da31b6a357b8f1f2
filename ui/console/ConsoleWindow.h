#pragma once
// The operator console: camera tree with search and live state dots, the saved layouts (one click
// or Ctrl+1..9 puts a layout on the chosen screen), the layout editor, language and view settings.
// A window of its own beside the wall windows, never the wall itself. It shows and asks (dialogs,
// file choosers, the import report); camera changes, passwords, CSV and ONVIF onboarding are the
// CameraRegistry's and the OnboardingQueue's. GUI thread only.
#include "core/i18n/LanguageManager.h"
#include "core/media/StreamPool.h"
#include "core/site/SiteStore.h"
#include "ui/wall/WallManager.h"

#include <QMainWindow>
#include <QPersistentModelIndex>

#include <functional>

class QActionGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeView;
class QTimer;
class QCheckBox;
class QNetworkAccessManager;

namespace pantau {

class CameraTreeModel;
class Settings;
class CameraFilterModel;
class CameraRegistry;
class OnboardingQueue;

class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    ConsoleWindow(SiteStore *store, StreamPool *pool, WallManager *walls, LanguageManager *language,
                  Settings *settings, QNetworkAccessManager *network, CameraRegistry *cameras,
                  OnboardingQueue *onboarding, QWidget *parent = nullptr);

    void setDemoMode(bool demo);
    // The zone editor (issue 18): the tree's camera menu and the Cameras menu offer "Zona gerak…"
    // for the selected camera, which calls this. Unset: not offered.
    void setZoneEditor(std::function<void(const QString &cameraId, QWidget *parent)> editZones);
    QAction *zonesAction() const { return m_zonesAction; } // nullptr until setZoneEditor(); for tests
    // For tests.
    CameraTreeModel *cameraModel() const { return m_cameraModel; }
    CameraFilterModel *filterModel() const { return m_filter; }
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *layoutList() const { return m_layouts; }
    QTreeView *cameraTree() const { return m_tree; }
    QLabel *stateLegend() const { return m_legend; }
    QString selectedScreen() const;
    // Enter in the search box, Enter or a double-click in the tree: the camera full screen on the
    // chosen screen's wall window, the layout untouched; Escape (console or wall) goes back.
    void showCameraOnWall(const QString &cameraId);
    void leaveCameraOnWall();
    QString firstListedCameraId() const; // the first camera the filtered tree shows
    WallWindow *chosenWall() const;      // the chosen screen's wall window, else the first one
    // A message shown whole above the status bar, wrapped to the console's width, for timeoutMs.
    void showMessage(const QString &message, int timeoutMs);
    QLabel *messageLabel() const { return m_message; }
    // Imports a CSV file: reports every bad row, then (if `ask`) asks before adding the good ones
    // in one site change. Returns how many cameras were added.
    int importCsvFile(const QString &path, bool ask);

Q_SIGNALS:
    void showStatsChanged(bool show);
    void dashboardRequested();        // the one-click overview (app/ opens it)
    void alarmSettingsRequested();    // View > Alarm settings… (app/ opens the dialog)
    void recorderSettingsRequested(); // View > Footage recorder… (app/ opens the dialog)

protected:
    void changeEvent(QEvent *) override;

private:
    void buildMenus();
    void retranslate();
    void reloadCameras();
    void search(const QString &text);
    void updateCameras(const QStringList &cameraIds); // the site's hint; empty: all of them
    // State dots follow the pool's pipelines as they report (pipeline created, status, destroyed).
    StreamState streamState(const QString &cameraId) const; // main stream's, else sub's, else Invalid
    void showState(const QString &cameraId);
    void watchPipeline(const QString &cameraId, StreamKind kind);
    // Keep: the selected layout stays selected (an edit, a rename). Active: the selection
    // follows the layout on the chosen screen (Ctrl+2, another screen chosen).
    enum class LayoutSelection { Invalid = 0, Keep, Active };
    void reloadLayouts(LayoutSelection selection = LayoutSelection::Keep);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void reloadScreens();
    void applyLayoutToScreen(const QString &layoutId);
    void newLayout();
    void editLayout();
    void removeLayout();
    void addCamera();
    void editCamera();
    void removeCameras();
    void discoverCameras();
    void importCsv();
    void exportCsv();
    QStringList selectedCameraIds() const;
    QString currentLayoutId() const;

    SiteStore *m_store;
    StreamPool *m_pool;
    WallManager *m_walls;
    LanguageManager *m_language;
    Settings *m_settings;
    QNetworkAccessManager *m_network;
    CameraRegistry *m_registry;
    OnboardingQueue *m_onboarding;
    bool m_demo = false;

    CameraTreeModel *m_cameraModel;
    CameraFilterModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_legend; // what the state dots' colours mean
    // The branches open before a search began (source indexes): opened again when it is cleared.
    QList<QPersistentModelIndex> m_expandedBeforeSearch;
    QGroupBox *m_camerasBox;
    QGroupBox *m_layoutsBox;
    QLabel *m_screenLabel;
    QComboBox *m_screens;
    QListWidget *m_layouts;
    QPushButton *m_addCamera, *m_findCameras, *m_dashboard;
    QPushButton *m_newLayout, *m_editLayout, *m_removeLayout, *m_openWall;
    QCheckBox *m_stats;
    QLabel *m_status;
    QLabel *m_message; // the latest message, wrapped: a narrow status bar would cut it off
    QTimer *m_messageTimer;

    QMenu *m_fileMenu, *m_cameraMenu, *m_layoutMenu, *m_viewMenu, *m_languageMenu, *m_helpMenu;
    QAction *m_quitAction, *m_newAction, *m_editAction, *m_removeAction, *m_wallAction, *m_wallFullAction,
        *m_statsAction, *m_aboutAction, *m_addCameraAction, *m_editCameraAction, *m_removeCameraAction,
        *m_discoverAction, *m_dashboardAction, *m_importAction, *m_exportAction;
    QAction *m_alarmSettingsAction;
    QAction *m_recorderSettingsAction;
    QActionGroup *m_languageGroup;
    QAction *m_zonesAction = nullptr; // setZoneEditor()
    std::function<void(const QString &cameraId, QWidget *parent)> m_editZones;
};

} // namespace pantau
