// The console's camera tree while a search is typed: branches count matches of all their cameras
// ("Senduro (2 / 9)"), the state dots' colours are explained, and clearing the search gives back
// the tree as the operator left it (which branches were open).
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "core/i18n/LanguageManager.h"
#include "core/inventory/CameraRegistry.h"
#include "core/inventory/OnboardingQueue.h"
#include "core/settings/Settings.h"
#include "core/site/SiteStore.h"
#include "ui/common/Palette.h"
#include "ui/console/CameraTreeModel.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/wall/WallManager.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTreeView>

using namespace pantau;

namespace {
// Senduro: 9 cameras in two desa, two of them at a market; Pasirian: 3, one at a market.
Site marketSite()
{
    Site site;
    auto add = [&](const QString &name, const QString &kecamatan, const QString &desa) {
        Camera c;
        c.id = QStringLiteral("cam%1").arg(site.cameras.size());
        c.name = name;
        c.area = {"Lumajang", kecamatan, desa};
        c.mainStreamUrl = QStringLiteral("rtsp://127.0.0.1:1/%1").arg(c.id);
        site.cameras.push_back(c);
    };
    for (int i = 1; i <= 7; ++i)
        add(QStringLiteral("Jalan Senduro %1").arg(i), "Senduro",
            i <= 4 ? "Desa Senduro 01" : "Desa Senduro 02");
    add("Pasar Senduro Timur", "Senduro", "Desa Senduro 01");
    add("Pasar Senduro Barat", "Senduro", "Desa Senduro 02");
    add("Pasar Pasirian", "Pasirian", "Desa Pasirian 01");
    add("Jalan Pasirian 1", "Pasirian", "Desa Pasirian 01");
    add("Jalan Pasirian 2", "Pasirian", "Desa Pasirian 02");
    return site;
}

struct TreeConsole
{
    QTemporaryDir dir;
    SiteStore store{dir.filePath("site.json"), marketSite()};
    StreamPool pool{store.cameraLookup()};
    Settings settings{dir.filePath("pantau.conf")};
    WallManager walls{WallContext{.store = &store, .pool = &pool, .settings = &settings}};
    LanguageManager language;
    QNetworkAccessManager network;
    OnboardingQueue queue;
    CameraRegistry registry{&store, nullptr, &queue, &network};
    ConsoleWindow console{&store, &pool, &walls, &language, &settings, &network, &registry, &queue};

    // The tree's row of a branch, by its name, as the filtered tree shows it.
    QModelIndex branch(const QString &name) const
    {
        const QAbstractItemModel *m = console.filterModel();
        QList<QModelIndex> stack{QModelIndex()};
        while (!stack.isEmpty()) {
            const QModelIndex parent = stack.takeLast();
            for (int row = 0; row < m->rowCount(parent); ++row) {
                const QModelIndex child = m->index(row, 0, parent);
                if (child.data(CameraTreeModel::BranchNameRole).toString() == name)
                    return child;
                stack << child;
            }
        }
        return {};
    }
    QString text(const QString &branchName) const { return branch(branchName).data().toString(); }
    bool expanded(const QString &branchName) const
    {
        return console.cameraTree()->isExpanded(branch(branchName));
    }
};
} // namespace

TEST_CASE("While a search is typed, tree branches show matches of all their cameras", "[ui][console]")
{
    TreeConsole t;
    CHECK(t.text("Senduro") == "Senduro (9)");
    t.console.searchBox()->setText("pasar");
    CHECK(t.text("Lumajang") == "Lumajang (3 / 12)");
    CHECK(t.text("Senduro") == "Senduro (2 / 9)");
    CHECK(t.text("Pasirian") == "Pasirian (1 / 3)");
    CHECK(t.text("Desa Senduro 02") == "Desa Senduro 02 (1 / 4)");
    CHECK(t.branch("Senduro").data(Qt::ToolTipRole).toString() == "Senduro: 2 of 9 cameras match the search");
    CHECK_FALSE(t.branch("Desa Pasirian 02").isValid()); // nothing matches there

    t.console.searchBox()->setText("pasar timur");
    CHECK(t.text("Senduro") == "Senduro (1 / 9)");
    t.console.searchBox()->clear();
    CHECK(t.text("Senduro") == "Senduro (9)");
    CHECK(t.text("Desa Pasirian 02") == "Desa Pasirian 02 (1)");
}

TEST_CASE("The grey state dot is explained in the tree and its legend", "[ui][console]")
{
    TreeConsole t;
    const QModelIndex camera =
        t.console.filterModel()->mapFromSource(t.console.cameraModel()->indexOfCamera("cam0"));
    REQUIRE(camera.isValid());
    const QString tip = camera.data(Qt::ToolTipRole).toString();
    CHECK(tip.startsWith("Jalan Senduro 1\nLumajang / Senduro / Desa Senduro 01\n"));
    CHECK(tip.endsWith("Grey dot: not on the wall now, so its state is not known."));
    t.console.cameraModel()->setState("cam0", StreamState::Offline);
    CHECK(camera.data(Qt::ToolTipRole).toString().endsWith("Red dot: the camera cannot be reached."));

    const QString legend = t.console.stateLegend()->text();
    for (const char *word : {"live", "connecting", "fault", "not on the wall"})
        CHECK(legend.contains(word));
    CHECK(legend.contains(Palette::forStreamState(StreamState::Invalid).name())); // the grey dot itself
}

TEST_CASE("Clearing the search restores the tree's open branches as they were", "[ui][console]")
{
    TreeConsole t;
    QTreeView *tree = t.console.cameraTree();
    // The operator's tree: Pasirian closed, one desa of Senduro opened.
    tree->collapse(t.branch("Pasirian"));
    tree->expand(t.branch("Desa Senduro 01"));
    REQUIRE(t.expanded("Senduro"));
    REQUIRE_FALSE(t.expanded("Desa Senduro 02"));

    t.console.searchBox()->setText("pasar");
    CHECK(t.expanded("Pasirian")); // a search opens every branch with a match
    CHECK(t.expanded("Desa Senduro 02"));
    t.console.searchBox()->setText("pasar s"); // typing on keeps what was saved at the start
    t.console.searchBox()->clear();

    CHECK(t.expanded("Lumajang"));
    CHECK(t.expanded("Senduro"));
    CHECK(t.expanded("Desa Senduro 01"));
    CHECK_FALSE(t.expanded("Desa Senduro 02"));
    CHECK_FALSE(t.expanded("Pasirian"));
}
