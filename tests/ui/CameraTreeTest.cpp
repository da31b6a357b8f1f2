// The 1,000-camera Lumajang inventory imported from CSV (with bad rows of every kind), then shown
// in the console's camera tree: branch counts per kecamatan and desa, and the search box.
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "LumajangSite.h"
#include "core/inventory/CameraCsv.h"
#include "ui/common/DragPayload.h"
#include "ui/common/Palette.h"
#include "ui/console/CameraTreeModel.h"

#include <QMimeData>
#include <QSet>
#include <QTreeView>

using namespace pantau;
using namespace pantau::test;

namespace {
struct CsvWithBadRows
{
    QByteArray bytes;
    QVector<int> badLines; // where each bad row starts, in file order
};

// The generated CSV with seven bad rows, each after the given good camera (0-based).
CsvWithBadRows lumajangCsvWithBadRows(const QVector<Camera> &cameras)
{
    const QList<QPair<int, QByteArray>> bad = {
        {10, "lmj-x01,Simpang Tiga Baru,Dishub,Lumajang,Sukodono,Desa Sukodono 01,,-8.0,113.0,"
             "rtsp//10.2.1.99/Streaming/Channels/101,,,operator,rahasia,tidak,lalu-lintas,ya"},
        {100,
         "lmj-0005,Jalan Raya Utara Lagi,Dishub,Lumajang,Senduro,Desa Senduro 01,,,,rtsp://10.3.1.99/a,,,,,,"
         "lalu-lintas,ya"},
        {250, "lmj-x03,\"Pasar\r\nBaru Klakah\",Diskominfo,Lumajang,Klakah,Desa Klakah 04,,-98.1,113.1,"
              "rtsp://10.7.4.99/a,,,,,,pasar,ya"},
        {400,
         "lmj-x04,Gapura Baru,Polres,Lumajang,Tempeh,Desa Tempeh 01,,,,rtsp://10.17.1.99/a,,,,,ya,keamanan,"
         "mungkin"},
        {555, "lmj-x05,,Polres,Lumajang,Tempeh,Desa Tempeh 02,,,,rtsp://10.17.2.99/a,,,,,,keamanan,ya"},
        {777,
         "cam-kantor-bupati,Kantor Bupati Lumajang,Diskominfo,Lumajang,Lumajang,Kelurahan Lumajang 01,,,,"
         "rtsp://10.1.8.1/a,,,,,,pemerintahan,ya"},
        {999,
         "lmj-x07,Tepi Sungai Baru,Diskominfo,Lumajang,Pasirian,Desa Pasirian 02,,,113.3,rtsp://10.16.2.99/a,"
         ",,,,,rawan-banjir,ya"},
    };
    CsvWithBadRows out;
    out.bytes = lumajangCsvHeader() + "\r\n";
    int line = 2;
    auto append = [&](const QByteArray &row) {
        out.bytes += row + "\r\n";
        line += 1 + int(row.count('\n'));
    };
    for (int i = 0; i < cameras.size(); ++i) {
        append(lumajangCsvRow(cameras[i]));
        for (const auto &[after, row] : bad) {
            if (after == i) {
                out.badLines << line;
                append(row);
            }
        }
    }
    return out;
}

QStringList report(const CsvImportResult &r)
{
    QStringList lines;
    for (const CsvProblem &p : r.problems)
        lines << p.text();
    return lines;
}

// Camera ids the filtered tree shows, at any depth.
QSet<QString> visibleCameraIds(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        const QString id = i.data(CameraTreeModel::CameraIdRole).toString();
        if (!id.isEmpty())
            ids.insert(id);
        ids += visibleCameraIds(model, i);
    }
    return ids;
}

QSet<QString> idsWhere(const QVector<Camera> &cameras, const std::function<bool(const Camera &)> &keep)
{
    QSet<QString> ids;
    for (const Camera &c : cameras)
        if (keep(c))
            ids.insert(c.id);
    return ids;
}

// "Sukodono (60)" of every child of `parent`, by branch name.
QList<QPair<QString, QString>> branches(const QStandardItemModel &model, const QModelIndex &parent)
{
    QList<QPair<QString, QString>> out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        out.push_back({i.data(CameraTreeModel::BranchNameRole).toString(), i.data().toString()});
    }
    return out;
}
} // namespace

