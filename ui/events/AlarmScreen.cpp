#include "ui/events/AlarmScreen.h"

#include "core/Log.h"
#include "core/health/CameraHealth.h"
#include "core/site/SiteStore.h"
#include "ui/events/AcknowledgeDialog.h"
#include "ui/events/EventTexts.h"
#include "ui/wall/WallView.h"
#include "ui/wall/WallWindow.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pantau {

namespace {
// Keeps the banner across the top of the wall view as it resizes.
class BannerPlacer : public QObject
{
public:
    BannerPlacer(QWidget *banner) : QObject(banner), m_banner(banner)
    {
        banner->parentWidget()->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Resize)
            place();
        return false;
    }
    void place()
    {
        const QWidget *view = m_banner->parentWidget();
        const int h = std::max(m_banner->sizeHint().height(), view->height() / 5);
        m_banner->setGeometry(0, 0, view->width(), std::min(h, view->height()));
    }

private:
    QWidget *m_banner;
};
} // namespace

AlarmScreen::AlarmScreen(events::EventStore *events, const SiteStore *site, WallChooser chooseWall,
                         QObject *parent)
    : QObject(parent), m_events(events), m_site(site), m_chooseWall(std::move(chooseWall))
{
    connect(m_events, &events::EventStore::eventAdded, this, &AlarmScreen::onAdded);
    connect(m_events, &events::EventStore::eventAcknowledged, this, &AlarmScreen::onAcknowledged);
}

AlarmScreen::~AlarmScreen()
{
    delete m_banner.data();
}

void AlarmScreen::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    qCInfo(lcEvents) << "alarm screen" << (enabled ? "on" : "off");
    if (!enabled) {
        m_queue.clear();
        update();
    }
}

void AlarmScreen::onAdded(const events::Event &event)
{
    if (m_enabled && m_queue.add(event))
        update();
}

void AlarmScreen::onAcknowledged(const events::Event &event)
{
    if (m_queue.acknowledged(event.id))
        update();
}

void AlarmScreen::dismiss()
{
    if (m_queue.dismiss())
        update();
}

bool AlarmScreen::acknowledgeShown(const QString &who, const QString &note)
{
    const std::optional<events::Event> shown = m_queue.shown();
    if (!shown || who.trimmed().isEmpty())
        return false;
    m_who = who.trimmed();
    // The store's eventAcknowledged moves the queue on (onAcknowledged).
    return m_events->acknowledge(shown->id, m_who, QDateTime::currentMSecsSinceEpoch(), note);
}

void AlarmScreen::askAcknowledge()
{
    const std::optional<events::Event> shown = m_queue.shown();
    if (!shown)
        return;
    AcknowledgeDialog dialog(m_detail->text(), m_who, QDateTime::currentMSecsSinceEpoch(), m_banner);
    if (dialog.exec() == QDialog::Accepted)
        acknowledgeShown(dialog.who(), dialog.note());
}

void AlarmScreen::buildBanner(QWidget *parent)
{
    delete m_banner.data();
    auto *banner = new QWidget(parent);
    m_banner = banner;
    banner->setObjectName(QStringLiteral("alarmBanner"));
    banner->setAttribute(Qt::WA_StyledBackground);
    banner->setStyleSheet(QStringLiteral("#alarmBanner { background: rgba(170, 0, 0, 220); }"
                                         "#alarmBanner QLabel { color: white; }"));
    auto *row = new QHBoxLayout(banner);
    row->setContentsMargins(24, 12, 24, 12);
    auto *texts = new QVBoxLayout;
    m_kind = new QLabel(banner);
    QFont big = m_kind->font();
    big.setPixelSize(std::clamp(parent->height() / 12, 28, 96));
    big.setBold(true);
    m_kind->setFont(big);
    m_detail = new QLabel(banner);
    QFont medium = m_detail->font();
    medium.setPixelSize(std::clamp(parent->height() / 36, 14, 32));
    m_detail->setFont(medium);
    texts->addWidget(m_kind);
    texts->addWidget(m_detail);
    row->addLayout(texts, 1);
    m_acknowledge = new QPushButton(banner);
    m_close = new QPushButton(banner);
    for (QPushButton *b : {m_acknowledge, m_close}) {
        b->setFont(medium);
        b->setFocusPolicy(Qt::NoFocus); // the keys stay with the wall
        row->addWidget(b);
    }
    connect(m_acknowledge, &QPushButton::clicked, this, &AlarmScreen::askAcknowledge);
    connect(m_close, &QPushButton::clicked, this, &AlarmScreen::dismiss);
    // Escape anywhere in the wall window while the banner shows: before the wall view's own Escape.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), banner);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &AlarmScreen::dismiss);
    (new BannerPlacer(banner))->place();
}

void AlarmScreen::retranslate()
{
    if (!m_banner)
        return;
    m_acknowledge->setText(tr("Acknowledge…"));
    m_close->setText(tr("Close (Esc)"));
}

void AlarmScreen::update()
{
    const std::optional<events::Event> shown = m_queue.shown();
    if (!shown) {
        if (m_banner)
            m_banner->hide();
        // Back to the layout, unless the operator already went elsewhere.
        if (m_wall && m_wall->view()->shownCameraId() == m_shownCameraId)
            m_wall->view()->showCamera({});
        m_shownCameraId.clear();
        return;
    }
    WallWindow *wall = m_chooseWall ? m_chooseWall() : nullptr;
    if (!wall) {
        qCWarning(lcEvents) << "alarm screen: no wall window for" << shown->cameraId;
        return;
    }
    if (m_wall && m_wall != wall && m_wall->view()->shownCameraId() == m_shownCameraId)
        m_wall->view()->showCamera({});
    m_wall = wall;
    m_shownCameraId = shown->cameraId;
    wall->view()->showCamera(shown->cameraId);
    if (!m_banner || m_banner->parentWidget() != wall->view())
        buildBanner(wall->view());
    retranslate();
    const Camera *camera = m_site->site().camera(shown->cameraId);
    const QString name = camera ? camera->name : shown->cameraId;
    const QString area = camera ? CameraHealth::kecamatanOf(*camera) : QString();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(shown->startUtcMs).toLocalTime();
    const QString time = start.date() == QDate::currentDate()
                             ? QLocale().toString(start.time(), QStringLiteral("HH:mm:ss"))
                             : QLocale().toString(start, QStringLiteral("d MMM HH:mm:ss"));
    m_kind->setText(EventTexts::kindName(shown->kind));
    m_detail->setText(area.isEmpty() ? tr("%1, %2").arg(name, time)
                                     : tr("%1 (%2), %3").arg(name, area, time));
    m_banner->show();
    m_banner->raise();
    qCInfo(lcEvents) << "alarm screen shows" << shown->cameraId << "event" << shown->id << "on wall"
                     << wall->view()->uid();
}

} // namespace pantau
