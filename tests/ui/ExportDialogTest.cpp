// The evidence export dialog on the offscreen platform: two of the layout's cameras chosen, the
// range from the timeline's marks, a folder, "kunci rekaman"; two jobs in its queue with their
// progress bars, run one at a time to "Done" with the files on disk; a waiting job cancelled; an
// incomplete choice refused with a reason.
#include "ui/playback/ExportDialog.h"
#include "Wait.h"
#include "core/media/GstPtr.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

#include <gst/gst.h>

using namespace pantau;
using namespace pantau::playback;
using pantau::test::kStateBoundMs;
using pantau::test::waitUntil;

namespace {

// A few seconds of H.264 in an MP4, as a recorded segment.
QString makeClip(const QString &path)
{
    GError *raw = nullptr;
    GstElement *parsed =
        gst_parse_launch("videotestsrc num-buffers=75 ! video/x-raw,width=160,height=90,framerate=25/1 ! "
                         "x264enc key-int-max=25 bframes=0 speed-preset=ultrafast ! h264parse ! "
                         "mp4mux fragment-duration=1000 streamable=true ! filesink name=sink",
                         &raw);
    gst::ErrorPtr error(raw);
    REQUIRE(parsed);
    gst::ElementPtr pipeline(GST_ELEMENT(gst_object_ref_sink(parsed)));
    gst::ElementPtr sink(gst_bin_get_by_name(GST_BIN(pipeline.get()), "sink"));
    g_object_set(sink.get(), "location", QFile::encodeName(path).constData(), nullptr);
    gst::BusPtr bus(gst_element_get_bus(pipeline.get()));
    gst_element_set_state(pipeline.get(), GST_STATE_PLAYING);
    gst::MessagePtr m(gst_bus_timed_pop_filtered(bus.get(), 30 * GST_SECOND,
                                                 GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR)));
    REQUIRE(m);
    REQUIRE(GST_MESSAGE_TYPE(m.get()) == GST_MESSAGE_EOS);
    gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    return path;
}

// Every camera's footage is the same clip, repeated; locks are counted.
class ClipSource : public ArchiveSource
{
public:
    QString clip;
    qint64 t0 = 0;
    int repeats = 1;
    int locks = 0;
    QString displayName() const override { return QStringLiteral("PC ini"); }
    void ranges(
        const QStringList &, qint64, qint64,
        std::function<void(const QHash<QString, QVector<TimeRange>> &, const RecorderError &)> done) override
    {
        QTimer::singleShot(0, this, [done] { done({}, {}); });
    }
    void segments(const QString &cameraId, qint64, qint64,
                  std::function<void(const QVector<ArchiveSegment> &, const RecorderError &)> done) override
    {
        QVector<ArchiveSegment> out;
        for (int i = 0; i < repeats; ++i) {
            ArchiveSegment s;
            s.id = i + 1;
            s.cameraId = cameraId;
            s.url = QUrl::fromLocalFile(clip);
            s.startUtcMs = t0 + i * 3000;
            s.endUtcMs = s.startUtcMs + 3000;
            s.bytes = QFileInfo(clip).size();
            s.codec = "h264";
            out << s;
        }
        QTimer::singleShot(0, this, [done, out] { done(out, {}); });
    }
    void lock(const QString &, qint64, qint64, bool,
              std::function<void(int, const RecorderError &)> done) override
    {
        ++locks;
        QTimer::singleShot(0, this, [done] { done(1, {}); });
    }
};

QVector<Camera> layoutCameras()
{
    QVector<Camera> cameras;
    for (const auto &[id, name] :
         {std::pair{"cam-a", "Simpang Lampu Merah Sekayu"}, std::pair{"cam-b", "Alun-Alun"},
          std::pair{"cam-c", "Terminal Minak Koncar"}}) {
        Camera c;
        c.id = id;
        c.name = name;
        c.area = {"Lumajang", "Lumajang", "Ditotrunan", name};
        cameras << c;
    }
    return cameras;
}

} // namespace