TEST_CASE("The 1000-camera Lumajang CSV imports with an exact report of its bad rows", "[ui][csv][inventory]")
{
    const QVector<Camera> cameras = lumajangCameras(1000);
    REQUIRE(cameras.size() == 1000);
    const CsvWithBadRows csv = lumajangCsvWithBadRows(cameras);
    CHECK(csv.badLines == QVector<int>{13, 104, 255, 407, 563, 786, 1009});

    Camera bupati;
    bupati.id = "cam-kantor-bupati";
    bupati.name = "Kantor Bupati Lumajang";
    const CsvImportResult r = importCameras(csv.bytes, {bupati});
    CHECK(report(r) == QStringList{
                           "Line 13: the main stream address is not a valid RTSP or HTTP URL",
                           "Line 104: the id \"lmj-0005\" is already used on line 6",
                           "Line 255: latitude must be between -90 and 90",
                           "Line 407: \"mungkin\" is not a valid value for enabled (use ya/tidak, yes/no, "
                           "true/false or 1/0)",
                           "Line 563: the name is empty",
                           "Line 786: a camera with id \"cam-kantor-bupati\" already exists",
                           "Line 1009: give both latitude and longitude, or neither",
                       });
    CHECK(r.rowCount == 1007);
    CHECK(r.badRowCount == 7);
    CHECK_FALSE(r.rejected);
    CHECK(r.summary() == "1,000 camera(s) ready to import; 7 row(s) with problems will be left out.");
    REQUIRE(r.cameras.size() == 1000);
    CHECK(r.cameras == cameras); // every field, password included, in file order

    // Importing the same file into the site that now has these cameras adds nothing.
    const CsvImportResult again = importCameras(lumajangCsv(cameras), r.cameras);
    CHECK(again.cameras.isEmpty());
    CHECK(again.badRowCount == 1000);
    CHECK(again.problems.value(0).text() == "Line 2: a camera with id \"lmj-0001\" already exists");
}

TEST_CASE("The console tree shows the 1000 Lumajang cameras by kecamatan and desa and searches them",
          "[ui][csv][inventory]")
{
    const QVector<Camera> cameras = importCameras(lumajangCsv(lumajangCameras(1000)), {}).cameras;
    REQUIRE(cameras.size() == 1000);
    CameraTreeModel tree;
    tree.setCameras(cameras);
    CHECK(tree.cameraCount() == 1000);

    REQUIRE(tree.rowCount() == 1);
    const QModelIndex lumajang = tree.index(0, 0);
    CHECK(lumajang.data().toString() == "Lumajang (1000)");

    // Every kecamatan, in the regency's order, with 15 cameras per desa filled round-robin.
    QList<QPair<QString, QString>> expected;
    for (const LumajangKecamatan &k : lumajangKecamatan()) {
        const QString name = QLatin1String(k.name);
        const int count = name == "Gucialit"                                                ? 55
                          : (name == "Lumajang" || name == "Sukodono" || name == "Senduro") ? 60
                                                                                            : 45;
        expected.push_back({name, QStringLiteral("%1 (%2)").arg(name).arg(count)});
    }
    CHECK(branches(tree, lumajang) == expected);

    const QModelIndex sukodono = tree.index(1, 0, lumajang);
    CHECK(branches(tree, sukodono) ==
          QList<QPair<QString, QString>>{{"Desa Sukodono 01", "Desa Sukodono 01 (15)"},
                                         {"Desa Sukodono 02", "Desa Sukodono 02 (15)"},
                                         {"Desa Sukodono 03", "Desa Sukodono 03 (15)"},
                                         {"Desa Sukodono 04", "Desa Sukodono 04 (15)"}});
    const QModelIndex gucialit = tree.index(3, 0, lumajang);
    CHECK(branches(tree, gucialit).value(3) ==
          qMakePair(QString("Desa Gucialit 04"), QString("Desa Gucialit 04 (10)")));
    CHECK(tree.indexOfCamera("lmj-0016").parent().data(CameraTreeModel::BranchNameRole) ==
          "Desa Sukodono 01");

    CameraFilterModel filter;
    filter.setSourceModel(&tree);
    const QSet<QString> all = idsWhere(cameras, [](const Camera &) { return true; });
    CHECK(visibleCameraIds(filter) == all);

    SECTION("a desa name shows that desa's 15 cameras and only its branch")
    {
        filter.setSearchText("Desa Sukodono 01");
        const QSet<QString> ids = visibleCameraIds(filter);
        CHECK(ids.size() == 15);
        CHECK(ids ==
              idsWhere(cameras, [](const Camera &c) { return c.area.value(2) == "Desa Sukodono 01"; }));
        CHECK(ids.contains("lmj-0016"));
        CHECK(ids.contains("lmj-0030"));
        REQUIRE(filter.rowCount() == 1);
        const QModelIndex top = filter.index(0, 0);
        REQUIRE(filter.rowCount(top) == 1);
        CHECK(filter.index(0, 0, top).data(CameraTreeModel::BranchNameRole) == "Sukodono");
        CHECK(filter.rowCount(filter.index(0, 0, top)) == 1);
    }
    SECTION("a tag shows every camera carrying it")
    {
        filter.setSearchText("rawan-banjir");
        const QSet<QString> ids = visibleCameraIds(filter);
        CHECK(ids.size() == 133); // Jembatan and Tepi Sungai in 66 full desa, Jembatan in the 67th
        CHECK(ids == idsWhere(cameras, [](const Camera &c) { return c.tags.contains("rawan-banjir"); }));
    }
    SECTION("an owner shows that agency's cameras, typed in any case")
    {
        filter.setSearchText("POLRES");
        const QSet<QString> ids = visibleCameraIds(filter);
        CHECK(ids.size() == 198);
        CHECK(ids == idsWhere(cameras, [](const Camera &c) { return c.owner == "Polres"; }));
    }
    SECTION("every word must match: an owner within a kecamatan")
    {
        filter.setSearchText("  dishub   sukodono ");
        const QSet<QString> ids = visibleCameraIds(filter);
        CHECK(ids.size() == 20);
        CHECK(ids == idsWhere(cameras, [](const Camera &c) {
                  return c.owner == "Dishub" && c.area.value(1) == "Sukodono";
              }));
    }
    SECTION("nothing matching shows an empty tree, and clearing the search shows everything again")
    {
        filter.setSearchText("tidak-ada-kamera-ini");
        CHECK(filter.rowCount() == 0);
        filter.setSearchText("");
        CHECK(visibleCameraIds(filter) == all);
    }
}

