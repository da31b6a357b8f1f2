// The playback controls (PlaybackBar) against a fake PlaybackControl: the keys and the buttons
// make the calls they say, in live and in playback, and "Ke waktu…" seeks exactly.
#include <catch2/catch.hpp>

#include "FakePlaybackControl.h"
#include "Wait.h"
#include "core/i18n/LanguageManager.h"
#include "ui/playback/GoToTimeDialog.h"
#include "ui/playback/PlaybackBar.h"
#include "ui/playback/PlaybackPanel.h"
#include "ui/playback/TimelineWidget.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>

using namespace pantau;
using namespace pantau::playback;
using pantau::test::FakePlaybackControl;
using pantau::test::kReactionBoundMs;
using pantau::test::waitUntil;

namespace {
const QTimeZone kWib("Asia/Jakarta");
const qint64 kNow = QDateTime(QDate(2026, 12, 3), QTime(10, 0), kWib).toMSecsSinceEpoch();
const qint64 kThen = QDateTime(QDate(2026, 12, 3), QTime(2, 14, 7), kWib).toMSecsSinceEpoch();

struct Fixture
{
    FakePlaybackControl control;
    PlaybackBar bar;

    Fixture()
    {
        bar.setClock([] { return kNow; });
        bar.setTimeZone(kWib);
        bar.setControl(&control);
        bar.show();
        bar.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&bar));
    }
    void inPlayback(bool paused = false)
    {
        control.enterPlayback({"a"}, "a", kThen);
        control.paused = paused;
        Q_EMIT control.stateChanged();
        control.calls.clear();
    }
    template <typename W> W *child(const char *name) { return bar.findChild<W *>(name); }
};
} // namespace

TEST_CASE("Playback bar: Space pauses and plays, and from live pauses the picture of now", "[ui][playback]")
{
    Fixture f;
    QTest::keyClick(&f.bar, Qt::Key_Space);
    CHECK(f.control.calls == QStringList{QStringLiteral("seek %1 exact").arg(kNow), "paused 1"});
    f.control.calls.clear();
    QTest::keyClick(&f.bar, Qt::Key_Space);
    CHECK(f.control.calls == QStringList{"paused 0"});
    f.child<QToolButton>("play")->click();
    CHECK(f.control.calls.last() == "paused 1");
}

