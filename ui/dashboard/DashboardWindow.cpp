#include "ui/dashboard/DashboardWindow.h"

#include "core/Log.h"
#include "core/health/HealthMonitor.h"
#include "core/site/SiteStore.h"
#include "ui/common/Palette.h"
#include "ui/dashboard/AreaHealthRow.h"
#include "ui/dashboard/HeadlineFigure.h"
#include "ui/dashboard/LiveCameraWindow.h"
#include "ui/dashboard/MosaicView.h"
#include "ui/dashboard/OnlineChartView.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <QWindow>

namespace pantau {

DashboardWindow::DashboardWindow(const SiteStore *store, HealthMonitor *monitor, StreamPool *livePool,
                                 QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(store), m_monitor(monitor), m_livePool(livePool)
{
    setObjectName(QStringLiteral("dashboard"));
    setAttribute(Qt::WA_StyledBackground);
    const QString background = Palette::css(Palette::dashboardBackground());
    setStyleSheet(QStringLiteral("QWidget#dashboard { background: %1; }"
                                 "QLabel { color: #e8ebef; }"
                                 "QWidget#headlineFigure { background: %2; border-radius: 6px; }"
                                 "QScrollArea, QWidget#areaRows { background: transparent; border: none; }"
                                 "QSplitter::handle { background: %1; }")
                      .arg(background, Palette::css(Palette::dashboardPanel())));
    QFont base = font();
    base.setPixelSize(18);
    setFont(base);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(16, 12, 16, 12);
    root->setSpacing(10);

    // Header: title and clock.
    auto *header = new QHBoxLayout;
    m_title = new QLabel;
    m_title->setStyleSheet(QStringLiteral("font-size: 32px; font-weight: bold;"));
    m_clock = new QLabel;
    m_clock->setStyleSheet(QStringLiteral("font-size: 24px; color: #b8c0cb;"));
    header->addWidget(m_title, 1);
    header->addWidget(m_clock);
    root->addLayout(header);

    // Headline figures.
    auto *figures = new QHBoxLayout;
    figures->setSpacing(10);
    m_total = new HeadlineFigure(QColor(235, 238, 242));
    m_online = new HeadlineFigure(Palette::forHealthBucket(HealthBucket::Online));
    m_offline = new HeadlineFigure(Palette::forHealthBucket(HealthBucket::Offline));
    m_trouble = new HeadlineFigure(Palette::forHealthBucket(HealthBucket::Trouble));
    m_recording = new HeadlineFigure(QColor(235, 70, 70));
    m_recording->setVisible(false);
    for (HeadlineFigure *f : {m_total, m_online, m_offline, m_trouble, m_recording})
        figures->addWidget(f, 1);
    root->addLayout(figures);

    // Body: kecamatan list on the left, mosaic on the right.
    auto *split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    auto *left = new QWidget;
    auto *leftLay = new QVBoxLayout(left);
    leftLay->setContentsMargins(0, 0, 0, 0);
    leftLay->setSpacing(6);
    // The whole site first, then the kecamatan heading with the order choice, then the rows.
    m_allRowLayout = new QVBoxLayout;
    m_allRowLayout->setContentsMargins(0, 0, 4, 0);
    leftLay->addLayout(m_allRowLayout);
    auto *headingLine = new QHBoxLayout;
    m_areasHeading = new QLabel;
    m_areasHeading->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: bold;"));
    headingLine->addWidget(m_areasHeading, 1);
    m_orderChoice = new QComboBox;
    m_orderChoice->setStyleSheet(QStringLiteral("font-size: 16px;"));
    m_orderChoice->addItem(QString(), int(AreaOrder::WorstFirst));
    m_orderChoice->addItem(QString(), int(AreaOrder::ByName));
    headingLine->addWidget(m_orderChoice);
    leftLay->addLayout(headingLine);
    auto *rowsHost = new QWidget;
    rowsHost->setObjectName(QStringLiteral("areaRows"));
    m_rowsLayout = new QVBoxLayout(rowsHost);
    m_rowsLayout->setContentsMargins(0, 0, 4, 0);
    m_rowsLayout->setSpacing(2);
    m_rowsLayout->addStretch(1);
    m_rowsScroll = new QScrollArea;
    m_rowsScroll->setWidgetResizable(true);
    m_rowsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rowsScroll->setWidget(rowsHost);
    leftLay->addWidget(m_rowsScroll, 1);
    left->setMinimumWidth(300);
    connect(m_orderChoice, &QComboBox::activated, this,
            [this](int index) { setAreaOrder(AreaOrder(m_orderChoice->itemData(index).toInt())); });
    m_rowGroup = new QButtonGroup(this);
    m_rowGroup->setExclusive(true);

    auto *right = new QWidget;
    auto *rightLay = new QVBoxLayout(right);
    rightLay->setContentsMargins(0, 0, 0, 0);
    m_mosaicHeading = new QLabel;
    m_mosaicHeading->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: bold;"));
    rightLay->addWidget(m_mosaicHeading);
    m_mosaic = new MosaicView(monitor);
    rightLay->addWidget(m_mosaic, 1);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 1400});
    root->addWidget(split, 1);

