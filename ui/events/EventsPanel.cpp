#include "ui/events/EventsPanel.h"

#include "core/events/EventKinds.h"
#include "core/health/CameraHealth.h"
#include "core/site/SiteStore.h"
#include "ui/common/Palette.h"
#include "ui/events/AcknowledgeDialog.h"
#include "ui/events/EventTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace pantau {

using events::Event;
using events::EventFilter;
using events::EventKind;

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr qint64 kHourMs = 3'600'000;
} // namespace

EventsPanel::EventsPanel(events::EventStore *events, events::Alarm *alarm, const SiteStore *site,
                         QWidget *parent)
    : QDockWidget(parent), m_events(events), m_alarm(alarm), m_site(site), m_who(qEnvironmentVariable("USER"))
{
    setObjectName(QStringLiteral("eventsPanel"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QGridLayout;
    m_kind = new QComboBox(body);
    m_area = new QComboBox(body);
    m_time = new QComboBox(body);
    m_unacknowledged = new QCheckBox(body);
    filters->addWidget(m_kind, 0, 0);
    filters->addWidget(m_area, 0, 1);
    filters->addWidget(m_time, 1, 0);
    filters->addWidget(m_unacknowledged, 1, 1);
    layout->addLayout(filters);
    m_list = new QListWidget(body);
    m_list->setIconSize(kThumbnailPx);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSpacing(1);
    layout->addWidget(m_list, 1);
    m_count = new QLabel(body);
    layout->addWidget(m_count);
    auto *actions = new QHBoxLayout;
    m_acknowledge = new QPushButton(body);
    m_open = new QPushButton(body);
    actions->addWidget(m_acknowledge);
    actions->addWidget(m_open);
    layout->addLayout(actions);
    auto *mute = new QHBoxLayout;
    m_muteShort = new QPushButton(body);
    m_muteLong = new QPushButton(body);
    mute->addWidget(m_muteShort);
    mute->addWidget(m_muteLong);
    layout->addLayout(mute);
    m_muteText = new QLabel(body);
    m_muteText->setWordWrap(true);
    layout->addWidget(m_muteText);
    setWidget(body);

    retranslate();
    reloadAreas();
    m_time->setCurrentIndex(1); // the last 24 hours

    for (QComboBox *box : {m_kind, m_area, m_time})
        connect(box, &QComboBox::currentIndexChanged, this, &EventsPanel::reload);
    connect(m_unacknowledged, &QCheckBox::toggled, this, &EventsPanel::reload);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &EventsPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &EventsPanel::openSelected);
    connect(m_acknowledge, &QPushButton::clicked, this, &EventsPanel::acknowledgeSelected);
    connect(m_open, &QPushButton::clicked, this, &EventsPanel::openSelected);
    connect(m_events, &events::EventSource::eventsChanged, this, &EventsPanel::reload);
    connect(m_site, &SiteStore::camerasChanged, this, [this] {
        reloadAreas();
        reload();
    });
    if (m_alarm) {
        connect(m_muteShort, &QPushButton::clicked, m_alarm,
                [this] { m_alarm->mute(events::AlarmPolicy::kShortMuteMinutes); });
        connect(m_muteLong, &QPushButton::clicked, m_alarm,
                [this] { m_alarm->mute(events::AlarmPolicy::kLongMuteMinutes); });
        connect(m_alarm, &events::Alarm::mutedChanged, this, &EventsPanel::updateMute);
    } else {
        m_muteShort->hide();
        m_muteLong->hide();
    }
    m_minute.setInterval(60'000);
    connect(&m_minute, &QTimer::timeout, this, [this] {
        reload();
        updateMute();
    });
    m_minute.start();
    reload();
    updateMute();
}

void EventsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
        updateMute();
    }
    QDockWidget::changeEvent(event);
}

