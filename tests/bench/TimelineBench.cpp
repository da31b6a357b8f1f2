// pantau-timeline-bench: the playback timeline's paint (TimelineWidget::render into a QImage) with
// N cameras over D days of recorded ranges with realistic gaps (support/TimelineSampleData.h) and
// their events, the whole D days across the width and zoomed to the last hour, against a baseline
// in the same run: filling the same image. Reports p50 and p99 over --runs paints. Prints one JSON
// object. Performance is read, never asserted (issue 17's target: under 16 ms for 16 cameras, 7 days).
//
//   pantau-timeline-bench [--cameras 16] [--days 7] [--runs 200] [--width 1920]
//   pantau-timeline-bench --screenshot timeline-id.png   (the README's picture: the timeline and
//                                                         the bar in Indonesian, then exits)
//
// Threads: everything runs on the main thread.
#include "FakeEventSource.h"
#include "FakePlaybackControl.h"
#include "TimelineSampleData.h"
#include "core/i18n/LanguageManager.h"
#include "ui/playback/PlaybackPanel.h"
#include "ui/playback/TimelineWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace pantau;
using namespace pantau::playback;

namespace {
double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * (v.size() - 1) + 0.5))];
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

struct Times
{
    std::vector<double> wallMs; // what the operator waits
    std::vector<double> cpuMs;  // this thread's CPU: the same paint on a machine shared with others
};

template <typename F> Times measure(int runs, F &&work)
{
    Times times;
    work(); // warm: glyph caches, first allocation
    for (int i = 0; i < runs; ++i) {
        const double cpu = threadCpuMs();
        QElapsedTimer t;
        t.start();
        work();
        times.wallMs.push_back(t.nsecsElapsed() / 1e6);
        times.cpuMs.push_back(threadCpuMs() - cpu);
    }
    return times;
}

