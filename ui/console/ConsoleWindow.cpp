#include "ui/console/ConsoleWindow.h"

#include "core/inventory/CameraRegistry.h"
#include "core/settings/Settings.h"
#include "ui/common/Palette.h"
#include "ui/console/CameraTreeModel.h"
#include "ui/dialogs/CameraEditDialog.h"
#include "ui/dialogs/DiscoveryDialog.h"
#include "ui/dialogs/LayoutEditorDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace pantau {

ConsoleWindow::ConsoleWindow(SiteStore *store, StreamPool *pool, WallManager *walls,
                             LanguageManager *language, Settings *settings, QNetworkAccessManager *network,
                             CameraRegistry *cameras, OnboardingQueue *onboarding, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_pool(pool), m_walls(walls), m_language(language),
      m_settings(settings), m_network(network), m_registry(cameras), m_onboarding(onboarding)
{
    // Cameras
    m_cameraModel = new CameraTreeModel(this);
    m_filter = new CameraFilterModel(this);
    m_filter->setSourceModel(m_cameraModel);
    m_search = new QLineEdit;
    m_search->setClearButtonEnabled(true);
    m_tree = new QTreeView;
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true); // fast with a thousand cameras
    m_camerasBox = new QGroupBox;
    auto *camLay = new QVBoxLayout(m_camerasBox);
    camLay->addWidget(m_search);
    camLay->addWidget(m_tree, 1);
    m_legend = new QLabel;
    m_legend->setWordWrap(true);
    camLay->addWidget(m_legend);
    m_addCamera = new QPushButton;
    m_findCameras = new QPushButton;
    auto *camButtons = new QHBoxLayout;
    camButtons->addWidget(m_addCamera);
    camButtons->addWidget(m_findCameras);
    camLay->addLayout(camButtons);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Layouts
    m_layoutsBox = new QGroupBox;
    m_screenLabel = new QLabel;
    m_screens = new QComboBox;
    m_layouts = new QListWidget;
    m_newLayout = new QPushButton;
    m_editLayout = new QPushButton;
    m_removeLayout = new QPushButton;
    m_openWall = new QPushButton;
    m_stats = new QCheckBox;
    auto *layLay = new QVBoxLayout(m_layoutsBox);
    auto *screenRow = new QHBoxLayout;
    screenRow->addWidget(m_screenLabel);
    screenRow->addWidget(m_screens, 1);
    layLay->addLayout(screenRow);
    layLay->addWidget(m_layouts, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newLayout);
    buttons->addWidget(m_editLayout);
    buttons->addWidget(m_removeLayout);
    layLay->addLayout(buttons);
    layLay->addWidget(m_openWall);
    layLay->addWidget(m_stats);

    m_dashboard = new QPushButton;
    m_dashboard->setMinimumHeight(40);
    connect(m_dashboard, &QPushButton::clicked, this, &ConsoleWindow::dashboardRequested);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_camerasBox);
    split->addWidget(m_layoutsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *central = new QWidget;
    auto *centralLay = new QVBoxLayout(central);
    centralLay->setContentsMargins(0, 0, 0, 0);
    centralLay->addWidget(m_dashboard);
    centralLay->addWidget(split, 1);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(4);
    m_message->hide();
    centralLay->addWidget(m_message);
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, this, [this] {
        m_message->clear();
        m_message->hide();
    });
    setCentralWidget(central);
    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ConsoleWindow::search);
    // Type, Enter: the first camera found full screen on the wall, the layout untouched.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QString id = firstListedCameraId();
        if (!id.isEmpty())
            showCameraOnWall(id);
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &i) {
        const QString id = i.data(CameraTreeModel::CameraIdRole).toString();
        if (!id.isEmpty())
            showCameraOnWall(id);
    });
    m_search->installEventFilter(this); // Escape: back to the layout
    m_tree->installEventFilter(this);   // Enter: the current camera; Escape: back to the layout
    connect(m_layouts, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { applyLayoutToScreen(item->data(Qt::UserRole).toString()); });
    connect(m_layouts, &QListWidget::itemDoubleClicked, this, [this] { editLayout(); });
    connect(m_addCamera, &QPushButton::clicked, this, &ConsoleWindow::addCamera);
    connect(m_findCameras, &QPushButton::clicked, this, &ConsoleWindow::discoverCameras);
    connect(m_newLayout, &QPushButton::clicked, this, &ConsoleWindow::newLayout);
    connect(m_editLayout, &QPushButton::clicked, this, &ConsoleWindow::editLayout);
    connect(m_removeLayout, &QPushButton::clicked, this, &ConsoleWindow::removeLayout);
    connect(m_openWall, &QPushButton::clicked, this, [this] {
        if (m_walls->windows().isEmpty())
            m_walls->open(false);
        for (WallWindow *w : m_walls->windows())
            w->raise();
    });
    // The selection follows the layout on the chosen screen, so Edit… and Delete act on what the
    // wall shows (after Ctrl+2 on the wall too); an edit or a rename keeps the selection.
    connect(m_screens, &QComboBox::currentIndexChanged, this,
            [this] { reloadLayouts(LayoutSelection::Active); });

    connect(store, &SiteStore::camerasChanged, this, &ConsoleWindow::updateCameras);
    connect(store, &SiteStore::layoutsChanged, this, [this] { reloadLayouts(LayoutSelection::Keep); });
    connect(store, &SiteStore::wallChanged, this, [this] { reloadLayouts(LayoutSelection::Active); });
    connect(store, &SiteStore::saveFailed, this,
            [this](const QString &why) { showMessage(tr("Could not save the site: %1").arg(why), 15000); });
    connect(walls, &WallManager::windowsChanged, this, &ConsoleWindow::reloadScreens);
    auto showError = [this](const QString &message) { showMessage(message, 15000); };
    connect(m_registry, &CameraRegistry::credentialError, this, showError);
    connect(m_registry, &CameraRegistry::onboardingFailed, this, showError);

    // State dots for cameras on the wall, as their pipelines report; cameras nobody shows stay grey.
    connect(pool, &StreamPool::pipelineCreated, this, [this](const QString &id, StreamKind kind) {
        watchPipeline(id, kind);
        showState(id);
    });
    connect(pool, &StreamPool::pipelineDestroyed, this, &ConsoleWindow::showState);
    for (const Camera &c : store->site().cameras) // pipelines the pool already has
        for (StreamKind k : {StreamKind::Main, StreamKind::Sub})
            watchPipeline(c.id, k);

    buildMenus();
    reloadCameras();
    reloadScreens();
    retranslate();
    resize(380, 720);
}

void ConsoleWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, &ConsoleWindow::importCsv);
    m_exportAction = m_fileMenu->addAction(QString(), this, &ConsoleWindow::exportCsv);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_cameraMenu = menuBar()->addMenu(QString());
    m_addCameraAction = m_cameraMenu->addAction(QString(), this, &ConsoleWindow::addCamera);
    m_discoverAction = m_cameraMenu->addAction(QString(), this, &ConsoleWindow::discoverCameras);
    m_editCameraAction = m_cameraMenu->addAction(QString(), this, &ConsoleWindow::editCamera);
    m_removeCameraAction = m_cameraMenu->addAction(QString(), this, &ConsoleWindow::removeCameras);
    m_tree->addActions({m_editCameraAction, m_removeCameraAction});

    m_layoutMenu = menuBar()->addMenu(QString());
    m_newAction = m_layoutMenu->addAction(QString(), this, &ConsoleWindow::newLayout);
    m_newAction->setShortcut(QKeySequence::New);
    m_editAction = m_layoutMenu->addAction(QString(), this, &ConsoleWindow::editLayout);
    m_removeAction = m_layoutMenu->addAction(QString(), this, &ConsoleWindow::removeLayout);
    // Ctrl+1..Ctrl+9 from the console act on the chosen screen.
    for (int n = 1; n <= 9; ++n) {
        auto *a = new QAction(this);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        connect(a, &QAction::triggered, this, [this, n] {
            const auto &all = m_store->site().layouts;
            if (n <= all.size())
                applyLayoutToScreen(all[n - 1].id);
        });
        addAction(a);
    }

    m_viewMenu = menuBar()->addMenu(QString());
    m_dashboardAction = m_viewMenu->addAction(QString(), this, &ConsoleWindow::dashboardRequested);
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_wallAction = m_viewMenu->addAction(QString(), this, [this] { m_walls->open(false); });
    m_wallFullAction = m_viewMenu->addAction(QString(), this, [this] { m_walls->open(true); });
    m_statsAction = m_viewMenu->addAction(QString());
    m_statsAction->setCheckable(true);
    m_statsAction->setChecked(m_settings->showStats());
    auto setStats = [this](bool on) {
        m_statsAction->setChecked(on);
        m_stats->setChecked(on);
        m_settings->setShowStats(on); // the wall follows the setting
        Q_EMIT showStatsChanged(on);
    };
    connect(m_statsAction, &QAction::toggled, this, setStats);
    connect(m_stats, &QCheckBox::toggled, this, setStats);
    m_stats->setChecked(m_statsAction->isChecked());
    m_viewMenu->addSeparator();
    m_alarmSettingsAction = m_viewMenu->addAction(QString(), this, &ConsoleWindow::alarmSettingsRequested);
    m_recorderSettingsAction =
        m_viewMenu->addAction(QString(), this, &ConsoleWindow::recorderSettingsRequested);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *a = m_languageMenu->addAction(LanguageManager::nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == m_language->language());
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (m_language->setLanguage(code))
                m_settings->setLanguage(code);
        });
    }
    connect(m_language, &LanguageManager::languageChanged, this, [this](const QString &code) {
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == code);
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Pantau"),
                           tr("<b>Pantau %1</b><br>Video wall for CCTV command centres.<br>"
                              "Licensed under the Apache License 2.0.")
                                   .arg(QStringLiteral(PANTAU_VERSION)) +
                               QStringLiteral("<br><br>") +
                               tr("Camera passwords are kept in: %1")
                                   .arg(!m_registry->passwordStoreKind().isEmpty()
                                            ? m_registry->passwordStoreKind().toHtmlEscaped()
                                            : tr("this session only (not saved)")));
    });
}

void ConsoleWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    retranslate();
}

QString ConsoleWindow::selectedScreen() const
{
    return m_screens->currentData().toString();
}

void ConsoleWindow::reloadCameras()
{
    updateCameras({});
}

void ConsoleWindow::updateCameras(const QStringList &cameraIds)
{
    m_cameraModel->updateCameras(m_store->site().cameras, cameraIds); // empty: all of them
    m_cameraModel->refreshStates([this](const QString &id) { return streamState(id); });
    m_tree->expandToDepth(1);
    retranslate();
}

void ConsoleWindow::search(const QString &text)
{
    const bool wasFiltering = m_filter->isFiltering();
    if (!wasFiltering && !text.trimmed().isEmpty()) { // a search begins: remember the open branches
        m_expandedBeforeSearch.clear();
        QList<QModelIndex> stack{QModelIndex()};
        while (!stack.isEmpty()) {
            const QModelIndex parent = stack.takeLast();
            for (int row = 0; row < m_filter->rowCount(parent); ++row) {
                const QModelIndex child = m_filter->index(row, 0, parent);
                if (m_tree->isExpanded(child)) {
                    m_expandedBeforeSearch << QPersistentModelIndex(m_filter->mapToSource(child));
                    stack << child;
                }
            }
        }
    }
    m_filter->setSearchText(text);
    if (m_filter->isFiltering()) {
        m_tree->expandAll();
    } else if (wasFiltering) { // cleared: the tree as it was, the chosen camera still in view
        m_tree->collapseAll();
        for (const QPersistentModelIndex &source : std::as_const(m_expandedBeforeSearch))
            if (source.isValid())
                m_tree->expand(m_filter->mapFromSource(source));
        if (m_tree->currentIndex().isValid())
            m_tree->scrollTo(m_tree->currentIndex());
    }
}

void ConsoleWindow::watchPipeline(const QString &cameraId, StreamKind kind)
{
    if (StreamPipeline *p = m_pool->find(cameraId, kind))
        connect(p, &StreamPipeline::statusChanged, this, [this, cameraId] { showState(cameraId); });
}

StreamState ConsoleWindow::streamState(const QString &cameraId) const
{
    for (StreamKind k : {StreamKind::Main, StreamKind::Sub})
        if (StreamPipeline *p = m_pool->find(cameraId, k))
            return p->status().state;
    return StreamState::Invalid;
}

void ConsoleWindow::showState(const QString &cameraId)
{
    m_cameraModel->setState(cameraId, streamState(cameraId));
}

void ConsoleWindow::reloadScreens()
{
    const QString current = selectedScreen();
    const QSignalBlocker block(m_screens);
    m_screens->clear();
    const auto windows = m_walls->windows();
    for (int i = 0; i < windows.size(); ++i) {
        // The connector's name ("HDMI-1") tells screens apart; a placeholder ("screen") says nothing.
        const QString name = windows[i]->screenName();
        const bool named = !name.isEmpty() && name.compare(QLatin1String("screen"), Qt::CaseInsensitive) != 0;
        m_screens->addItem(named ? tr("Screen %1 (%2)").arg(i + 1).arg(name) : tr("Screen %1").arg(i + 1),
                           name);
    }
    const int idx = m_screens->findData(current);
    m_screens->setCurrentIndex(idx >= 0 ? idx : 0);
    reloadLayouts();
}