    m_chart = new OnlineChartView;
    m_chart->setMinimumHeight(220);
    m_chart->setMaximumHeight(300);
    root->addWidget(m_chart);

    connect(m_mosaic, &MosaicView::cameraActivated, this, &DashboardWindow::openCamera);
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(250);
    connect(&m_countsTimer, &QTimer::timeout, this, &DashboardWindow::refreshCounts);
    connect(monitor, &HealthMonitor::countsChanged, this, [this] {
        if (!m_countsTimer.isActive())
            m_countsTimer.start();
    });
    connect(monitor, &HealthMonitor::historyChanged, this, &DashboardWindow::refreshChart);
    connect(store, &SiteStore::camerasChanged, this, [this] {
        rebuildRows();
        updateMosaicCameras();
    });
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        m_clock->setText(
            QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("dddd, d MMMM yyyy  HH:mm")));
    });
    m_clockTimer.start();

    resize(1600, 900);
    rebuildRows();
    updateMosaicCameras();
    retranslate();
    refreshChart();
}

DashboardWindow::~DashboardWindow()
{
    if (m_live)
        m_live->close();
    m_monitor->setActive(false);
}

void DashboardWindow::retranslate()
{
    const QString site = m_store->site().name;
    setWindowTitle(tr("Overview dashboard"));
    m_title->setText(site.isEmpty() ? tr("Camera overview") : tr("Camera overview — %1").arg(site));
    m_clock->setText(
        QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("dddd, d MMMM yyyy  HH:mm")));
    m_total->setCaption(tr("Cameras"));
    m_online->setCaption(tr("Online"));
    m_offline->setCaption(tr("Offline"));
    m_trouble->setCaption(tr("In trouble"));
    m_trouble->setToolTip(tr("Reconnecting, login refused or a stream error"));
    m_recording->setCaption(tr("Recording"));
    refreshRecording();
    m_areasHeading->setText(tr("Kecamatan"));
    m_orderChoice->setItemText(0, tr("Worst first"));
    m_orderChoice->setItemText(1, tr("By name"));
    m_orderChoice->setToolTip(tr("Order of the kecamatan: the largest share of cameras offline or in "
                                 "trouble first, or by name"));
    m_chart->retranslate();
    for (AreaHealthRow *row : m_rows)
        row->setTitle(rowTitle(row));
    refreshCounts();
}

QString DashboardWindow::rowTitle(const AreaHealthRow *row) const
{
    if (row->isAll())
        return tr("All kecamatan");
    const AreaKey key = row->key();
    const QString kecamatan = key.kecamatan.isEmpty() ? tr("No kecamatan") : key.kecamatan;
    if (!m_severalKabupaten || key.kabupaten.isEmpty())
        return kecamatan;
    return tr("%1 (%2)", "kecamatan (kabupaten)").arg(kecamatan, key.kabupaten);
}