// The timeline and the bar in Indonesian, in playback at 02:14 on the night before, 16 Lumajang
// crossroads over two days, an export range marked.
int screenshot(const QString &path)
{
    pantau::LanguageManager language;
    if (!language.setLanguage("id"))
        return 2;
    const QTimeZone wib("Asia/Jakarta");
    const qint64 now = QDateTime(QDate(2026, 12, 3), QTime(10, 20), wib).toMSecsSinceEpoch();
    const qint64 at = QDateTime(QDate(2026, 12, 3), QTime(2, 14, 7), wib).toMSecsSinceEpoch();
    const QStringList names = {"Simpang Lampu Merah Sekayu",
                               "Jl. Merdeka - Pasar Baru",
                               "Alun-alun Lumajang",
                               "Terminal Minak Koncar",
                               "Jl. Panglima Sudirman",
                               "Simpang Tiga Klakah",
                               "Jembatan Kali Asem",
                               "Pasar Tukum",
                               "Stasiun Klakah",
                               "Jl. Gatot Subroto",
                               "Simpang Empat Tempeh",
                               "Kantor Bupati",
                               "RSUD dr. Haryoto",
                               "Jl. Ahmad Yani",
                               "Pasar Senduro",
                               "Simpang Yosowilangun"};
    const test::TimelineSample sample = test::makeTimelineSample(names, now - 7 * 86'400'000LL, now, 3);
    test::FakePlaybackControl control;
    test::FakeEventSource events;
    events.all = sample.events;
    PlaybackPanel panel;
    panel.setClock([now] { return now; });
    panel.setTimeZone(wib);
    panel.setControl(&control);
    panel.setEventSource(&events);
    panel.timeline()->setCameraNames(sample.names);
    control.enterPlayback(sample.cameraIds, sample.cameraIds.first(), at);
    control.paused = true;
    control.currentSpeed = 1;
    Q_EMIT control.stateChanged();
    for (const QString &id : sample.cameraIds)
        panel.timeline()->setRanges(id, sample.ranges.value(id), now - 8 * 86'400'000LL, now + 86'400'000LL);
    panel.resize(1280, panel.sizeHint().height());
    panel.timeline()->setWindow(QDateTime(QDate(2026, 12, 2), QTime(20, 0), wib).toMSecsSinceEpoch(),
                                QDateTime(QDate(2026, 12, 3), QTime(11, 0), wib).toMSecsSinceEpoch());
    control.moveTo(at - 4 * 60'000);
    panel.timeline()->markIn();
    control.moveTo(at + 11 * 60'000);
    panel.timeline()->markOut();
    control.moveTo(at);
    panel.show();
    QCoreApplication::processEvents();
    return panel.grab().save(path) ? 0 : 1;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"cameras", "Cameras on the timeline.", "n", "16"});
    parser.addOption({"days", "Days of recorded ranges.", "n", "7"});
    parser.addOption({"runs", "Paints measured per case.", "n", "200"});
    parser.addOption({"width", "Timeline width in pixels.", "px", "1920"});
    parser.addOption({"screenshot", "Save the README's screenshot to this file and exit.", "png"});
    parser.process(app);
    if (parser.isSet("screenshot"))
        return screenshot(parser.value("screenshot"));
    const int cameras = std::max(1, parser.value("cameras").toInt());
    const int days = std::max(1, parser.value("days").toInt());
    const int runs = std::max(1, parser.value("runs").toInt());
    const int width = std::max(400, parser.value("width").toInt());

    const QTimeZone wib("Asia/Jakarta");
    const qint64 now = QDateTime(QDate(2026, 12, 3), QTime(10, 0), wib).toMSecsSinceEpoch();
    const qint64 from = now - days * 86'400'000LL;
    QStringList names;
    for (int c = 0; c < cameras; ++c)
        names << QStringLiteral("Simpang %1").arg(c + 1);
    const test::TimelineSample sample = test::makeTimelineSample(names, from, now);

    test::FakePlaybackControl control;
    test::FakeEventSource events;
    events.all = sample.events;
    TimelineWidget timeline;
    timeline.setClock([now] { return now; });
    timeline.setTimeZone(wib);
    timeline.setControl(&control);
    timeline.setEventSource(&events);
    timeline.setCameraNames(sample.names);
    control.enterPlayback(sample.cameraIds, sample.cameraIds.first(), now - 3'600'000);
    timeline.resize(width, timeline.sizeHint().height());
    for (const QString &id : sample.cameraIds)
        timeline.setRanges(id, sample.ranges.value(id), from - 86'400'000LL, now + 86'400'000LL);
    timeline.setWindow(from, now);

    QImage image(timeline.size(), QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&] { timeline.render(&image); };
    const Times week = measure(runs, paint);
    timeline.setWindow(now - 3'600'000, now);
    const Times hour = measure(runs, paint);
    const Times fill = measure(runs, [&] { image.fill(QColor(22, 25, 30)); });

    const double weekP50 = percentile(week.wallMs, 0.5);
    const double fillP50 = percentile(fill.wallMs, 0.5);
    QJsonObject out;
    out["cameras"] = cameras;
    out["days"] = days;
    out["runs"] = runs;
    out["width_px"] = image.width();
    out["height_px"] = image.height();
    out["ranges"] = sample.rangeCount;
    out["events"] = int(sample.events.size());
    out["paint_7d_ms_p50"] = weekP50;
    out["paint_7d_ms_p99"] = percentile(week.wallMs, 0.99);
    out["paint_7d_cpu_ms_p50"] = percentile(week.cpuMs, 0.5);
    out["paint_7d_cpu_ms_p99"] = percentile(week.cpuMs, 0.99);
    out["paint_1h_ms_p50"] = percentile(hour.wallMs, 0.5);
    out["paint_1h_ms_p99"] = percentile(hour.wallMs, 0.99);
    out["paint_1h_cpu_ms_p50"] = percentile(hour.cpuMs, 0.5);
    out["baseline_fill_ms_p50"] = fillP50;
    out["baseline_fill_ms_p99"] = percentile(fill.wallMs, 0.99);
    out["ratio_7d_p50"] = fillP50 > 0 ? weekP50 / fillP50 : -1;
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