TEST_CASE("Searching keeps the selection and the expanded branches that stay visible", "[ui][inventory]")
{
    const QVector<Camera> cameras = lumajangCameras(1000);
    CameraTreeModel tree;
    tree.setCameras(cameras);
    CameraFilterModel filter;
    filter.setSourceModel(&tree);
    QTreeView view;
    view.setModel(&filter);
    view.resize(360, 600);
    view.show();
    view.expandAll();
    const QModelIndex pasar = filter.mapFromSource(tree.indexOfCamera("lmj-0017")); // Pasar Sukodono 01
    REQUIRE(pasar.isValid());
    view.setCurrentIndex(pasar);
    REQUIRE(view.selectionModel()->isSelected(pasar));

    for (const char *typed : {"p", "pa", "pas", "pasar", "pasar ", "pasar s", "pasar sukodono"}) {
        filter.setSearchText(QString::fromUtf8(typed));
        view.expandAll(); // what the console does while the search box is not empty
        const QModelIndex current = view.currentIndex();
        INFO(typed);
        CHECK(current.data(CameraTreeModel::CameraIdRole) == "lmj-0017");
        CHECK(view.selectionModel()->isSelected(current));
    }
    CHECK(visibleCameraIds(filter).size() == 4 * 2); // "Pasar …" and "Pertigaan "Pasar Lama" …" in 4 desa

    filter.setSearchText("");
    CHECK(visibleCameraIds(filter).size() == 1000);
    const QModelIndex current = view.currentIndex();
    CHECK(current.data(CameraTreeModel::CameraIdRole) == "lmj-0017");
    CHECK(view.isExpanded(current.parent())); // the desa stayed visible, so it stays open
    (void)view.grab();                        // lays out and paints the whole tree
}

TEST_CASE("Area names holding a slash do not merge branches", "[ui][inventory]")
{
    Camera a, b;
    a.id = "a";
    a.name = "Jalan A/B";
    a.area = {"Lumajang", "Klakah", "Jl. A/B"};
    b.id = "b";
    b.name = "Jalan B";
    b.area = {"Lumajang", "Klakah", "Jl. A", "B"};
    CameraTreeModel tree;
    tree.setCameras({a, b});
    const QModelIndex klakah = tree.index(0, 0, tree.index(0, 0));
    CHECK(branches(tree, klakah) ==
          QList<QPair<QString, QString>>{{"Jl. A/B", "Jl. A/B (1)"}, {"Jl. A", "Jl. A (1)"}});
    CHECK(tree.indexOfCamera("b").parent().data(CameraTreeModel::BranchNameRole) == "B");
}