TEST_CASE("The export dialog queues one job per chosen camera and shows each one's progress to done",
          "[ui][playback][export]")
{
    QTemporaryDir dir;
    ClipSource source;
    source.clip = makeClip(dir.filePath("clip.mp4"));
    source.t0 = 1'796'000'000'000;
    source.repeats = 4;
    ExportQueue queue;
    ui::ExportDialog dialog(layoutCameras(), &queue, [&](const QString &) { return &source; });
    dialog.setOperatorName("petugas-uji");
    dialog.show();
    dialog.setRange(source.t0 + 1500, source.t0 + 7000); // the timeline's marks
    dialog.setSelectedCameras({"cam-a", "cam-c"});
    auto *list = dialog.findChild<QListWidget *>("cameraList");
    REQUIRE(list);
    CHECK(list->count() == 3);
    CHECK(dialog.selectedCameras() == QStringList{"cam-a", "cam-c"});
    CHECK(dialog.inUtcMs() == source.t0 + 1000); // the edits hold whole seconds
    CHECK(dialog.outUtcMs() == source.t0 + 7000);
    dialog.findChild<QLineEdit *>("folderEdit")->setText(dir.filePath("bukti"));
    REQUIRE(dialog.findChild<QCheckBox *>("lockCheck")->isChecked());

    dialog.findChild<QPushButton *>("exportButton")->click();
    auto *table = dialog.findChild<QTableWidget *>("jobTable");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == "Simpang Lampu Merah Sekayu");
    CHECK(table->item(1, 0)->text() == "Terminal Minak Koncar");
    CHECK(qobject_cast<QProgressBar *>(table->cellWidget(0, 1)));
    REQUIRE(waitUntil([&] { return queue.isIdle(); }, kStateBoundMs));
    for (int row = 0; row < 2; ++row) {
        INFO(table->item(row, 2)->text().toStdString());
        CHECK(table->item(row, 2)->text().startsWith("Done: "));
        CHECK(qobject_cast<QProgressBar *>(table->cellWidget(row, 1))->value() == 100);
    }
    CHECK(source.locks == 2);
    const QStringList files = QDir(dir.filePath("bukti")).entryList(QDir::Files | QDir::Hidden);
    CHECK(files.size() == 8);
    CHECK(files.filter(".mp4.sha256").size() == 2);
}

TEST_CASE("The export dialog cancels a waiting job from its row", "[ui][playback][export]")
{
    QTemporaryDir dir;
    ClipSource source;
    source.clip = makeClip(dir.filePath("clip.mp4"));
    source.t0 = 1'796'000'000'000;
    source.repeats = 2;
    ExportQueue queue;
    ui::ExportDialog dialog(layoutCameras(), &queue, [&](const QString &) { return &source; });
    dialog.show();
    dialog.setRange(source.t0, source.t0 + 6000);
    dialog.setSelectedCameras({"cam-a", "cam-b"});
    dialog.setOutputFolder(dir.filePath("bukti"));
    dialog.findChild<QCheckBox *>("lockCheck")->setChecked(false);
    REQUIRE(dialog.startExport());
    auto *table = dialog.findChild<QTableWidget *>("jobTable");
    REQUIRE(table->rowCount() == 2);
    auto *cancelSecond = qobject_cast<QPushButton *>(table->cellWidget(1, 3));
    REQUIRE(cancelSecond);
    cancelSecond->click();
    CHECK(table->item(1, 2)->text() == "Cancelled");
    CHECK_FALSE(cancelSecond->isEnabled());
    REQUIRE(waitUntil([&] { return queue.isIdle(); }, kStateBoundMs));
    CHECK(table->item(0, 2)->text().startsWith("Done: "));
    CHECK(source.locks == 0);
    CHECK(QDir(dir.filePath("bukti")).entryList(QDir::Files | QDir::Hidden).size() == 4);
}

TEST_CASE("The export dialog refuses an incomplete choice and says why", "[ui][playback][export]")
{
    ExportQueue queue;
    ui::ExportDialog dialog(layoutCameras(), &queue, [](const QString &) { return nullptr; });
    auto *message = dialog.findChild<QLabel *>("messageLabel");
    CHECK_FALSE(dialog.startExport());
    CHECK(message->text() == "Choose at least one camera.");
    dialog.setSelectedCameras({"cam-a"});
    dialog.setRange(2'000'000, 1'000'000);
    CHECK_FALSE(dialog.startExport());
    CHECK(message->text() == "The end must be after the start.");
    dialog.setRange(1'000'000, 2'000'000);
    CHECK_FALSE(dialog.startExport());
    CHECK(message->text() == "Choose the folder to export to.");
    CHECK(queue.isIdle());
}