void ConsoleWindow::reloadLayouts(LayoutSelection selection)
{
    const Site &site = m_store->site();
    const QString active = site.layoutIdForScreen(selectedScreen());
    const QString selected = selection == LayoutSelection::Active ? QString() : currentLayoutId();
    m_layouts->clear();
    for (int i = 0; i < site.layouts.size(); ++i) {
        const Layout &l = site.layouts[i];
        auto *item =
            new QListWidgetItem(i < 9 ? QStringLiteral("%1   (Ctrl+%2)").arg(l.name).arg(i + 1) : l.name);
        item->setData(Qt::UserRole, l.id);
        item->setToolTip(tr("%1 tiles in a %2 × %3 grid").arg(l.tiles.size()).arg(l.rows).arg(l.columns));
        if (l.id == active) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        m_layouts->addItem(item);
        if (l.id == (selected.isEmpty() ? active : selected))
            m_layouts->setCurrentItem(item);
    }
}

QString ConsoleWindow::currentLayoutId() const
{
    const QListWidgetItem *item = m_layouts->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConsoleWindow::applyLayoutToScreen(const QString &layoutId)
{
    QString screen = selectedScreen();
    if (screen.isEmpty() && !m_walls->windows().isEmpty())
        screen = m_walls->windows().first()->screenName();
    if (screen.isEmpty())
        return;
    m_store->setScreenLayout(screen, layoutId);
}

void ConsoleWindow::newLayout()
{
    Layout initial = *layouts::preset("3x3");
    initial.name = tr("New layout %1").arg(m_store->site().layouts.size() + 1);
    LayoutEditorDialog dlg(initial, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    Layout l = dlg.result();
    l.id = newId("layout");
    m_store->upsertLayout(l);
    applyLayoutToScreen(l.id);
    m_store->flushPendingSave(); // confirmed: on disk now, not after the save debounce
}

void ConsoleWindow::editLayout()
{
    const Layout *current = m_store->site().layout(currentLayoutId());
    if (!current)
        return;
    LayoutEditorDialog dlg(*current, this);
    QHash<QString, QString> names; // the editor names the cameras it places
    for (const Camera &c : m_store->site().cameras)
        names.insert(c.id, c.name);
    dlg.setCameraNames(names);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_store->upsertLayout(dlg.result());
    m_store->flushPendingSave();
}

void ConsoleWindow::removeLayout()
{
    const Layout *current = m_store->site().layout(currentLayoutId());
    if (!current)
        return;
    if (QMessageBox::question(this, tr("Delete layout"),
                              tr("Delete the layout \"%1\"?").arg(current->name)) != QMessageBox::Yes)
        return;
    m_store->removeLayout(current->id);
    m_store->flushPendingSave();
}

WallWindow *ConsoleWindow::chosenWall() const
{
    if (WallWindow *w = m_walls->windowForScreen(selectedScreen()))
        return w;
    return m_walls->windows().isEmpty() ? nullptr : m_walls->windows().first();
}

void ConsoleWindow::showCameraOnWall(const QString &cameraId)
{
    WallWindow *w = chosenWall();
    const Camera *camera = m_store->site().camera(cameraId);
    if (!w || !camera)
        return;
    w->view()->showCamera(cameraId); // the layout is not edited: Escape brings it back
    showMessage(tr("\"%1\" full screen on the wall; Escape returns to the layout.").arg(camera->name), 8000);
}

void ConsoleWindow::leaveCameraOnWall()
{
    if (WallWindow *w = chosenWall())
        w->view()->showCamera({});
}

void ConsoleWindow::showMessage(const QString &message, int timeoutMs)
{
    m_message->setText(message);
    m_message->setToolTip(message);
    m_message->setVisible(!message.isEmpty());
    m_messageTimer->start(timeoutMs);
}

QString ConsoleWindow::firstListedCameraId() const
{
    // Depth first in the order the tree shows: the first camera under the first branch.
    QList<QModelIndex> stack{QModelIndex()};
    while (!stack.isEmpty()) {
        const QModelIndex parent = stack.takeLast();
        for (int row = m_filter->rowCount(parent) - 1; row >= 0; --row)
            stack.push_back(m_filter->index(row, 0, parent));
        if (!parent.isValid())
            continue;
        const QString id = parent.data(CameraTreeModel::CameraIdRole).toString();
        if (!id.isEmpty())
            return id;
    }
    return {};
}

bool ConsoleWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_search && watched != m_tree))
        return QMainWindow::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Escape) {
        WallWindow *w = chosenWall();
        if (w && !w->view()->shownCameraId().isEmpty()) {
            leaveCameraOnWall();
            return true;
        }
    }
    if (watched == m_tree && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        const QString id = m_tree->currentIndex().data(CameraTreeModel::CameraIdRole).toString();
        if (!id.isEmpty()) {
            showCameraOnWall(id);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

QStringList ConsoleWindow::selectedCameraIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_tree->selectionModel()->selectedIndexes()) {
        const QString id = i.data(CameraTreeModel::CameraIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void ConsoleWindow::addCamera()
{
    Camera initial;
    // Start in the area of the selected camera or branch: cameras come in groups per desa.
    const QModelIndex current = m_tree->currentIndex();
    if (const Camera *near = m_store->site().camera(current.data(CameraTreeModel::CameraIdRole).toString()))
        initial.area = near->area;
    CameraEditDialog dlg(initial, m_network, m_onboarding, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    const Camera c = dlg.camera();
    m_registry->addCamera(c);
    m_store->flushPendingSave();
    showMessage(tr("Camera \"%1\" added.").arg(c.name), 5000);
}

void ConsoleWindow::setZoneEditor(std::function<void(const QString &cameraId, QWidget *parent)> editZones)
{
    m_editZones = std::move(editZones);
    if (m_zonesAction || !m_editZones)
        return;
    m_zonesAction = new QAction(this);
    m_cameraMenu->insertAction(m_removeCameraAction, m_zonesAction);
    m_tree->insertAction(m_removeCameraAction, m_zonesAction);
    connect(m_zonesAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedCameraIds();
        if (!ids.isEmpty() && m_editZones)
            m_editZones(ids.first(), this);
    });
    retranslate();
}

void ConsoleWindow::editCamera()
{
    const QStringList ids = selectedCameraIds();
    const Camera *current = ids.isEmpty() ? nullptr : m_store->site().camera(ids.first());
    if (!current)
        return;
    CameraEditDialog dlg(*current, m_network, m_onboarding, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_registry->updateCamera(dlg.camera());
    m_store->flushPendingSave();
}

void ConsoleWindow::removeCameras()
{
    const QStringList ids = selectedCameraIds();
    if (ids.isEmpty())
        return;
    const Camera *first = m_store->site().camera(ids.first());
    const QString question =
        ids.size() == 1 && first
            ? tr("Delete the camera \"%1\"? Tiles that show it become empty.").arg(first->name)
            : tr("Delete %Ln camera(s)? Tiles that show them become empty.", nullptr, ids.size());
    if (QMessageBox::question(this, tr("Delete camera"), question) != QMessageBox::Yes)
        return;
    m_registry->removeCameras(ids);
    m_store->flushPendingSave();
}

void ConsoleWindow::discoverCameras()
{
    DiscoveryDialog dlg(m_network, m_onboarding, m_store->site().cameras, this);
    connect(&dlg, &DiscoveryDialog::cameraReady, m_registry, &CameraRegistry::addCamera);
    if (m_settings->discoverySearchOnOpen()) // off unless the site's settings ask for it
        QTimer::singleShot(0, &dlg, [&dlg] { dlg.search(true); });
    dlg.exec();
}

void ConsoleWindow::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import cameras from CSV"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importCsvFile(path, true);
}

int ConsoleWindow::importCsvFile(const QString &path, bool ask)
{
    QString error;
    const std::optional<CsvImportResult> read = m_registry->readCsvFile(path, &error);
    if (!read) {
        if (ask)
            QMessageBox::warning(this, tr("Import cameras"), error);
        showMessage(error, 15000);
        return 0;
    }
    const CsvImportResult &result = *read;
    QStringList problems;
    for (const CsvProblem &p : result.problems)
        problems << p.text();
    if (ask) {
        QMessageBox box(this);
        box.setWindowTitle(tr("Import cameras"));
        box.setText(result.summary());
        if (!problems.isEmpty())
            box.setDetailedText(problems.join(QLatin1Char('\n')));
        if (result.cameras.isEmpty()) {
            box.setIcon(QMessageBox::Warning);
            box.setInformativeText(tr("Nothing was imported; the site is unchanged."));
            box.exec();
            return 0;
        }
        box.setIcon(problems.isEmpty() ? QMessageBox::Question : QMessageBox::Warning);
        box.setInformativeText(tr("Add the %Ln good camera(s) to the site? Rows with problems are left out.",
                                  nullptr, result.cameras.size()));
        QPushButton *import = box.addButton(tr("Import"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(import);
        box.exec();
        if (box.clickedButton() != import)
            return 0;
    }
    const int added = m_registry->addImported(result.cameras);
    m_store->flushPendingSave();
    showMessage(tr("%Ln camera(s) imported.", nullptr, added), 10000);
    return added;
}

void ConsoleWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export cameras to CSV"), tr("cameras.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_registry->exportCsvFile(path, &error))
        QMessageBox::warning(this, tr("Export cameras"), error);
    else
        showMessage(tr("%Ln camera(s) exported to %1.", nullptr, m_store->site().cameras.size())
                        .arg(QDir::toNativeSeparators(path)),
                    10000);
}

void ConsoleWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(e);
}

void ConsoleWindow::retranslate()
{
    // Qt adds the application's name ("… — Pantau") to every window title: never say it twice.
    setWindowTitle(m_demo ? tr("Demo site")
                          : (m_store->site().name.isEmpty() ? tr("Command Center") : m_store->site().name));
    m_camerasBox->setTitle(tr("Cameras"));
    m_search->setPlaceholderText(tr("Search camera, area or tag…"));
    m_layoutsBox->setTitle(tr("Layouts"));
    m_screenLabel->setText(tr("Screen:"));
    m_newLayout->setText(tr("New…"));
    m_editLayout->setText(tr("Edit…"));
    m_removeLayout->setText(tr("Delete"));
    m_openWall->setText(tr("Open video wall"));
    m_stats->setText(tr("Show tile statistics"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_importAction->setText(tr("&Import cameras from CSV…"));
    m_exportAction->setText(tr("&Export cameras to CSV…"));
    m_cameraMenu->setTitle(tr("&Cameras"));
    m_addCameraAction->setText(tr("&Add camera…"));
    m_discoverAction->setText(tr("&Find cameras on the network…"));
    m_editCameraAction->setText(tr("&Edit camera…"));
    m_removeCameraAction->setText(tr("&Delete camera"));
    if (m_zonesAction)
        m_zonesAction->setText(tr("Motion &zones…"));
    m_addCamera->setText(tr("Add camera…"));
    m_findCameras->setText(tr("Find on network…"));
    m_layoutMenu->setTitle(tr("&Layout"));
    m_newAction->setText(tr("&New layout…"));
    m_editAction->setText(tr("&Edit layout…"));
    m_removeAction->setText(tr("&Delete layout"));
    m_viewMenu->setTitle(tr("&View"));
    m_wallAction->setText(tr("Open video &wall"));
    m_dashboardAction->setText(tr("&Overview dashboard"));
    m_dashboard->setText(tr("Overview dashboard"));
    m_wallFullAction->setText(tr("Video wall &full screen on every screen"));
    m_statsAction->setText(tr("Tile &statistics"));
    m_alarmSettingsAction->setText(tr("&Alarm settings…"));
    m_recorderSettingsAction->setText(tr("Footage &recorder…"));
    m_languageMenu->setTitle(tr("L&anguage"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Pantau"));
    m_tree->setToolTip(
        tr("Drag a camera onto a tile of the video wall; double-click it or press Enter to see it full "
           "screen."));
    m_status->setText(tr("%Ln camera(s) · site file %1", nullptr, m_cameraModel->cameraCount())
                          .arg(QDir::toNativeSeparators(m_store->path())));
    m_status->setToolTip(m_status->text());
    const auto dot = [](StreamState s, const QString &word) {
        return QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2")
            .arg(Palette::forStreamState(s).name(), word.toHtmlEscaped());
    };
    m_legend->setText(
        QStringList{dot(StreamState::Playing, tr("live")), dot(StreamState::Connecting, tr("connecting")),
                    dot(StreamState::Offline, tr("fault")), dot(StreamState::Invalid, tr("not on the wall"))}
            .join(QStringLiteral(" &nbsp; ")));
    m_legend->setToolTip(CameraTreeModel::stateText(StreamState::Invalid));
    reloadScreens();
}

} // namespace pantau