void EventsPanel::retranslate()
{
    setWindowTitle(tr("Events"));
    const QSignalBlocker kindBlock(m_kind), timeBlock(m_time);
    const int kindIndex = std::max(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), int(EventKind::Invalid));
    for (EventKind kind : events::allEventKinds())
        m_kind->addItem(EventTexts::kindName(kind), int(kind));
    m_kind->setCurrentIndex(kindIndex);
    const int timeIndex = m_time->currentIndex() < 0 ? 1 : m_time->currentIndex();
    m_time->clear();
    for (int hours : timeWindowsHours()) {
        if (hours == 0)
            m_time->addItem(tr("Any time"), hours);
        else if (hours < 24)
            m_time->addItem(tr("Last %n hour(s)", nullptr, hours), hours);
        else
            m_time->addItem(tr("Last %n day(s)", nullptr, hours / 24), hours);
    }
    m_time->setCurrentIndex(timeIndex);
    if (m_area->count() > 0)
        m_area->setItemText(0, tr("All kecamatan"));
    m_unacknowledged->setText(tr("Unacknowledged only"));
    m_acknowledge->setText(tr("Acknowledge…"));
    m_acknowledge->setToolTip(tr("Record who answered this event, when, and what was done"));
    m_open->setText(tr("Open camera"));
    m_open->setToolTip(tr("The camera full screen: the footage from 5 s before the event where it is "
                          "recorded, live otherwise (also a double-click on the event)"));
    m_muteShort->setText(tr("Mute 5 minutes"));
    m_muteLong->setText(tr("Mute 15 minutes"));
}

void EventsPanel::reloadAreas()
{
    const QSignalBlocker block(m_area);
    const QString current = m_area->currentData().toString();
    QStringList names;
    for (const Camera &c : m_site->site().cameras) {
        const QString k = CameraHealth::kecamatanOf(c);
        if (!k.isEmpty() && !names.contains(k))
            names << k;
    }
    names.sort(Qt::CaseInsensitive);
    m_area->clear();
    m_area->addItem(tr("All kecamatan"), QString());
    for (const QString &name : names)
        m_area->addItem(name, name);
    const int index = m_area->findData(current);
    m_area->setCurrentIndex(index < 0 ? 0 : index);
}

EventFilter EventsPanel::currentFilter() const
{
    EventFilter filter;
    const auto kind = EventKind(m_kind->currentData().toInt());
    if (kind != EventKind::Invalid)
        filter.kinds = {kind};
    const QString area = m_area->currentData().toString();
    if (!area.isEmpty()) {
        filter.restrictCameras = true;
        for (const Camera &c : m_site->site().cameras)
            if (CameraHealth::kecamatanOf(c) == area)
                filter.cameraIds << c.id;
    }
    const int hours = m_time->currentData().toInt();
    if (hours > 0)
        filter.fromUtcMs = QDateTime::currentMSecsSinceEpoch() - hours * kHourMs;
    filter.unacknowledgedOnly = m_unacknowledged->isChecked();
    return filter;
}

void EventsPanel::reload()
{
    const qint64 selected = selectedEventId();
    m_shown = m_events->query(currentFilter());
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Event &e : m_shown) {
        auto *item = new QListWidgetItem(thumbnail(e), describe(e), m_list);
        item->setData(kIdRole, e.id);
        if (!e.isAcknowledged()) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (e.id == selected)
            item->setSelected(true);
    }
    m_count->setText(tr("%n event(s)", nullptr, int(m_shown.size())));
    updateButtons();
}

QString EventsPanel::cameraName(const QString &cameraId) const
{
    const std::optional<Camera> c = m_site->findCamera(cameraId);
    return c && !c->name.isEmpty() ? c->name : cameraId;
}

QString EventsPanel::kecamatanOf(const QString &cameraId) const
{
    const std::optional<Camera> c = m_site->findCamera(cameraId);
    return c ? CameraHealth::kecamatanOf(*c) : QString();
}

QString EventsPanel::describe(const Event &e) const
{
    const QLocale locale;
    auto time = [&](qint64 utcMs) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
        return t.date() == QDate::currentDate() ? locale.toString(t.time(), QStringLiteral("HH:mm:ss"))
                                                : locale.toString(t, QStringLiteral("d MMM HH:mm"));
    };
    QStringList lines;
    const QString k = kecamatanOf(e.cameraId);
    lines << (k.isEmpty() ? cameraName(e.cameraId) : tr("%1 · %2").arg(cameraName(e.cameraId), k));
    const QString when = e.isActive() ? tr("%1, still going on").arg(time(e.startUtcMs))
                                      : tr("%1 to %2").arg(time(e.startUtcMs), time(e.endUtcMs));
    lines << tr("%1 · %2").arg(EventTexts::kindName(e.kind), when);
    if (e.isAcknowledged()) {
        const QString who = tr("Acknowledged by %1 at %2").arg(e.acknowledgedBy, time(e.acknowledgedUtcMs));
        lines << (e.acknowledgeNote.isEmpty() ? who : tr("%1: %2").arg(who, e.acknowledgeNote));
    } else {
        lines << tr("Unacknowledged");
    }
    return lines.join(QLatin1Char('\n'));
}

