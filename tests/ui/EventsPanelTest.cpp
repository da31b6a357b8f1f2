// The events panel "Peristiwa": the live list, its filters, acknowledge with a note, mute, a
// double-click that asks for the camera; a tile of a camera with an alarm flashes its border; the
// alarm tones are in the program. Headless (offscreen).
#include "CatchQt.h"
#include "ConsoleFixture.h"
#include "FakeAlarmSound.h"
#include "Skip.h"
#include "Wait.h"
#include "WallFixture.h"

#include "core/events/Alarm.h"
#include "core/events/EventStore.h"
#include "core/i18n/LanguageManager.h"
#include "ui/events/AcknowledgeDialog.h"
#include "ui/events/EventsPanel.h"
#include "ui/events/SoundEffectAlarmSound.h"
#include "ui/wall/TileView.h"
#include "ui/wall/WallView.h"
#include "ui/wall/WallWindow.h"

#include <QAudioDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMediaDevices>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSoundEffect>
#include <QTemporaryDir>

using namespace pantau;
using namespace pantau::events;
using namespace pantau::test;

namespace {

Site twoAreas()
{
    Site site;
    const QStringList names{"Simpang Lima Sekayu", "Pasar Babat Toman", "Jembatan Sungai Lilin"};
    const QStringList kecamatan{"Sekayu", "Babat Toman", "Sungai Lilin"};
    for (int i = 0; i < names.size(); ++i) {
        Camera c;
        c.id = QStringLiteral("cam-%1").arg(i);
        c.name = names[i];
        c.area = {"Musi Banyuasin", kecamatan[i]};
        c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/none"));
        site.cameras.push_back(c);
    }
    return site;
}

Event newEvent(const QString &cameraId, EventKind kind, qint64 agoMs)
{
    Event e;
    e.cameraId = cameraId;
    e.kind = kind;
    e.startUtcMs = QDateTime::currentMSecsSinceEpoch() - agoMs;
    return e;
}

// A picture like a camera's: sky, a road, a person in a box.
QImage streetPicture()
{
    QImage img(640, 360, QImage::Format_RGB32);
    QPainter p(&img);
    p.fillRect(0, 0, 640, 200, QColor(120, 160, 200));
    p.fillRect(0, 200, 640, 160, QColor(70, 70, 72));
    p.fillRect(0, 270, 640, 8, QColor(230, 230, 230));
    p.fillRect(60, 120, 120, 90, QColor(180, 90, 60));
    p.fillRect(430, 90, 160, 120, QColor(200, 190, 160));
    p.setBrush(QColor(40, 40, 120));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRect(300, 190, 26, 26));
    p.fillRect(296, 216, 34, 70, QColor(40, 40, 120));
    return img;
}

struct PanelFixture
{
    QTemporaryDir dir;
    SiteStore site{dir.filePath("site.json"), twoAreas()};
    EventStore store{dir.filePath("events")};
    FakeAlarmSound sound;
    std::unique_ptr<Alarm> alarm;
    std::unique_ptr<EventsPanel> panel;

    PanelFixture()
    {
        REQUIRE(store.open());
        alarm = std::make_unique<Alarm>(&store, &sound);
        panel = std::make_unique<EventsPanel>(&store, alarm.get(), &site);
        panel->resize(420, 640);
        panel->show();
    }
};

} // namespace

