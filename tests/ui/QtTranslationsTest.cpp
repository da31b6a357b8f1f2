// Qt's own texts (standard buttons, "Show Details...") follow Pantau's language: Qt ships no
// Indonesian, so Pantau brings translations/qtbase_id.ts. With PANTAU_SCREENSHOT_DIR set, the
// camera dialog, a question box and the CSV report are also saved there as PNGs to look at.
#include <catch2/catch.hpp>

#include "Wait.h"
#include "core/i18n/LanguageManager.h"
#include "core/inventory/CameraRegistry.h"
#include "core/inventory/OnboardingQueue.h"
#include "core/settings/Settings.h"
#include "core/site/SiteStore.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/dialogs/CameraEditDialog.h"
#include "ui/wall/WallManager.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

using namespace pantau;
using pantau::test::kReactionBoundMs;
using pantau::test::waitUntil;

namespace {
// A button's text without its mnemonic marker: "&Ya" reads "Ya".
QString plain(const QAbstractButton *button)
{
    return button ? QString(button->text()).remove(QLatin1Char('&')) : QString();
}

void saveShot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("PANTAU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(QLatin1String(name)));
}

QPushButton *buttonReading(QWidget *w, const QString &text)
{
    for (QPushButton *b : w->findChildren<QPushButton *>())
        if (plain(b) == text)
            return b;
    return nullptr;
}
} // namespace

TEST_CASE("In Indonesian a question box's buttons read Ya and Tidak, in English Yes and No", "[ui][i18n]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    QMessageBox box(QMessageBox::Question, "Hapus kamera", "Hapus kamera \"Simpang Pasirian\"?",
                    QMessageBox::Yes | QMessageBox::No);
    box.show();
    CHECK(plain(box.button(QMessageBox::Yes)) == "Ya");
    CHECK(plain(box.button(QMessageBox::No)) == "Tidak");
    saveShot(&box, "question-box-id.png");

    REQUIRE(language.setLanguage("en")); // the open box follows the switch
    CHECK(waitUntil([&] { return plain(box.button(QMessageBox::Yes)) == "Yes"; }, kReactionBoundMs));
    CHECK(plain(box.button(QMessageBox::Yes)) == "Yes");
    CHECK(plain(box.button(QMessageBox::No)) == "No");
    QMessageBox fresh(QMessageBox::Question, "Delete", "Delete?", QMessageBox::Yes | QMessageBox::No);
    CHECK(plain(fresh.button(QMessageBox::Yes)) == "Yes");
}

TEST_CASE("In Indonesian a dialog's Save and Cancel read Simpan and Batal, in English Save and Cancel",
          "[ui][i18n]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    CHECK(plain(buttons.button(QDialogButtonBox::Save)) == "Simpan");
    CHECK(plain(buttons.button(QDialogButtonBox::Cancel)) == "Batal");

    // The camera dialog's own button box, as the operator sees it.
    QNetworkAccessManager network;
    OnboardingQueue queue;
    CameraEditDialog dialog(Camera{}, &network, &queue);
    dialog.show();
    CHECK(buttonReading(&dialog, "Simpan") != nullptr);
    CHECK(buttonReading(&dialog, "Batal") != nullptr);
    CHECK(buttonReading(&dialog, "Save") == nullptr);
    saveShot(&dialog, "camera-dialog-id.png");

    REQUIRE(language.setLanguage("en"));
    CHECK(waitUntil([&] { return buttonReading(&dialog, "Save") != nullptr; }, kReactionBoundMs));
    CHECK(plain(buttons.button(QDialogButtonBox::Save)) == "Save");
    CHECK(plain(buttons.button(QDialogButtonBox::Cancel)) == "Cancel");
    CHECK(buttonReading(&dialog, "Save") != nullptr);
    CHECK(buttonReading(&dialog, "Cancel") != nullptr);
}

TEST_CASE("In Indonesian the CSV report's details and cancel buttons are Indonesian", "[ui][i18n][csv]")
{
    QTemporaryDir dir;
    SiteStore store(dir.filePath("site.json"), Site{});
    StreamPool pool(store.cameraLookup());
    Settings settings(dir.filePath("pantau.conf"));
    WallManager walls(WallContext{.store = &store, .pool = &pool, .settings = &settings});
    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    QNetworkAccessManager network;
    OnboardingQueue queue;
    CameraRegistry registry(&store, nullptr, &queue, &network);
    ConsoleWindow console(&store, &pool, &walls, &language, &settings, &network, &registry, &queue);

    const QString csv = dir.filePath("kamera.csv");
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("name,kabupaten,kecamatan,main_stream,latitude,longitude\n"
            "Simpang Pasirian,Lumajang,Pasirian,rtsp://127.0.0.1:8554/a,-8.2,113.1\n"
            "Alun-alun,Lumajang,Lumajang,rtsp://127.0.0.1:8554/b,-200,113.2\n");
    f.close();

    QString details, cancel, english;
    bool seen = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || seen)
            return;
        seen = true;
        QPushButton *show = buttonReading(box, "Tampilkan rincian...");
        details = plain(show);
        cancel = buttonReading(box, "Batal") ? "Batal" : "";
        english = buttonReading(box, "Show Details...") ? "Show Details..." : "";
        if (show)
            show->click(); // the per-row reasons, as the operator opens them
        saveShot(box, "csv-report-id.png");
        box->reject();
    });
    poll.start(10);
    CHECK(console.importCsvFile(csv, true) == 0); // cancelled
    REQUIRE(seen);
    CHECK(details == "Tampilkan rincian...");
    CHECK(cancel == "Batal");
    CHECK(english.isEmpty());
}