TEST_CASE("Dragging cameras from the tree carries their ids as one drag payload", "[ui][inventory]")
{
    Camera a, b;
    a.id = "a";
    a.name = "Jalan A";
    a.area = {"Lumajang", "Klakah"};
    b.id = "b";
    b.name = "Jalan B";
    b.area = {"Lumajang", "Klakah"};
    CameraTreeModel tree;
    tree.setCameras({a, b});
    CHECK(tree.mimeTypes() == QStringList{QString::fromLatin1(DragPayload::kCameraMime)});
    const QModelIndex klakah = tree.indexOfCamera("a").parent();
    // A branch in the selection carries nothing; the cameras go in selection order.
    const std::unique_ptr<QMimeData> mime(
        tree.mimeData({tree.indexOfCamera("b"), klakah, tree.indexOfCamera("a")}));
    REQUIRE(mime);
    const std::optional<DragPayload> payload = DragPayload::fromMimeData(mime.get());
    REQUIRE(payload);
    CHECK(payload->cameraIds == QStringList{"b", "a"});
    CHECK_FALSE(payload->fromTile);
    CHECK(tree.mimeData({klakah}) == nullptr);
}

TEST_CASE("The tree's state dots are the palette's state colours", "[ui][inventory]")
{
    QVector<Camera> cameras;
    const QList<StreamState> states = {StreamState::Invalid, StreamState::Playing, StreamState::Reconnecting,
                                       StreamState::Offline};
    for (int i = 0; i < states.size(); ++i) {
        Camera c;
        c.id = QStringLiteral("c%1").arg(i);
        c.name = c.id;
        cameras << c;
    }
    CameraTreeModel tree;
    tree.setCameras(cameras);
    tree.refreshStates([&](const QString &id) { return states[id.mid(1).toInt()]; });
    for (int i = 0; i < states.size(); ++i) {
        const QIcon icon = tree.itemFromIndex(tree.indexOfCamera(cameras[i].id))->icon();
        const QImage dot = icon.pixmap(QSize(12, 12)).toImage();
        INFO("state " << int(states[i]));
        CHECK(dot.pixelColor(dot.width() / 2, dot.height() / 2) == Palette::forStreamState(states[i]));
    }
}

namespace {
// The whole tree as text: every row's display text, tooltip and ids, depth first.
QStringList treeText(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        out << QString(depth * 2, QLatin1Char(' ')) + i.data().toString() + QLatin1Char('|') +
                   i.data(Qt::ToolTipRole).toString() + QLatin1Char('|') +
                   i.data(CameraTreeModel::SearchTextRole).toString() + QLatin1Char('|') +
                   i.data(CameraTreeModel::CameraIdRole).toString();
        out += treeText(model, i, depth + 1);
    }
    return out;
}
} // namespace

TEST_CASE("The tree applies a change to the cameras named in place, as a rebuild would show it",
          "[ui][inventory]")
{
    QVector<Camera> cameras = lumajangCameras(60);
    CameraTreeModel tree;
    tree.setCameras(cameras);
    tree.setState(cameras[3].id, StreamState::Playing);
    const QModelIndex kept = tree.indexOfCamera(cameras[3].id);
    const QString playingId = cameras[3].id;
    auto rebuilt = [&] { // the same cameras with the same states (a tooltip says what its dot means)
        CameraTreeModel fresh;
        fresh.setCameras(cameras);
        fresh.setState(playingId, StreamState::Playing);
        return treeText(fresh);
    };

    cameras[3].name = "Pasar Pasirian Baru"; // an edit in place
    cameras[3].tags << "pasar";
    tree.updateCameras(cameras, {cameras[3].id});
    CHECK(treeText(tree) == rebuilt());
    CHECK(tree.indexOfCamera(cameras[3].id) == kept); // the same row: selection and dot stay
    CHECK(kept.data(CameraTreeModel::StateRole).toInt() == int(StreamState::Playing));

    Camera added = cameras[0]; // an addition, in a new desa of a new kecamatan
    added.id = "cam-new";
    added.name = "Simpang Baru";
    added.area = {"Lumajang", "Kecamatan Baru", "Desa Baru"};
    cameras << added;
    tree.updateCameras(cameras, {added.id});
    CHECK(treeText(tree) == rebuilt());

    const QString gone = cameras[7].id; // removals, one emptying its branches
    cameras.remove(7);
    cameras.removeLast();
    tree.updateCameras(cameras, {gone, added.id});
    CHECK(treeText(tree) == rebuilt());
    CHECK_FALSE(tree.indexOfCamera(gone).isValid());
    CHECK(tree.cameraCount() == cameras.size());

    cameras[5].area = {"Lumajang", "Tempat Lain"}; // a move to another area rebuilds
    tree.updateCameras(cameras, {cameras[5].id});
    CHECK(treeText(tree) == rebuilt());
}