TEST_CASE("The events panel lists new events at once with camera, kecamatan and kind", "[ui][events]")
{
    PanelFixture fx;
    CHECK(fx.panel->list()->count() == 0);
    fx.store.add(newEvent("cam-0", EventKind::CameraOffline, 60'000));
    REQUIRE(fx.panel->list()->count() == 1);
    const QString text = fx.panel->list()->item(0)->text();
    CHECK(text.contains("Simpang Lima Sekayu"));
    CHECK(text.contains("Sekayu"));
    CHECK(text.contains("Camera offline"));
    CHECK(text.contains("Unacknowledged"));
    CHECK(fx.panel->windowTitle() == "Events");
}

TEST_CASE("The events panel filters by kind, kecamatan, time and unacknowledged", "[ui][events]")
{
    PanelFixture fx;
    const qint64 motion = fx.store.add(newEvent("cam-0", EventKind::Motion, 60'000));
    const qint64 offline = fx.store.add(newEvent("cam-1", EventKind::CameraOffline, 120'000));
    Event covered = newEvent("cam-2", EventKind::TamperCovered, 3 * 86'400'000LL);
    covered.endUtcMs = covered.startUtcMs + 60'000; // an event still going on is in every window
    const qint64 old = fx.store.add(covered);
    CHECK(fx.panel->list()->count() == 2); // the last 24 hours by default

    fx.panel->timeFilter()->setCurrentIndex(fx.panel->timeFilter()->count() - 1); // any time
    CHECK(fx.panel->list()->count() == 3);

    fx.panel->kindFilter()->setCurrentIndex(fx.panel->kindFilter()->findData(int(EventKind::CameraOffline)));
    REQUIRE(fx.panel->shownEvents().size() == 1);
    CHECK(fx.panel->shownEvents().first().id == offline);
    fx.panel->kindFilter()->setCurrentIndex(0);

    fx.panel->areaFilter()->setCurrentIndex(fx.panel->areaFilter()->findData(QStringLiteral("Sungai Lilin")));
    REQUIRE(fx.panel->shownEvents().size() == 1);
    CHECK(fx.panel->shownEvents().first().id == old);
    fx.panel->areaFilter()->setCurrentIndex(0);

    fx.panel->acknowledge(motion, "Sari", "");
    fx.panel->unacknowledgedOnly()->setChecked(true);
    CHECK(fx.panel->list()->count() == 2);
    for (const Event &e : fx.panel->shownEvents())
        CHECK(e.id != motion);
}

TEST_CASE("Acknowledging an event in the panel keeps who, when and the note", "[ui][events]")
{
    PanelFixture fx;
    const qint64 id = fx.store.add(newEvent("cam-1", EventKind::TamperCovered, 30'000));
    CHECK(fx.alarm->isRepeating());
    fx.panel->selectEvent(id);
    CHECK(fx.panel->acknowledgeButton()->isEnabled());
    CHECK_FALSE(fx.panel->acknowledge(id, "  ", "no name")); // a name is required
    REQUIRE(fx.panel->acknowledge(id, "Sari", "Petugas dikirim ke lokasi"));
    const Event e = *fx.store.event(id);
    CHECK(e.acknowledgedBy == "Sari");
    CHECK(e.acknowledgeNote == "Petugas dikirim ke lokasi");
    CHECK(std::abs(e.acknowledgedUtcMs - QDateTime::currentMSecsSinceEpoch()) < 60'000);
    CHECK(fx.panel->list()->item(0)->text().contains("Acknowledged by Sari"));
    CHECK(fx.panel->list()->item(0)->text().contains("Petugas dikirim ke lokasi"));
    CHECK_FALSE(fx.panel->acknowledgeButton()->isEnabled());
    CHECK(fx.panel->operatorName() == "Sari"); // offered next time
    CHECK_FALSE(fx.alarm->isRepeating());
}

TEST_CASE("The acknowledge dialog asks for a name before it accepts", "[ui][events]")
{
    AcknowledgeDialog dialog("Simpang Lima Sekayu · Camera offline", QString(),
                             QDateTime::currentMSecsSinceEpoch());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.whoEdit()->setText("Budi");
    dialog.noteEdit()->setPlainText("  Kabel diperbaiki  ");
    CHECK(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK(dialog.who() == "Budi");
    CHECK(dialog.note() == "Kabel diperbaiki");
}

TEST_CASE("A double-click on an event asks for its camera at the event's start", "[ui][events]")
{
    PanelFixture fx;
    Event e = newEvent("cam-2", EventKind::Motion, 10'000);
    fx.store.add(e);
    QString camera;
    qint64 start = 0;
    QObject::connect(fx.panel.get(), &EventsPanel::cameraRequested, [&](const QString &id, qint64 atUtcMs) {
        camera = id;
        start = atUtcMs;
    });
    REQUIRE(fx.panel->list()->count() == 1);
    Q_EMIT fx.panel->list()->itemActivated(fx.panel->list()->item(0));
    CHECK(camera.isEmpty()); // nothing selected yet
    fx.panel->list()->setCurrentRow(0);
    Q_EMIT fx.panel->list()->itemActivated(fx.panel->list()->item(0));
    CHECK(camera == "cam-2");
    CHECK(start == e.startUtcMs);
}

TEST_CASE("The panel's mute buttons silence the alarm for 5 or 15 minutes", "[ui][events]")
{
    PanelFixture fx;
    fx.panel->muteShortButton()->click();
    CHECK(fx.alarm->isMuted());
    const qint64 left = fx.alarm->mutedUntilUtcMs() - QDateTime::currentMSecsSinceEpoch();
    CHECK(left > 4 * 60'000);
    CHECK(left <= 5 * 60'000);
    CHECK(fx.panel->muteLabel()->text().startsWith("Alarm sound muted until"));
    fx.panel->muteLongButton()->click();
    CHECK(fx.alarm->mutedUntilUtcMs() - QDateTime::currentMSecsSinceEpoch() > 14 * 60'000);
    fx.store.add(newEvent("cam-0", EventKind::CameraOffline, 0));
    CHECK(fx.sound.played.isEmpty());
}

TEST_CASE("The tile of a camera with an alarm flashes its border until it is acknowledged",
          "[ui][events][wall]")
{
    WallFixture fx;
    EventStore store(fx.dir.filePath("events"));
    REQUIRE(store.open());
    FakeAlarmSound sound;
    Alarm alarm(&store, &sound);
    fx.addLayout("2x2", {"cam0", "cam1", "cam2", "cam3"}, "grid");
    WallContext context = fx.context();
    context.alarm = &alarm;
    WallWindow window(context, QGuiApplication::primaryScreen());
    window.resize(960, 540);
    window.show();
    const QVector<TileView *> tiles = window.view()->tiles();
    REQUIRE(tiles.size() == 4);
    TileView *tile1 = nullptr;
    for (TileView *t : tiles)
        if (t->cameraId() == "cam1")
            tile1 = t;
    REQUIRE(tile1);
    for (TileView *t : tiles)
        CHECK_FALSE(t->isFlashing());

    const qint64 id = store.add(newEvent("cam1", EventKind::TamperMoved, 0));
    CHECK(tile1->isFlashing());
    for (TileView *t : tiles)
        CHECK(t->isFlashing() == (t == tile1));
    // The border is painted red in one of the flash phases.
    auto borderRed = [&] {
        const QColor c = tile1->grab().toImage().pixelColor(tile1->width() / 2, 1);
        return c.red() > 180 && c.green() < 100 && c.blue() < 100;
    };
    REQUIRE(waitUntil(borderRed, kReactionBoundMs));
    store.acknowledge(id, "Sari", QDateTime::currentMSecsSinceEpoch(), QString());
    CHECK_FALSE(tile1->isFlashing());
    CHECK_FALSE(borderRed());
}

TEST_CASE("The alarm tones are WAV files compiled into the program", "[ui][events]")
{
    for (AlarmTone tone : {AlarmTone::High, AlarmTone::Medium}) {
        const QString source = SoundEffectAlarmSound::sourceOf(tone);
        QFile f(source.mid(3)); // "qrc:/sounds/..." -> ":/sounds/..."
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(12);
        CHECK(head.startsWith("RIFF"));
        CHECK(head.mid(8, 4) == "WAVE");
        CHECK(f.size() > 10'000);
    }
    SoundEffectAlarmSound sound;
    CHECK(sound.effect(AlarmTone::High)->source().toString() == "qrc:/sounds/alarm-high.wav");
    CHECK(sound.effect(AlarmTone::None) == nullptr);
}

TEST_CASE("The high alarm tone plays on the audio device and stops on request", "[ui][events]")
{
    if (QMediaDevices::audioOutputs().isEmpty()) {
        skipTest("no audio output device on this machine");
        return;
    }
    SoundEffectAlarmSound sound;
    QSoundEffect *high = sound.effect(AlarmTone::High);
    REQUIRE(waitUntil([&] { return high->status() != QSoundEffect::Loading; }, kReactionBoundMs));
    REQUIRE(high->status() == QSoundEffect::Ready);
    sound.play(AlarmTone::High);
    CHECK(waitUntil([&] { return high->isPlaying(); }, kReactionBoundMs));
    sound.stop();
    CHECK(waitUntil([&] { return !high->isPlaying(); }, kReactionBoundMs));
}

TEST_CASE("The events panel in Indonesian with a snapshot and an acknowledged event", "[ui][events]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    {
        PanelFixture fx;
        fx.panel->resize(400, 560);
        fx.store.add(newEvent("cam-2", EventKind::RecordingStopped, 50 * 60'000));
        const qint64 offline = fx.store.add(newEvent("cam-1", EventKind::CameraOffline, 40 * 60'000));
        fx.panel->acknowledge(offline, "Sari", "Petugas dikirim ke lokasi");
        fx.store.end(offline, QDateTime::currentMSecsSinceEpoch() - 25 * 60'000);
        Event motion = newEvent("cam-0", EventKind::Motion, 3 * 60'000);
        motion.box = QRectF(0.45, 0.5, 0.09, 0.32);
        fx.store.add(motion, streetPicture());
        REQUIRE(fx.panel->list()->count() == 3);
        CHECK(fx.panel->windowTitle() == "Peristiwa");
        CHECK(fx.panel->unacknowledgedOnly()->text() == "Belum ditanggapi");
        CHECK(fx.panel->muteShortButton()->text() == "Bisukan 5 menit");
        CHECK(fx.panel->list()->item(0)->text().contains("Gerakan terdeteksi"));
        CHECK(fx.panel->list()->item(1)->text().contains("Ditanggapi oleh Sari"));
        fx.panel->selectEvent(offline);
        if (const QString dir = qEnvironmentVariable("PANTAU_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QMainWindow window; // docked as in the console
            window.resize(400, 600);
            fx.panel->setParent(&window);
            window.addDockWidget(Qt::BottomDockWidgetArea, fx.panel.get());
            window.show();
            fx.panel->show();
            window.grab().save(QDir(dir).filePath("events-id.png"));
            fx.panel->setParent(nullptr);
        }
    }
    REQUIRE(language.setLanguage("en"));
}

TEST_CASE("Tanggapi asks who and what in a dialog and records the answer", "[ui][events]")
{
    PanelFixture fx;
    const qint64 id = fx.store.add(newEvent("cam-0", EventKind::CameraOffline, 5'000));
    fx.panel->selectEvent(id);
    bool asked = false;
    onNextModal<AcknowledgeDialog>([&](AcknowledgeDialog *dialog) {
        asked = true;
        dialog->whoEdit()->setText("Budi");
        dialog->noteEdit()->setPlainText("Kabel jaringan diperbaiki");
        dialog->accept();
    });
    fx.panel->acknowledgeButton()->click();
    CHECK(asked);
    const Event e = *fx.store.event(id);
    CHECK(e.acknowledgedBy == "Budi");
    CHECK(e.acknowledgeNote == "Kabel jaringan diperbaiki");
}

TEST_CASE("The console docks the events panel below its lists", "[ui][events]")
{
    WallFixture wall;
    Console console(wall);
    REQUIRE(console.language.setLanguage("id"));
    EventStore store(wall.dir.filePath("events"));
    REQUIRE(store.open());
    Alarm alarm(&store, nullptr);
    auto *panel = new EventsPanel(&store, &alarm, wall.store.get(), &console.window);
    console.window.addDockWidget(Qt::BottomDockWidgetArea, panel);
    console.window.resize(400, 900);
    console.window.show();
    store.add(newEvent("cam1", EventKind::CameraOffline, 90'000));
    CHECK(console.window.dockWidgetArea(panel) == Qt::BottomDockWidgetArea);
    CHECK(panel->list()->count() == 1);
    CHECK(panel->isVisible());
    CHECK(panel->height() > 200);
    if (const QString dir = qEnvironmentVariable("PANTAU_SCREENSHOT_DIR"); !dir.isEmpty())
        console.window.grab().save(QDir(dir).filePath("console-events-id.png"));
    REQUIRE(console.language.setLanguage("en"));
}

TEST_CASE("The events panel follows a language switch at runtime", "[ui][events]")
{
    PanelFixture fx;
    fx.store.add(newEvent("cam-0", EventKind::TamperCovered, 1'000));
    LanguageManager language;
    REQUIRE(language.setLanguage("en"));
    CHECK(fx.panel->windowTitle() == "Events");
    const int kindIndex = 3;
    fx.panel->kindFilter()->setCurrentIndex(0);
    fx.panel->timeFilter()->setCurrentIndex(2); // the last 7 days
    REQUIRE(language.setLanguage("id"));
    REQUIRE(waitUntil([&] { return fx.panel->windowTitle() == "Peristiwa"; }, kReactionBoundMs));
    CHECK(fx.panel->list()->item(0)->text().contains("Kamera tertutup"));
    CHECK(fx.panel->timeFilter()->currentIndex() == 2); // the filters stay as chosen
    CHECK(fx.panel->timeFilter()->currentText() == "7 hari terakhir");
    CHECK(fx.panel->kindFilter()->itemText(kindIndex) == "Kamera tidak fokus");
    REQUIRE(language.setLanguage("en"));
}
