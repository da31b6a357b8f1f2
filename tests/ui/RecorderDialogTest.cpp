// The recorder dialog ("Sumber rekaman…") against a real pantau-recorder serving on 127.0.0.1:
// the connection test words the recorder's answer (connected with its camera count, a refused
// password, nobody there) in the interface language; Save keeps a typed address only once it
// reads as one; when the command line decides, nothing can be changed.
#include "ui/playback/RecorderDialog.h"
#include "RecordingCamera.h"
#include "Wait.h"
#include "core/i18n/LanguageManager.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>

#include <catch2/catch.hpp>

using namespace pantau;
using pantau::test::kStateBoundMs;
using pantau::test::waitUntil;

namespace {

const QString kPassword = QStringLiteral("kata-sandi-perekam");

// Presses "Test connection" and waits for the answer: the result label's text.
QString testConnection(RecorderDialog &dialog)
{
    bool finished = false;
    const QMetaObject::Connection c =
        QObject::connect(&dialog, &RecorderDialog::testFinished, [&] { finished = true; });
    dialog.testButton()->click();
    REQUIRE(waitUntil([&] { return finished; }, kStateBoundMs));
    QObject::disconnect(c);
    CHECK(dialog.testButton()->isEnabled());
    CHECK(dialog.resultLabel()->isVisible());
    return dialog.resultLabel()->text();
}

} // namespace

TEST_CASE("The recorder dialog's test says connected, a refused password or nobody there", "[ui][playback]")
{
    test::RecordingCamera rec;
    rec.start({"cam-a", "cam-b"}, kPassword);
    REQUIRE(waitUntil(
        [&] { return rec.status->latest.value("recorder").toObject().value("recording").toInt() == 2; },
        kStateBoundMs));

    RecorderDialog dialog(QUrl("http://127.0.0.1:7480"), {}, "test store", {});
    dialog.show();
    dialog.addressEdit()->setText(rec.httpAddress()); // as typed: no http://
    dialog.passwordEdit()->setText("bukan-kata-sandi");
    CHECK(testConnection(dialog) ==
          QString("The recorder at %1 refused the password.").arg(rec.httpAddress()));

    dialog.passwordEdit()->setText(kPassword);
    CHECK(testConnection(dialog) ==
          QString("Connected: the recorder at %1 records 2 of its 2 cameras.").arg(rec.httpAddress()));

    QTcpServer probe; // a port nothing listens on
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    dialog.addressEdit()->setText(QString("127.0.0.1:%1").arg(port));
    CHECK(testConnection(dialog) == QString("The recorder at 127.0.0.1:%1 cannot be reached.").arg(port));

    LanguageManager language;
    REQUIRE(language.setLanguage("id"));
    dialog.addressEdit()->setText(rec.httpAddress());
    dialog.passwordEdit()->setText("bukan-kata-sandi");
    CHECK(testConnection(dialog) == QString("Perekam di %1 menolak kata sandi.").arg(rec.httpAddress()));
    dialog.passwordEdit()->setText(kPassword);
    CHECK(testConnection(dialog) ==
          QString("Tersambung: perekam di %1 merekam 2 dari 2 kameranya.").arg(rec.httpAddress()));
    dialog.addressEdit()->setText("https://" + rec.httpAddress());
    CHECK(testConnection(dialog).contains("http://"));
}

TEST_CASE("The recorder dialog saves an address only once it reads as one", "[ui][playback]")
{
    RecorderDialog dialog(QUrl("http://127.0.0.1:7480"), "lama", "test store", {});
    dialog.show();
    CHECK(dialog.passwordEdit()->echoMode() == QLineEdit::Password);
    CHECK(dialog.passwordEdit()->text() == "lama");
    int accepted = 0;
    QObject::connect(&dialog, &QDialog::accepted, [&] { ++accepted; });

    dialog.addressEdit()->setText("10.20.0.5:7480/api");
    dialog.buttons()->button(QDialogButtonBox::Save)->click();
    CHECK(accepted == 0);
    CHECK(dialog.isVisible());
    CHECK(dialog.resultLabel()->text().contains("without a path"));

    dialog.addressEdit()->setText(" 10.20.0.5 ");
    dialog.passwordEdit()->setText("baru");
    dialog.buttons()->button(QDialogButtonBox::Save)->click();
    CHECK(accepted == 1);
    CHECK(dialog.url() == QUrl("http://10.20.0.5:7480"));
    CHECK(dialog.password() == "baru");
}

TEST_CASE("When the command line chose the recorder, the dialog shows it and changes nothing",
          "[ui][playback]")
{
    RecorderDialog dialog(QUrl("http://10.0.0.9:7480"), "rahasia", "test store",
                          "Pantau was started with --recorder.");
    dialog.show();
    CHECK(dialog.addressEdit()->isReadOnly());
    CHECK(dialog.passwordEdit()->isReadOnly());
    CHECK(dialog.addressEdit()->text() == "http://10.0.0.9:7480");
    CHECK_FALSE(dialog.buttons()->button(QDialogButtonBox::Save));
    REQUIRE(dialog.buttons()->button(QDialogButtonBox::Close));
    bool noted = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        noted = noted || label->text() == "Pantau was started with --recorder.";
    CHECK(noted);
}