TEST_CASE("Playback bar: arrows jump 10 seconds, with Shift 1 minute", "[ui][playback]")
{
    Fixture f;
    f.inPlayback();
    QTest::keyClick(&f.bar, Qt::Key_Left);
    CHECK(f.control.calls.last() == QStringLiteral("seek %1 exact").arg(kThen - 10'000));
    QTest::keyClick(&f.bar, Qt::Key_Right);
    CHECK(f.control.calls.last() == QStringLiteral("seek %1 exact").arg(kThen));
    QTest::keyClick(&f.bar, Qt::Key_Right, Qt::ShiftModifier);
    CHECK(f.control.calls.last() == QStringLiteral("seek %1 exact").arg(kThen + 60'000));
    QTest::keyClick(&f.bar, Qt::Key_Left, Qt::ShiftModifier);
    CHECK(f.control.calls.last() == QStringLiteral("seek %1 exact").arg(kThen));
    f.child<QToolButton>("backMinute")->click();
    CHECK(f.control.calls.last() == QStringLiteral("seek %1 exact").arg(kThen - 60'000));
    f.child<QToolButton>("forwardShort")->click();
    CHECK(f.control.calls.last() == QStringLiteral("seek %1 exact").arg(kThen - 50'000));
    CHECK(f.control.calls.size() == 6);
}

TEST_CASE("Playback bar: in live the arrows stay with PTZ and the button replays 10 seconds",
          "[ui][playback]")
{
    Fixture f;
    QTest::keyClick(&f.bar, Qt::Key_Right);
    QTest::keyClick(&f.bar, Qt::Key_Left);
    QTest::keyClick(&f.bar, Qt::Key_Left, Qt::ShiftModifier);
    CHECK(f.control.calls.isEmpty());
    CHECK_FALSE(f.child<QToolButton>("forwardShort")->isEnabled());
    f.child<QToolButton>("backShort")->click();
    CHECK(f.control.calls == QStringList{QStringLiteral("seek %1 exact").arg(kNow - 10'000)});
}

TEST_CASE("Playback bar: frame steps only while paused, by button and by key", "[ui][playback]")
{
    Fixture f;
    f.inPlayback(false);
    CHECK_FALSE(f.child<QToolButton>("stepForward")->isEnabled());
    QTest::keyClick(&f.bar, Qt::Key_Period);
    CHECK(f.control.calls.isEmpty());
    f.control.setPaused(true);
    f.control.calls.clear();
    REQUIRE(f.child<QToolButton>("stepForward")->isEnabled());
    f.child<QToolButton>("stepForward")->click();
    f.child<QToolButton>("stepBack")->click();
    QTest::keyClick(&f.bar, Qt::Key_Comma);
    QTest::keyClick(&f.bar, Qt::Key_Period);
    CHECK(f.control.calls == QStringList{"step 1", "step -1", "step -1", "step 1"});
}

TEST_CASE("Playback bar: speeds 1 to 16 forward and back, and play backwards", "[ui][playback]")
{
    Fixture f;
    f.inPlayback(true);
    auto *speed = f.child<QComboBox>("speed");
    QList<int> offered;
    for (int i = 0; i < speed->count(); ++i)
        offered << speed->itemData(i).toInt();
    CHECK(offered == QList<int>{-16, -8, -4, -2, -1, 1, 2, 4, 8, 16});
    CHECK(speed->itemText(0) == QStringLiteral("−16×"));
    Q_EMIT speed->activated(speed->findData(8));
    CHECK(f.control.calls == QStringList{"speed 8", "paused 0"});
    CHECK(speed->currentData().toInt() == 8);
    f.control.calls.clear();
    f.child<QToolButton>("reverse")->click();
    CHECK(f.control.calls == QStringList{"speed -8"});
    CHECK(speed->currentData().toInt() == -8);
    f.child<QToolButton>("reverse")->click(); // playing backwards: a second press pauses
    CHECK(f.control.calls.last() == "paused 1");
}

TEST_CASE("Playback bar: LANGSUNG goes back to live, and only from playback", "[ui][playback]")
{
    Fixture f;
    auto *live = f.child<QPushButton>("live");
    CHECK_FALSE(live->isEnabled());
    f.inPlayback();
    REQUIRE(live->isEnabled());
    live->click();
    CHECK(f.control.calls == QStringList{"live"});
    CHECK_FALSE(live->isEnabled());
    CHECK(f.child<QLabel>("position")->text().isEmpty());
}

TEST_CASE("Playback bar: Ke waktu seeks exactly to the date and time picked", "[ui][playback]")
{
    Fixture f;
    f.inPlayback();
    f.child<QPushButton>("goTo")->click();
    auto *dialog = f.bar.findChild<GoToTimeDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->utcMs() == kThen); // it opens on the playhead
    dialog->dateEdit()->setDate(QDate(2026, 12, 1));
    dialog->timeEdit()->setTime(QTime(23, 5, 30));
    dialog->accept();
    const qint64 picked = QDateTime(QDate(2026, 12, 1), QTime(23, 5, 30), kWib).toMSecsSinceEpoch();
    CHECK(f.control.calls == QStringList{QStringLiteral("seek %1 exact").arg(picked)});
}

TEST_CASE("Playback bar: [ and ] set the timeline's export range in the playback panel", "[ui][playback]")
{
    FakePlaybackControl control;
    PlaybackPanel panel;
    panel.setClock([] { return kNow; });
    panel.setTimeZone(kWib);
    panel.setControl(&control);
    panel.show();
    panel.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&panel));
    QSignalSpy range(panel.timeline(), &TimelineWidget::exportRangeChanged);
    control.enterPlayback({"a"}, "a", kThen);
    QTest::keyClick(&panel, Qt::Key_BracketLeft);
    control.moveTo(kThen + 90'000);
    QTest::keyClick(&panel, Qt::Key_BracketRight);
    REQUIRE(range.size() == 2);
    CHECK(range.last()[0].toLongLong() == kThen);
    CHECK(range.last()[1].toLongLong() == kThen + 90'000);
}

TEST_CASE("Playback bar: the controls and the position read in Indonesian", "[ui][playback][i18n]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    Fixture f;
    f.inPlayback();
    CHECK(f.child<QPushButton>("live")->text() == "LANGSUNG");
    CHECK(f.child<QPushButton>("goTo")->text() == QStringLiteral("Ke waktu…"));
    CHECK(f.child<QToolButton>("backShort")->text() == QStringLiteral("−10 dtk"));
    CHECK(f.child<QLabel>("position")->text() == "Kam 3 Des 2026  02:14:07");
    REQUIRE(language.setLanguage("en"));
    CHECK(waitUntil([&] { return f.child<QPushButton>("live")->text() == "LIVE"; }, kReactionBoundMs));
    CHECK(waitUntil([&] { return f.child<QLabel>("position")->text() == "Thu 3 Dec 2026  02:14:07"; },
                    kReactionBoundMs));
}

TEST_CASE("Playback bar: the keys work in the scope the wall gives it", "[ui][playback]")
{
    FakePlaybackControl control;
    QWidget wall;
    auto *bar = new PlaybackBar(&wall);
    QWidget elsewhere;
    bar->setClock([] { return kNow; });
    bar->setControl(&control);
    bar->setShortcutScope(&wall);
    wall.setFocusPolicy(Qt::StrongFocus);
    wall.show();
    wall.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&wall));
    wall.setFocus();
    QTest::keyClick(&wall, Qt::Key_Space);
    CHECK(control.calls == QStringList{QStringLiteral("seek %1 exact").arg(kNow), "paused 1"});
    bar->setShortcutScope(&elsewhere); // the wall's keys are free again
    control.calls.clear();
    QTest::keyClick(&wall, Qt::Key_Space);
    CHECK(control.calls.isEmpty());
}
