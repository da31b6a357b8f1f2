#include "ui/playback/PlaybackBar.h"

#include "core/playback/PlaybackControl.h"
#include "ui/common/Palette.h"
#include "ui/playback/GoToTimeDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace pantau::playback {

namespace {
enum class Glyph { Play, Pause, Reverse, StepBack, StepForward };

// Light glyphs drawn here: the style's media icons are dark and vanish on the wall's dark panel.
QIcon glyphIcon(Glyph glyph)
{
    QIcon icon;
    for (QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
        QPixmap pixmap(QSize(32, 32));
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(mode == QIcon::Normal ? QColor(225, 229, 235) : QColor(85, 90, 100));
        const auto triangle = [&](double x0, double x1) {
            const QPointF points[] = {{x0, 6}, {x0, 26}, {x1, 16}};
            p.drawPolygon(points, 3);
        };
        switch (glyph) {
        case Glyph::Play:
            triangle(9, 26);
            break;
        case Glyph::Pause:
            p.drawRect(QRectF(8, 6, 6, 20));
            p.drawRect(QRectF(18, 6, 6, 20));
            break;
        case Glyph::Reverse:
            triangle(23, 6);
            break;
        case Glyph::StepBack:
            p.drawRect(QRectF(6, 7, 4, 18));
            triangle(26, 11);
            break;
        case Glyph::StepForward:
            triangle(6, 21);
            p.drawRect(QRectF(22, 7, 4, 18));
            break;
        }
        p.end();
        icon.addPixmap(pixmap, mode);
    }
    return icon;
}

QToolButton *toolButton(QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::NoFocus);
    b->setIconSize(QSize(18, 18));
    return b;
}
} // namespace

PlaybackBar::PlaybackBar(QWidget *parent)
    : QWidget(parent), m_zone(QTimeZone::systemTimeZone()),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }), m_backMinute(toolButton(this)),
      m_backShort(toolButton(this)), m_stepBack(toolButton(this)), m_reverse(toolButton(this)),
      m_play(toolButton(this)), m_stepForward(toolButton(this)), m_forwardShort(toolButton(this)),
      m_forwardMinute(toolButton(this)), m_speed(new QComboBox(this)), m_position(new QLabel(this)),
      m_goTo(new QPushButton(this)), m_live(new QPushButton(this))
{
    m_backMinute->setObjectName("backMinute");
    m_backShort->setObjectName("backShort");
    m_stepBack->setObjectName("stepBack");
    m_reverse->setObjectName("reverse");
    m_play->setObjectName("play");
    m_stepForward->setObjectName("stepForward");
    m_forwardShort->setObjectName("forwardShort");
    m_forwardMinute->setObjectName("forwardMinute");
    m_speed->setObjectName("speed");
    m_position->setObjectName("position");
    m_goTo->setObjectName("goTo");
    m_live->setObjectName("live");
    m_stepBack->setIcon(glyphIcon(Glyph::StepBack));
    m_stepForward->setIcon(glyphIcon(Glyph::StepForward));

    for (int s : PlaybackControl::kSpeeds)
        m_speed->insertItem(0, QString(), -s); // -16 … -1 first, then 1 … 16
    for (int s : PlaybackControl::kSpeeds)
        m_speed->addItem(QString(), s);
    m_speed->setFocusPolicy(Qt::NoFocus);
    m_goTo->setFocusPolicy(Qt::NoFocus);
    m_live->setFocusPolicy(Qt::NoFocus);
    QFont big = m_position->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_position->setFont(big);
    m_position->setMinimumWidth(
        QFontMetrics(big).horizontalAdvance(QStringLiteral("Wed 30 Dec 2026  00:00:00 ")));
    // Dark, like the wall; "LANGSUNG" in the live colour while it can be pressed.
    setStyleSheet(QStringLiteral("QPushButton, QToolButton { color: #d2d6dc; background: #2c3038;"
                                 " border: 1px solid #3c414b; border-radius: 3px; padding: 3px 8px; }"
                                 "QToolButton { padding: 3px 5px; }"
                                 "QLabel { color: #e6e9ee; }"
                                 "QComboBox { color: #d2d6dc; background: #2c3038; border: 1px solid #3c414b;"
                                 " border-radius: 3px; padding: 2px 6px; }"
                                 "QPushButton:disabled, QToolButton:disabled { color: #5a5f68; }"
                                 "QPushButton:hover, QToolButton:hover { background: #3a3f49; }"
                                 "QPushButton#live { font-weight: bold; }"
                                 "QPushButton#live:enabled { color: %1; border-color: %1; }")
                      .arg(Palette::css(Palette::live())));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 2);
    row->setSpacing(2);
    for (QWidget *w : {static_cast<QWidget *>(m_backMinute), static_cast<QWidget *>(m_backShort),
                       static_cast<QWidget *>(m_stepBack), static_cast<QWidget *>(m_reverse),
                       static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_stepForward),
                       static_cast<QWidget *>(m_forwardShort), static_cast<QWidget *>(m_forwardMinute)})
        row->addWidget(w);
    row->addSpacing(8);
    row->addWidget(m_speed);
    row->addSpacing(12);
    row->addWidget(m_position);
    row->addStretch(1);
    row->addWidget(m_goTo);
    row->addWidget(m_live);

    connect(m_backMinute, &QToolButton::clicked, this, [this] { jump(-kLongJumpMs); });
    connect(m_backShort, &QToolButton::clicked, this, [this] { jump(-kShortJumpMs); });
    connect(m_forwardShort, &QToolButton::clicked, this, [this] { jump(kShortJumpMs); });
    connect(m_forwardMinute, &QToolButton::clicked, this, [this] { jump(kLongJumpMs); });
    connect(m_stepBack, &QToolButton::clicked, this, [this] { stepFrame(-1); });
    connect(m_stepForward, &QToolButton::clicked, this, [this] { stepFrame(1); });
    connect(m_reverse, &QToolButton::clicked, this, &PlaybackBar::playBackward);
    connect(m_play, &QToolButton::clicked, this, &PlaybackBar::togglePause);
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { setSpeed(m_speed->itemData(index).toInt()); });
    connect(m_goTo, &QPushButton::clicked, this, &PlaybackBar::openGoToTime);
    connect(m_live, &QPushButton::clicked, this, &PlaybackBar::goLive);

    retranslate();
    buildShortcuts(this);
    updateState();
}

