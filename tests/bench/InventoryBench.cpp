// pantau-inventory-bench: the camera inventory at regency scale. Generates the Lumajang CSV
// (tests/support/LumajangSite.h, 15 cameras per desa), then measures
//   - CSV import (importCameras), median of --runs runs;
//   - building the console tree (CameraTreeModel::setCameras with the filter and view attached),
//     alone and until the tree is painted;
//   - search as you type: key presses into a QLineEdit wired to the filter as ConsoleWindow wires
//     it (setSearchText, expandAll), each timed until the QTreeView has laid out and painted the
//     result; against a baseline, in the same run, of a plain case-insensitive `contains` over the
//     cameras' search strings for the same text.
// Prints one JSON object. Performance is read, never asserted.
//
//   pantau-inventory-bench [--cameras N] [--runs R]
//
// Threads: everything runs on the GUI thread.
#include "LumajangSite.h"
#include "ProcessStats.h"
#include "core/inventory/CameraCsv.h"
#include "ui/console/CameraTreeModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pantau;

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

double maxOf(const std::vector<double> &v)
{
    return v.empty() ? -1 : *std::max_element(v.begin(), v.end());
}

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// What the tree model searches for each camera (CameraTreeModel::SearchTextRole).
QStringList searchStrings(const QVector<Camera> &cameras)
{
    QStringList out;
    for (const Camera &c : cameras)
        out << QStringList({c.name, c.area.join(' '), c.owner, c.tags.join(' ')}).join(' ').toLower();
    return out;
}

int plainSearch(const QStringList &haystacks, const QString &text)
{
    const QStringList terms = text.toLower().split(' ', Qt::SkipEmptyParts);
    int matches = 0;
    for (const QString &h : haystacks) {
        bool all = true;
        for (const QString &t : terms)
            all = all && h.contains(t);
        matches += all;
    }
    return matches;
}

void sendKey(QWidget *target, int key, const QString &text, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(target, &release);
}

int countCameras(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        n += i.data(CameraTreeModel::CameraIdRole).toString().isEmpty() ? countCameras(model, i) : 1;
    }
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"cameras", "Cameras in the generated inventory.", "N", "1000"});
    parser.addOption({"runs", "Runs of each measurement.", "R", "7"});
    parser.process(app);
    const int cameraCount = std::clamp(parser.value("cameras").toInt(), 1, cameracsv::kMaxRows);
    const int runs = std::max(1, parser.value("runs").toInt());

    // CSV import.
    const QVector<Camera> generated = test::lumajangCameras(cameraCount);
    const QByteArray csv = test::lumajangCsv(generated);
    std::vector<double> importMs;
    CsvImportResult imported;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        imported = importCameras(csv, {});
        importMs.push_back(msSince(t));
    }
    if (imported.cameras.size() != cameraCount) {
        std::fprintf(stderr, "import gave %d cameras of %d: %s\n", int(imported.cameras.size()), cameraCount,
                     qPrintable(imported.summary()));
        return 1;
    }

    // A console-like camera pane: search box over the tree, wired as ConsoleWindow wires it.
    QWidget pane;
    auto *search = new QLineEdit;
    auto *view = new QTreeView;
    auto *layout = new QVBoxLayout(&pane);
    layout->addWidget(search);
    layout->addWidget(view, 1);
    CameraTreeModel model;
    CameraFilterModel filter;
    filter.setSourceModel(&model);
    view->setModel(&filter);
    view->setHeaderHidden(true);
    view->setUniformRowHeights(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Where a keystroke's time goes: the filter, then expanding the tree (painting is the rest).
    std::vector<double> filterMs, expandMs;
    QObject::connect(search, &QLineEdit::textChanged, view, [&](const QString &text) {
        QElapsedTimer t;
        t.start();
        filter.setSearchText(text);
        filterMs.push_back(msSince(t));
        t.restart();
        if (!text.isEmpty())
            view->expandAll();
        expandMs.push_back(msSince(t));
    });
    pane.resize(380, 900);
    pane.show();
    QApplication::processEvents();

    // Tree build: setCameras alone, and until the tree is laid out and painted (ConsoleWindow's
    // reloadCameras expands the first two levels).
    std::vector<double> buildMs, shownMs;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        model.setCameras(imported.cameras);
        buildMs.push_back(msSince(t));
        view->expandToDepth(1);
        QApplication::processEvents();
        (void)view->grab();
        shownMs.push_back(msSince(t));
    }

    // Search as you type, and the plain-contains baseline for the same texts.
    const QStringList haystacks = searchStrings(imported.cameras);
    const QStringList queries = {"sukodono 01", "rawan-banjir", "polres", "desa tempeh"};
    std::vector<double> keystrokeMs, baselineMs;
    int lastVisible = 0;
    for (int r = 0; r < runs; ++r) {
        for (const QString &query : queries) {
            for (int i = 0; i <= query.size(); ++i) {
                const bool clearing = i == query.size(); // select all, then Backspace
                if (clearing)
                    search->selectAll();
                QElapsedTimer t;
                t.start();
                if (clearing)
                    sendKey(search, Qt::Key_Backspace, QString());
                else
                    sendKey(search, query[i].toUpper().unicode(), QString(query[i]));
                QApplication::processEvents();
                (void)view->grab();
                keystrokeMs.push_back(msSince(t));

                std::vector<double> plain;
                for (int b = 0; b < 5; ++b) {
                    QElapsedTimer bt;
                    bt.start();
                    const int matches = plainSearch(haystacks, search->text());
                    plain.push_back(msSince(bt));
                    if (matches < 0)
                        return 1; // keeps the loop from being optimised away
                }
                baselineMs.push_back(median(plain));
                if (!clearing && i == query.size() - 1)
                    lastVisible = countCameras(filter);
            }
        }
    }
    if (search->text() != QString() || countCameras(filter) != cameraCount) {
        std::fprintf(stderr, "the search box did not end empty with every camera shown\n");
        return 1;
    }

    const double keystrokeMedian = median(keystrokeMs), baselineMedian = median(baselineMs);
    const QJsonObject out{
        {"cameras", cameraCount},
        {"csv_bytes", csv.size()},
        {"runs", runs},
        {"import_ms_median", median(importMs)},
        {"import_ms_max", maxOf(importMs)},
        {"model_build_ms_median", median(buildMs)},
        {"tree_shown_ms_median", median(shownMs)},
        {"keystrokes", int(keystrokeMs.size())},
        {"keystroke_ms_median", keystrokeMedian},
        {"keystroke_ms_max", maxOf(keystrokeMs)},
        {"keystroke_filter_ms_median", median(filterMs)},
        {"keystroke_filter_ms_max", maxOf(filterMs)},
        {"keystroke_expand_ms_median", median(expandMs)},
        {"keystroke_expand_ms_max", maxOf(expandMs)},
        {"baseline_ms_median", baselineMedian},
        // The filter against the plain search: the filter's own time, not the whole keystroke
        // (which also expands and paints the tree); the whole keystroke has its own ratio.
        {"filter_ratio", baselineMedian > 0 && !filterMs.empty() ? median(filterMs) / baselineMedian : -1},
        {"keystroke_ratio", baselineMedian > 0 ? keystrokeMedian / baselineMedian : -1},
        {"visible_after_last_query", lastVisible},
        {"rss_mb", test::rssMb()},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