void DashboardWindow::rebuildRows()
{
    // The areas present in the site; "all" first, above the list.
    CameraHealth names;
    names.setCameras(m_store->site().cameras);
    const QVector<AreaKey> keys = names.areas();
    m_severalKabupaten = names.kabupatenCount() > 1;
    QVector<AreaKey> current;
    for (AreaHealthRow *row : m_rows)
        if (!row->isAll())
            current << row->key();
    std::sort(current.begin(), current.end(),
              [&keys](const AreaKey &a, const AreaKey &b) { return keys.indexOf(a) < keys.indexOf(b); });
    if (!m_rows.isEmpty() && current == keys)
        return;
    for (AreaHealthRow *row : m_rows)
        delete row;
    m_rows.clear();
    auto add = [&](const AreaKey &key, bool isAll) {
        auto *row = new AreaHealthRow(key, isAll);
        row->setTitle(rowTitle(row));
        m_rowGroup->addButton(row);
        if (isAll)
            m_allRowLayout->addWidget(row);
        else
            m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);
        connect(row, &QAbstractButton::clicked, this, [this, row] {
            selectArea(row->isAll() ? std::nullopt : std::optional<AreaKey>(row->key()));
        });
        m_rows << row;
    };
    add(AreaKey(), true);
    for (const AreaKey &k : keys)
        add(k, false);
    if (m_selected && !keys.contains(*m_selected))
        m_selected.reset();
    if (AreaHealthRow *row = rowFor(m_selected))
        row->setChecked(true);
    refreshCounts();
}

void DashboardWindow::applyOrder()
{
    const CameraHealth &health = m_monitor->health();
    QVector<AreaFigures> figures;
    for (AreaHealthRow *row : m_rows)
        if (!row->isAll())
            figures.push_back({row->key(), health.countsFor(row->key())});
    const QVector<AreaKey> order = orderAreas(figures, m_order);
    const QList<AreaHealthRow *> shown = areaRows();
    bool same = shown.size() == order.size();
    for (int i = 0; same && i < order.size(); ++i)
        same = shown[i]->key() == order[i];
    if (same)
        return;
    for (int i = 0; i < order.size(); ++i)
        for (AreaHealthRow *row : m_rows)
            if (!row->isAll() && row->key() == order[i]) {
                m_rowsLayout->removeWidget(row);
                m_rowsLayout->insertWidget(i, row);
            }
}

void DashboardWindow::setAreaOrder(AreaOrder order)
{
    m_order = order;
    m_orderChoice->setCurrentIndex(m_orderChoice->findData(int(order)));
    applyOrder();
}

QList<AreaHealthRow *> DashboardWindow::areaRows() const
{
    QList<AreaHealthRow *> rows;
    for (int i = 0; i < m_rowsLayout->count(); ++i)
        if (auto *row = qobject_cast<AreaHealthRow *>(m_rowsLayout->itemAt(i)->widget()))
            rows << row;
    return rows;
}

int DashboardWindow::visibleAreaRows() const
{
    const QRect view = m_rowsScroll->viewport()->rect();
    int n = 0;
    for (AreaHealthRow *row : areaRows()) {
        const QRect r(row->mapTo(m_rowsScroll->viewport(), QPoint(0, 0)), row->size());
        if (row->isVisible() && view.contains(r))
            ++n;
    }
    return n;
}

AreaHealthRow *DashboardWindow::rowFor(const std::optional<AreaKey> &area) const
{
    for (AreaHealthRow *row : m_rows)
        if (area ? (!row->isAll() && row->key() == *area) : row->isAll())
            return row;
    return nullptr;
}

AreaHealthRow *DashboardWindow::rowFor(const QString &kecamatan) const
{
    for (AreaHealthRow *row : m_rows)
        if (!row->isAll() && row->key().kecamatan == kecamatan)
            return row;
    return nullptr;
}

void DashboardWindow::selectArea(const std::optional<AreaKey> &area)
{
    m_selected = area;
    if (AreaHealthRow *row = rowFor(m_selected))
        row->setChecked(true);
    updateMosaicCameras();
}

void DashboardWindow::selectKecamatan(const std::optional<QString> &kecamatan)
{
    if (!kecamatan) {
        selectArea(std::nullopt);
        return;
    }
    if (AreaHealthRow *row = rowFor(*kecamatan))
        selectArea(row->key());
}

std::optional<QString> DashboardWindow::selectedKecamatan() const
{
    return m_selected ? std::optional<QString>(m_selected->kecamatan) : std::nullopt;
}

void DashboardWindow::updateMosaicCameras()
{
    QVector<Camera> shown;
    for (const Camera &c : m_store->site().cameras)
        if (!m_selected || CameraHealth::areaOf(c) == *m_selected)
            shown.push_back(c);
    m_mosaic->setCameras(shown);
    QString where = tr("All cameras");
    if (AreaHealthRow *row = m_selected ? rowFor(m_selected) : nullptr)
        where = m_selected->kecamatan.isEmpty() ? rowTitle(row) : tr("Kecamatan %1").arg(rowTitle(row));
    m_mosaicHeading->setText(tr("%1 — %Ln camera(s)", nullptr, int(shown.size())).arg(where));
}

