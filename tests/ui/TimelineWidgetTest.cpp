// The playback timeline (TimelineWidget) against a fake PlaybackControl and a fake EventSource:
// rows, recorded ranges and gaps, a click jumps, a drag scrubs (throttled, exact on release), the
// wheel zooms, the playhead stays in view, event markers, and the export range's `[` and `]`.
#include <catch2/catch.hpp>

#include "FakeEventSource.h"
#include "FakePlaybackControl.h"
#include "Wait.h"
#include "ui/common/Palette.h"
#include "ui/playback/TimelineWidget.h"

#include <QApplication>
#include <QDateTime>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QWheelEvent>

using namespace pantau;
using namespace pantau::playback;
using pantau::test::FakeEventSource;
using pantau::test::FakePlaybackControl;

namespace {
const QTimeZone kWib("Asia/Jakarta");
constexpr qint64 kHour = 3'600'000;
const qint64 kNow = QDateTime(QDate(2026, 12, 3), QTime(10, 0), kWib).toMSecsSinceEpoch();

struct Fixture
{
    FakePlaybackControl control;
    FakeEventSource events;
    TimelineWidget timeline;

    Fixture()
    {
        timeline.setClock([] { return kNow; });
        timeline.setTimeZone(kWib);
        timeline.resize(960, 200);
        timeline.setControl(&control);
        timeline.setEventSource(&events);
        timeline.setWindow(kNow - 4 * kHour, kNow); // 06:00 to 10:00
    }