void PlaybackBar::setControl(PlaybackControl *control)
{
    if (m_control)
        disconnect(m_control, nullptr, this, nullptr);
    m_control = control;
    if (control) {
        connect(control, &PlaybackControl::stateChanged, this, &PlaybackBar::updateState);
        connect(control, &PlaybackControl::positionChanged, this,
                [this] { m_position->setText(positionText()); });
    }
    updateState();
}

void PlaybackBar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    updateState();
}

void PlaybackBar::setClock(std::function<qint64()> nowUtcMs)
{
    m_clock = std::move(nowUtcMs);
    updateState();
}

void PlaybackBar::setShortcutScope(QWidget *scope)
{
    buildShortcuts(scope ? scope : this);
}

void PlaybackBar::buildShortcuts(QWidget *scope)
{
    for (const QPointer<QShortcut> &s : std::as_const(m_shortcuts))
        delete s.data();
    m_shortcuts.clear();
    m_playbackOnly.clear();
    const Qt::ShortcutContext context = scope == this ? Qt::WindowShortcut : Qt::WidgetWithChildrenShortcut;
    struct Key
    {
        QKeySequence keys;
        std::function<void()> action;
        bool playbackOnly; // in live the arrows and frame keys stay with PTZ
    };
    const Key keys[] = {
        {QKeySequence(Qt::Key_Space), [this] { togglePause(); }, false},
        {QKeySequence(Qt::Key_Left), [this] { jump(-kShortJumpMs); }, true},
        {QKeySequence(Qt::Key_Right), [this] { jump(kShortJumpMs); }, true},
        {QKeySequence(Qt::SHIFT | Qt::Key_Left), [this] { jump(-kLongJumpMs); }, true},
        {QKeySequence(Qt::SHIFT | Qt::Key_Right), [this] { jump(kLongJumpMs); }, true},
        {QKeySequence(Qt::Key_Comma), [this] { stepFrame(-1); }, true},
        {QKeySequence(Qt::Key_Period), [this] { stepFrame(1); }, true},
        {QKeySequence(Qt::Key_BracketLeft), [this] { Q_EMIT markInRequested(); }, false},
        {QKeySequence(Qt::Key_BracketRight), [this] { Q_EMIT markOutRequested(); }, false},
    };
    for (const Key &key : keys) {
        auto *s = new QShortcut(key.keys, scope);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, key.action);
        m_shortcuts.append(s);
        if (key.playbackOnly)
            m_playbackOnly.append(s);
    }
    updateState();
}

qint64 PlaybackBar::now() const
{
    return m_clock();
}

bool PlaybackBar::inPlayback() const
{
    return m_control && m_control->isPlayback();
}

qint64 PlaybackBar::position() const
{
    return inPlayback() ? m_control->positionUtcMs() : now();
}

void PlaybackBar::enterPaused()
{
    m_control->seek(now(), true);
    m_control->setPaused(true);
}