QIcon EventsPanel::thumbnail(const Event &e)
{
    if (!e.snapshotPath.isEmpty()) {
        auto it = m_thumbnails.constFind(e.snapshotPath);
        if (it != m_thumbnails.constEnd())
            return *it;
        QPixmap picture(e.snapshotPath);
        if (!picture.isNull()) {
            QPixmap framed(kThumbnailPx);
            framed.fill(Qt::black);
            QPainter p(&framed);
            const QPixmap scaled =
                picture.scaled(kThumbnailPx, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            const QRect target((kThumbnailPx.width() - scaled.width()) / 2,
                               (kThumbnailPx.height() - scaled.height()) / 2, scaled.width(),
                               scaled.height());
            p.drawPixmap(target, scaled);
            if (!e.box.isEmpty()) { // where in the picture
                p.setPen(QPen(Palette::failure(), 2));
                p.setBrush(Qt::NoBrush);
                p.drawRect(QRectF(target.x() + e.box.x() * target.width(),
                                  target.y() + e.box.y() * target.height(), e.box.width() * target.width(),
                                  e.box.height() * target.height()));
            }
            p.end();
            if (m_thumbnails.size() > 500)
                m_thumbnails.clear();
            const QIcon icon(framed);
            m_thumbnails.insert(e.snapshotPath, icon);
            return icon;
        }
    }
    // No picture (a camera offline has none): a dark card with the state colour.
    QPixmap card(kThumbnailPx);
    card.fill(QColor(40, 40, 44));
    QPainter p(&card);
    const QColor colour = e.kind == EventKind::CameraOffline || e.kind == EventKind::RecordingStopped
                              ? Palette::failure()
                              : Palette::attention();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 3));
    p.setBrush(Qt::NoBrush);
    const QRectF ring(kThumbnailPx.width() / 2.0 - 14, kThumbnailPx.height() / 2.0 - 14, 28, 28);
    p.drawEllipse(ring);
    p.drawLine(ring.topLeft() + QPointF(5, 5), ring.bottomRight() - QPointF(5, 5));
    p.end();
    return QIcon(card);
}

qint64 EventsPanel::selectedEventId() const
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(kIdRole).toLongLong();
}

void EventsPanel::selectEvent(qint64 eventId)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toLongLong() == eventId) {
            m_list->setCurrentRow(i);
            return;
        }
}

void EventsPanel::updateButtons()
{
    const std::optional<Event> e = m_events->event(selectedEventId());
    m_acknowledge->setEnabled(e && !e->isAcknowledged());
    m_open->setEnabled(e.has_value());
}

void EventsPanel::updateMute()
{
    if (!m_alarm || !m_alarm->isMuted()) {
        m_muteText->setText(tr("Alarm sound on"));
        return;
    }
    const QDateTime until = QDateTime::fromMSecsSinceEpoch(m_alarm->mutedUntilUtcMs()).toLocalTime();
    m_muteText->setText(
        tr("Alarm sound muted until %1").arg(QLocale().toString(until.time(), QStringLiteral("HH:mm"))));
}

bool EventsPanel::acknowledge(qint64 eventId, const QString &who, const QString &note)
{
    if (who.trimmed().isEmpty())
        return false;
    m_who = who.trimmed();
    return m_events->acknowledge(eventId, m_who, QDateTime::currentMSecsSinceEpoch(), note.trimmed());
}

void EventsPanel::acknowledgeSelected()
{
    const std::optional<Event> e = m_events->event(selectedEventId());
    if (!e || e->isAcknowledged())
        return;
    const QString what =
        tr("%1 · %2").arg(cameraName(e->cameraId), EventTexts::kindName(e->kind)) + QLatin1Char('\n') +
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(e->startUtcMs).toLocalTime(), QLocale::ShortFormat);
    AcknowledgeDialog dialog(what, m_who, QDateTime::currentMSecsSinceEpoch(), this);
    if (dialog.exec() == QDialog::Accepted)
        acknowledge(e->id, dialog.who(), dialog.note());
}

void EventsPanel::openSelected()
{
    const std::optional<Event> e = m_events->event(selectedEventId());
    if (e)
        Q_EMIT cameraRequested(e->cameraId, e->startUtcMs);
}

} // namespace pantau