void DashboardWindow::refreshNow()
{
    m_countsTimer.stop();
    refreshCounts();
}

void DashboardWindow::refreshCounts()
{
    const CameraHealth &health = m_monitor->health();
    const HealthCounts all = health.counts();
    m_total->setValue(all.total);
    QStringList note;
    if (all.checking > 0)
        note << tr("%Ln checking", nullptr, all.checking);
    if (all.disabled > 0)
        note << tr("%Ln disabled", nullptr, all.disabled);
    m_total->setNote(note.join(QStringLiteral(" · ")));
    m_online->setValue(all.online);
    m_offline->setValue(all.offline);
    m_trouble->setValue(all.trouble);
    for (AreaHealthRow *row : m_rows)
        row->setCounts(row->isAll() ? all : health.countsFor(row->key()));
    applyOrder();
}

void DashboardWindow::setRecorder(recording::RecorderStatusClient *recorder)
{
    if (m_recorder)
        disconnect(m_recorder, nullptr, this, nullptr);
    m_recorder = recorder;
    if (m_recorder)
        connect(m_recorder, &recording::RecorderStatusClient::changed, this,
                &DashboardWindow::refreshRecording);
    refreshRecording();
}

void DashboardWindow::refreshRecording()
{
    const bool shown = m_recorder && m_recorder->isConnected() && m_recorder->camerasPlanned() > 0;
    m_recording->setVisible(shown);
    if (!shown)
        return;
    m_recording->setValue(m_recorder->camerasRecording());
    QString note = tr("of %Ln camera(s)", nullptr, m_recorder->camerasPlanned());
    const double days = m_recorder->daysThatFit();
    if (days >= 1)
        note += QStringLiteral(" · ") + tr("disk holds %1 days").arg(QLocale().toString(days, 'f', 0));
    else if (days >= 0) // a small archive (the demo's): hours, not "0 days"
        note += QStringLiteral(" · ") + tr("disk holds %Ln hour(s)", nullptr, int(days * 24));
    m_recording->setNote(note);
}

void DashboardWindow::refreshChart()
{
    m_chart->setCameraCount(m_monitor->health().counts().total);
    m_chart->setHistory(m_monitor->history(), QDateTime::currentMSecsSinceEpoch());
}

void DashboardWindow::openCamera(const QString &cameraId)
{
    const Camera *camera = m_store->site().camera(cameraId);
    if (!camera || !m_livePool)
        return;
    if (m_live)
        m_live->close();
    qCInfo(lcHealth) << "dashboard opens" << cameraId << "full screen";
    m_live = new LiveCameraWindow(m_livePool, *camera);
    QScreen *screen = windowHandle() && windowHandle()->screen() ? windowHandle()->screen()
                                                                 : QGuiApplication::primaryScreen();
    if (screen) {
        m_live->setScreen(screen);
        // Without a window manager nobody sizes a full-screen window: it opened at 32x18 px.
        m_live->setGeometry(screen->geometry());
    }
    m_live->showFullScreen();
    m_live->activateWindow();
}

void DashboardWindow::showEvent(QShowEvent *)
{
    m_monitor->setActive(true);
    refreshCounts();
}

void DashboardWindow::hideEvent(QHideEvent *)
{
    if (m_live)
        m_live->close();
    m_monitor->setActive(false); // nobody looks: nothing is decoded for the dashboard
}

void DashboardWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void DashboardWindow::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_F11) {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        return;
    }
    if (e->key() == Qt::Key_Escape && isFullScreen()) { // first out of full screen, then closed
        setWindowState(windowState() & ~Qt::WindowFullScreen);
        return;
    }
    if (e->key() == Qt::Key_Escape || e->matches(QKeySequence::Close)) {
        close(); // its live camera window goes with it (hideEvent)
        return;
    }
    // Ctrl+Q by name: QKeySequence::Quit is empty on platforms without a desktop theme.
    if (e->matches(QKeySequence::Quit) || e->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Q)) {
        QApplication::closeAllWindows(); // as the console's Quit: also with --dashboard alone
        return;
    }
    QWidget::keyPressEvent(e);
}

} // namespace pantau