    QColor pixel(qint64 utcMs, int row)
    {
        const QImage image = timeline.grab().toImage();
        const QRect r = timeline.rowRect(row);
        return image.pixelColor(int(timeline.xForTime(utcMs)), r.center().y());
    }
};

void mouse(QWidget &w, QEvent::Type type, double x, double y, Qt::MouseButton button,
           Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(x, y), w.mapToGlobal(QPointF(x, y)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(&w, &event);
}

void wheel(QWidget &w, double x, double y, QPoint angle, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWheelEvent event(QPointF(x, y), w.mapToGlobal(QPointF(x, y)), QPoint(), angle, Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&w, &event);
}
} // namespace

TEST_CASE("Timeline: the selected camera is the top row, the layout's others below in order",
          "[ui][timeline]")
{
    Fixture f;
    f.control.enterPlayback({"a", "b", "c", "d"}, "c", kNow - kHour);
    CHECK(f.timeline.rowCameraIds() == QStringList{"c", "a", "b", "d"});
    CHECK(f.timeline.rowRect(0).height() > f.timeline.rowRect(1).height());
    CHECK(f.timeline.rowRect(1).top() > f.timeline.rowRect(0).bottom());
    // In live the control names no cameras: the rows the wall gave.
    FakePlaybackControl live;
    TimelineWidget timeline;
    timeline.setControl(&live);
    timeline.setCameras({"x", "y"}, "y");
    CHECK(timeline.rowCameraIds() == QStringList{"y", "x"});
}

TEST_CASE("Timeline: it asks for the ranges of a new window and draws gaps as gaps", "[ui][timeline]")
{
    Fixture f;
    QSignalSpy asked(&f.timeline, &TimelineWidget::rangesNeeded);
    f.control.enterPlayback({"a", "b"}, "a", kNow - 2 * kHour);
    REQUIRE(asked.size() >= 1);
    const QList<QVariant> question = asked.last();
    CHECK(question[0].toStringList() == QStringList{"a", "b"});
    const qint64 from = question[1].toLongLong();
    const qint64 to = question[2].toLongLong();
    CHECK(from <= f.timeline.scale().fromUtcMs());
    CHECK(to >= f.timeline.scale().toUtcMs());

    // Camera a recorded 06:00-07:00 and 08:00-10:00; b nothing.
    f.timeline.setRanges("a", {{kNow - 4 * kHour, kNow - 3 * kHour}, {kNow - 2 * kHour, kNow}}, from, to);
    f.timeline.setRanges("b", {}, from, to);
    const QColor recorded = Palette::live();
    CHECK(f.pixel(kNow - 3 * kHour - kHour / 2, 0) == recorded);
    CHECK(f.pixel(kNow - 2 * kHour - kHour / 2, 0) != recorded); // the gap
    CHECK(f.pixel(kNow - kHour / 2, 0) == recorded);
    CHECK(f.pixel(kNow - kHour / 2, 1) != f.pixel(kNow - kHour / 2, 0)); // b has nothing

    // A small zoom stays inside what was asked; a jump a day back asks again.
    const int before = int(asked.size());
    f.timeline.setWindow(kNow - 3 * kHour, kNow - kHour);
    CHECK(asked.size() == before);
    f.timeline.setWindow(kNow - 28 * kHour, kNow - 24 * kHour);
    CHECK(asked.size() == before + 1);
}

TEST_CASE("Timeline: a click jumps there with an exact seek", "[ui][timeline]")
{
    Fixture f;
    f.timeline.setCameras({"a"}, "a");
    const double x = f.timeline.xForTime(kNow - 2 * kHour);
    const int y = f.timeline.rowRect(0).center().y();
    mouse(f.timeline, QEvent::MouseButtonPress, x, y, Qt::LeftButton, Qt::LeftButton);
    mouse(f.timeline, QEvent::MouseButtonRelease, x, y, Qt::LeftButton, Qt::NoButton);
    REQUIRE(f.control.calls.size() == 1);
    const QStringList parts = f.control.calls[0].split(' ');
    CHECK(parts[0] == "seek");
    CHECK(std::abs(parts[1].toLongLong() - (kNow - 2 * kHour)) <= f.timeline.scale().msPerPx());
    CHECK(parts[2] == "exact");
}

TEST_CASE("Timeline: a drag scrubs with a bounded number of inexact seeks and ends exact", "[ui][timeline]")
{
    Fixture f;
    f.timeline.setCameras({"a"}, "a");
    f.timeline.setMaxSeeksPerSecond(5);
    const int y = f.timeline.rowRect(0).center().y();
    const double x0 = f.timeline.xForTime(kNow - 3 * kHour);
    mouse(f.timeline, QEvent::MouseButtonPress, x0, y, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 200; ++i) // 200 moves in far less than a second
        mouse(f.timeline, QEvent::MouseMove, x0 + i, y, Qt::NoButton, Qt::LeftButton);
    const qsizetype during = f.control.calls.size();
    CHECK(during >= 1);
    CHECK(during <= 3);
    for (const QString &call : f.control.calls)
        CHECK(call.endsWith("inexact"));
    // The held-back position goes out when its turn comes, without another move.
    const qint64 lastMoveUtcMs = f.timeline.timeAtX(x0 + 200);
    REQUIRE(pantau::test::waitUntil(
        [&] { return f.control.calls.last() == QStringLiteral("seek %1 inexact").arg(lastMoveUtcMs); },
        pantau::test::kReactionBoundMs));
    mouse(f.timeline, QEvent::MouseButtonRelease, x0 + 210, y, Qt::LeftButton, Qt::NoButton);
    CHECK(f.control.calls.last() == QStringLiteral("seek %1 exact").arg(f.timeline.timeAtX(x0 + 210)));
}

TEST_CASE("Timeline: the wheel zooms around the pointer, Shift+wheel pans", "[ui][timeline]")
{
    Fixture f;
    f.timeline.setCameras({"a"}, "a");
    const double x = f.timeline.xForTime(kNow - kHour);
    const qint64 under = f.timeline.timeAtX(x);
    const qint64 span = f.timeline.scale().spanMs();
    wheel(f.timeline, x, 40, QPoint(0, 120));
    CHECK(f.timeline.scale().spanMs() < span);
    CHECK(std::abs(f.timeline.timeAtX(x) - under) <= f.timeline.scale().msPerPx());
    for (int i = 0; i < 100; ++i)
        wheel(f.timeline, x, 40, QPoint(0, -120));
    CHECK(f.timeline.scale().spanMs() == TimelineScale::kMaxSpanMs);
    const qint64 from = f.timeline.scale().fromUtcMs();
    wheel(f.timeline, x, 40, QPoint(0, 120), Qt::ShiftModifier);
    CHECK(f.timeline.scale().fromUtcMs() < from);
    CHECK(f.timeline.scale().spanMs() == TimelineScale::kMaxSpanMs);
}

TEST_CASE("Timeline: the playhead stays in view while the footage plays", "[ui][timeline]")
{
    Fixture f;
    f.control.enterPlayback({"a"}, "a", kNow - 3 * kHour);
    CHECK(f.timeline.scale().contains(kNow - 3 * kHour));
    f.control.moveTo(kNow - 30 * kHour); // the session jumped a day back
    CHECK(f.timeline.scale().contains(kNow - 30 * kHour));
    const qint64 span = f.timeline.scale().spanMs();
    f.control.moveTo(f.timeline.scale().toUtcMs() + 1000); // played past the right edge
    CHECK(f.timeline.scale().contains(f.control.positionMs));
    CHECK(f.timeline.scale().spanMs() == span);
}

TEST_CASE("Timeline: events are marked in their kind's colour and follow the event source", "[ui][timeline]")
{
    Fixture f;
    f.control.enterPlayback({"a", "b"}, "a", kNow - 3 * kHour);
    const int questions = f.events.questions;
    events::Event offline;
    offline.cameraId = "b";
    offline.kind = events::EventKind::CameraOffline;
    offline.startUtcMs = kNow - 2 * kHour;
    offline.endUtcMs = kNow - kHour;
    f.events.add(offline);
    CHECK(f.events.questions > questions);
    const QColor band = f.pixel(kNow - kHour - kHour / 2, 1);
    CHECK(band.red() > band.green()); // the failure colour over the row
    events::Event motion;
    motion.cameraId = "a";
    motion.kind = events::EventKind::Motion;
    motion.startUtcMs = kNow - 2 * kHour;
    motion.endUtcMs = kNow - 2 * kHour + 60'000;
    f.events.add(motion);
    const QImage image = f.timeline.grab().toImage();
    const QPoint marker(int(f.timeline.xForTime(motion.startUtcMs)), f.timeline.rowRect(0).top() + 1);
    CHECK(image.pixelColor(marker) == Palette::forEventKind(events::EventKind::Motion));
    // Events of cameras not on the timeline ask nothing.
    const int now = f.events.questions;
    motion.cameraId = "elsewhere";
    f.events.add(motion);
    CHECK(f.events.questions == now);
}

TEST_CASE("Timeline: [ and ] mark the export range at the playhead", "[ui][timeline]")
{
    Fixture f;
    QSignalSpy range(&f.timeline, &TimelineWidget::exportRangeChanged);
    f.control.enterPlayback({"a"}, "a", kNow - 2 * kHour);
    QKeyEvent open(QEvent::KeyPress, Qt::Key_BracketLeft, Qt::NoModifier, "[");
    QApplication::sendEvent(&f.timeline, &open);
    REQUIRE(range.size() == 1);
    CHECK(range.last()[0].toLongLong() == kNow - 2 * kHour);
    CHECK(range.last()[1].toLongLong() == 0);
    f.control.moveTo(kNow - kHour);
    QKeyEvent close(QEvent::KeyPress, Qt::Key_BracketRight, Qt::NoModifier, "]");
    QApplication::sendEvent(&f.timeline, &close);
    REQUIRE(range.size() == 2);
    CHECK(range.last()[0].toLongLong() == kNow - 2 * kHour);
    CHECK(range.last()[1].toLongLong() == kNow - kHour);
    // An in-point after the out-point: the two swap, the range stays in <= out.
    f.control.moveTo(kNow - 30 * 60'000);
    f.timeline.markIn();
    CHECK(f.timeline.exportInUtcMs() == kNow - kHour);
    CHECK(f.timeline.exportOutUtcMs() == kNow - 30 * 60'000);
    f.timeline.clearExportRange();
    CHECK(range.last()[0].toLongLong() == 0);
    CHECK(range.last()[1].toLongLong() == 0);
}

TEST_CASE("Palette: every event kind has a colour the recorded ranges do not use", "[ui][timeline][palette]")
{
    using events::EventKind;
    for (EventKind kind : {EventKind::Motion, EventKind::TamperCovered, EventKind::TamperDefocused,
                           EventKind::TamperMoved, EventKind::CameraOffline, EventKind::RecordingStopped})
        CHECK(Palette::forEventKind(kind) != Palette::live());
    CHECK(Palette::forEventKind(EventKind::Motion) != Palette::forEventKind(EventKind::TamperCovered));
    CHECK(Palette::forEventKind(EventKind::CameraOffline) == Palette::failure());
    CHECK(Palette::forEventKind(EventKind::Invalid) == Palette::unknown());
}