void PlaybackBar::togglePause()
{
    if (!m_control)
        return;
    if (!inPlayback())
        return enterPaused();
    m_control->setPaused(!m_control->isPaused());
}

void PlaybackBar::playForward()
{
    if (!m_control)
        return;
    if (!inPlayback())
        m_control->seek(now(), true);
    if (m_control->speed() < 0)
        m_control->setSpeed(-m_control->speed());
    if (m_control->isPaused())
        m_control->setPaused(false);
}

void PlaybackBar::playBackward()
{
    if (!m_control)
        return;
    if (!inPlayback())
        m_control->seek(now(), true);
    else if (m_control->speed() < 0 && !m_control->isPaused())
        return m_control->setPaused(true); // a second press pauses, as play does
    if (m_control->speed() > 0)
        m_control->setSpeed(-m_control->speed());
    if (m_control->isPaused())
        m_control->setPaused(false);
}

void PlaybackBar::jump(qint64 deltaMs)
{
    if (!m_control)
        return;
    const qint64 target = std::min(position() + deltaMs, now());
    if (!inPlayback() && deltaMs >= 0)
        return; // nothing after live
    m_control->seek(target, true);
}

void PlaybackBar::stepFrame(int direction)
{
    if (m_control && inPlayback() && m_control->isPaused())
        m_control->stepFrame(direction > 0 ? 1 : -1);
}

void PlaybackBar::setSpeed(int speed)
{
    if (!m_control)
        return;
    if (!inPlayback())
        m_control->seek(now(), true);
    m_control->setSpeed(speed);
    if (m_control->isPaused())
        m_control->setPaused(false);
}

void PlaybackBar::goLive()
{
    if (m_control && inPlayback())
        m_control->goLive();
}

void PlaybackBar::openGoToTime()
{
    auto *dialog = new GoToTimeDialog(position(), m_zone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_control)
            m_control->seek(dialog->utcMs(), true);
    });
    dialog->open();
}

QString PlaybackBar::positionText() const
{
    if (!inPlayback())
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_control->positionUtcMs(), m_zone),
                              QStringLiteral("ddd d MMM yyyy  HH:mm:ss"));
}

void PlaybackBar::updateState()
{
    const bool playback = inPlayback();
    const bool paused = playback && m_control->isPaused();
    const int speed = m_control ? m_control->speed() : 1;
    const bool playing = playback && !paused;
    m_play->setIcon(glyphIcon(playing && speed > 0 ? Glyph::Pause : Glyph::Play));
    m_reverse->setIcon(glyphIcon(playing && speed < 0 ? Glyph::Pause : Glyph::Reverse));
    m_stepBack->setEnabled(paused);
    m_stepForward->setEnabled(paused);
    m_forwardShort->setEnabled(playback);
    m_forwardMinute->setEnabled(playback);
    m_live->setEnabled(playback);
    m_speed->setCurrentIndex(std::max(0, m_speed->findData(speed)));
    for (const QPointer<QShortcut> &s : std::as_const(m_playbackOnly))
        if (s)
            s->setEnabled(playback);
    m_position->setText(positionText());
}

void PlaybackBar::retranslate()
{
    m_backMinute->setText(tr("−1 min"));
    m_backMinute->setToolTip(tr("Back 1 minute (Shift+Left)"));
    m_backShort->setText(tr("−10 s"));
    m_backShort->setToolTip(tr("Back 10 seconds (Left)"));
    m_forwardShort->setText(tr("+10 s"));
    m_forwardShort->setToolTip(tr("Forward 10 seconds (Right)"));
    m_forwardMinute->setText(tr("+1 min"));
    m_forwardMinute->setToolTip(tr("Forward 1 minute (Shift+Right)"));
    m_stepBack->setToolTip(tr("Previous frame (comma, while paused)"));
    m_stepForward->setToolTip(tr("Next frame (full stop, while paused)"));
    m_reverse->setToolTip(tr("Play backwards"));
    m_play->setToolTip(tr("Play or pause (Space)"));
    m_speed->setToolTip(tr("Speed; negative plays backwards"));
    for (int i = 0; i < m_speed->count(); ++i) {
        const int s = m_speed->itemData(i).toInt();
        m_speed->setItemText(i, s < 0 ? tr("−%1×").arg(-s) : tr("%1×").arg(s));
    }
    m_goTo->setText(tr("Go to time…"));
    m_goTo->setToolTip(tr("Show the footage of a date and time"));
    m_live->setText(tr("LIVE"));
    m_live->setToolTip(tr("Back to the live picture"));
}

void PlaybackBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The position follows the locale, which LanguageManager sets after the translators.
        QTimer::singleShot(0, this, [this] { m_position->setText(positionText()); });
    }
    QWidget::changeEvent(event);
}

} // namespace pantau::playback
