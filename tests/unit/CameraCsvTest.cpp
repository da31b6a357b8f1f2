// Camera inventory CSV: RFC 4180 parsing, the row checks and their line numbers, files refused as
// a whole, and export / import round trips without passwords.
#include <catch2/catch.hpp>

#include "CatchQt.h"

#include "core/inventory/CameraCsv.h"
#include "core/inventory/CsvReader.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

using namespace pantau;

namespace {
constexpr auto kHeader =
    "id,name,kabupaten,kecamatan,desa,titik,owner,latitude,longitude,main_stream,sub_stream,onvif,"
    "username,password,ptz,tags,enabled";

// "LINE: reason" for every problem, to compare whole reports at once.
QStringList report(const CsvImportResult &r)
{
    QStringList lines;
    for (const CsvProblem &p : r.problems)
        lines << QStringLiteral("%1: %2").arg(p.line).arg(p.reason);
    return lines;
}

QStringList names(const CsvImportResult &r)
{
    QStringList n;
    for (const Camera &c : r.cameras)
        n << c.name;
    return n;
}

Camera sampleCamera()
{
    Camera c;
    c.id = "cam-senduro-1";
    c.name = "Pasar Senduro, \"Pintu Timur\"";
    c.area = {"Lumajang", "Senduro", "Desa Senduro", "Pintu Timur"};
    c.owner = "Diskominfo";
    c.mainStreamUrl = QUrl("rtsp://10.3.1.10:554/Streaming/Channels/101");
    c.subStreamUrl = QUrl("rtsp://10.3.1.10:554/Streaming/Channels/102");
    c.onvifUrl = QUrl("http://10.3.1.10/onvif/device_service");
    c.onvifProfileToken = "Profile_1";
    c.username = "operator";
    c.password = "rahasia";
    c.tags = {"pasar", "keramaian"};
    c.ptz = true;
    c.enabled = false;
    c.hasLocation = true;
    c.latitude = -8.0937512;
    c.longitude = 113.0208;
    return c;
}
} // namespace

TEST_CASE("Every documented column is read into the camera", "[unit][csv]")
{
    const QByteArray csv =
        QByteArray(kHeader) +
        "\ncam-1,Kantor Kecamatan Senduro,Lumajang,Senduro,Desa Senduro,Alun-alun,Diskominfo,"
        "-8.0937,113.0208,rtsp://10.3.1.10/101,rtsp://10.3.1.10/102,http://10.3.1.10/onvif/"
        "device_service,operator, rahasia ,ya,pemda| alun-alun ||,tidak\n";
    const CsvImportResult r = importCameras(csv, {});
    INFO(report(r).join('\n').toStdString());
    REQUIRE(r.problems.isEmpty());
    REQUIRE(r.cameras.size() == 1);
    const Camera &c = r.cameras[0];
    CHECK(c.id == "cam-1");
    CHECK(c.name == "Kantor Kecamatan Senduro");
    CHECK(c.area == QStringList{"Lumajang", "Senduro", "Desa Senduro", "Alun-alun"});
    CHECK(c.owner == "Diskominfo");
    CHECK(c.hasLocation);
    CHECK(c.latitude == -8.0937);
    CHECK(c.longitude == 113.0208);
    CHECK(c.mainStreamUrl == QUrl("rtsp://10.3.1.10/101"));
    CHECK(c.subStreamUrl == QUrl("rtsp://10.3.1.10/102"));
    CHECK(c.onvifUrl == QUrl("http://10.3.1.10/onvif/device_service"));
    CHECK(c.username == "operator");
    CHECK(c.password == " rahasia "); // passwords are taken as typed, spaces included
    CHECK(c.ptz);
    CHECK(c.tags == QStringList{"pemda", "alun-alun"});
    CHECK_FALSE(c.enabled);
    CHECK(r.rowCount == 1);
    CHECK(r.summary() == "1 camera(s) ready to import.");
}

TEST_CASE("Optional columns may be left out and an empty id gets a new one", "[unit][csv]")
{
    const CsvImportResult r = importCameras("name,desa,main_stream\n"
                                            "Gapura Tempeh,Desa Tempeh 01,rtsp://10.17.1.1/live\n"
                                            "Pasar Tempeh,,http://10.17.1.2/video.mjpg\n"
                                            "Rekaman,,file:///var/lib/pantau/rekaman.mp4\n",
                                            {});
    INFO(report(r).join('\n').toStdString());
    REQUIRE(r.problems.isEmpty());
    REQUIRE(r.cameras.size() == 3);
    CHECK(r.cameras[0].id.startsWith("cam-"));
    CHECK(r.cameras[1].id.startsWith("cam-"));
    CHECK(r.cameras[0].id != r.cameras[1].id);
    CHECK(r.cameras[0].area == QStringList{"Desa Tempeh 01"});
    CHECK(r.cameras[1].area.isEmpty());
    CHECK(r.cameras[0].enabled);
    CHECK_FALSE(r.cameras[0].ptz);
    CHECK_FALSE(r.cameras[0].hasLocation);
    CHECK(r.cameras[2].mainStreamUrl.isLocalFile());
}

TEST_CASE("Quoted fields keep separators, quotes and line breaks, and later line numbers stay right",
          "[unit][csv]")
{
    const QByteArray csv = "name,main_stream,tags\n"                                           // line 1
                           "\"Simpang \"\"Empat\"\", Klakah\",rtsp://10.7.1.1/a,lalu-lintas\n" // line 2
                           "\"Pasar\nKlakah\",rtsp://10.7.1.2/a,\"pasar|\n"                    // lines 3-5
                           "keramaian\"\n"
                           "\n"                                          // line 6: blank
                           "Jembatan Klakah,rtsp//10.7.1.3/a,banjir\n"   // line 7: bad
                           "  \"Masjid, Klakah\" ,rtsp://10.7.1.4/a,\n"; // line 8
    const CsvImportResult r = importCameras(csv, {});
    CHECK(names(r) == QStringList{"Simpang \"Empat\", Klakah", "Pasar\nKlakah", "Masjid, Klakah"});
    CHECK(r.cameras.value(1).tags == QStringList{"pasar", "keramaian"});
    CHECK(report(r) == QStringList{"7: the main stream address is not a valid RTSP or HTTP URL"});
    CHECK(r.rowCount == 4);
    CHECK(r.badRowCount == 1);
}

TEST_CASE("The reader splits records by RFC 4180 whatever the line ends", "[unit][csv]")
{
    for (const QByteArray &eol : {QByteArray("\r\n"), QByteArray("\n"), QByteArray("\r")}) {
        INFO("line end " << eol.toHex().toStdString());
        const QByteArray bytes = "a,\"b" + eol + "c\"" + eol + "d,\"\"" + eol + eol + "e";
        CsvReader reader(bytes, ',', 100, 10);
        CsvRecord r;
        REQUIRE(reader.next(r));
        CHECK(r.line == 1);
        CHECK(r.fields == QList<QByteArray>{"a", "b\nc"});
        REQUIRE(reader.next(r));
        CHECK(r.line == 3);
        CHECK(r.fields == QList<QByteArray>{"d", ""});
        CHECK(r.usedFieldCount == 1);
        REQUIRE(reader.next(r));
        CHECK(r.line == 4);
        CHECK(r.isBlank());
        REQUIRE(reader.next(r));
        CHECK(r.line == 5);
        CHECK(r.fields == QList<QByteArray>{"e"});
        CHECK_FALSE(reader.next(r));
    }
}

TEST_CASE("A UTF-8 BOM and CRLF line ends are read as Excel writes them", "[unit][csv]")
{
    const QByteArray csv = "\xEF\xBB\xBFName,Main_Stream,Kecamatan\r\n"
                           "Balai Desa Kunir,rtsp://10.14.1.1/live,Kunir\r\n"
                           "Pos Kamling Kunir,rtsp://10.14.1.2/live,Kunir\r\n";
    const CsvImportResult r = importCameras(csv, {});
    CHECK(report(r).isEmpty());
    CHECK(names(r) == QStringList{"Balai Desa Kunir", "Pos Kamling Kunir"});
    CHECK(r.cameras.value(0).area == QStringList{"Kunir"});
}

TEST_CASE("A header using semicolons is read as semicolon separated, with decimal commas", "[unit][csv]")
{
    // What Excel writes on an Indonesian Windows: ';' between fields, ',' as the decimal mark.
    const QByteArray csv =
        "\xEF\xBB\xBFnama_tidak_dikenal;name;kecamatan;latitude;longitude;main_stream;enabled\r\n"
        "x;Simpang Empat Tempeh;Tempeh;-8,2148;113,1562;rtsp://10.17.1.4/live;BENAR\r\n"
        "x;\"Pasar; Tempeh\";Tempeh;;;rtsp://10.17.1.5/live;SALAH\r\n"
        ";;;;;;\r\n";
    const CsvImportResult r = importCameras(csv, {});
    CHECK(report(r) == QStringList{"1: the column \"nama_tidak_dikenal\" is not known and is ignored"});
    REQUIRE(r.cameras.size() == 2);
    CHECK(r.cameras[0].latitude == -8.2148);
    CHECK(r.cameras[0].longitude == 113.1562);
    CHECK(r.cameras[0].enabled);
    CHECK(r.cameras[1].name == "Pasar; Tempeh");
    CHECK_FALSE(r.cameras[1].enabled);
    CHECK(r.rowCount == 2); // the trailing ";;;;;;" row is blank, not a camera

    const CsvImportResult withSepLine =
        importCameras("sep=;\nname;main_stream\nKunir;rtsp://10.14.1.1/a\n", {});
    CHECK(report(withSepLine).isEmpty());
    CHECK(names(withSepLine) == QStringList{"Kunir"});
}

TEST_CASE("Column names match in any case and order, unknown columns are reported once", "[unit][csv]")
{
    const CsvImportResult r = importCameras("MAIN STREAM,Catatan,Name,main-stream-2\n"
                                            "rtsp://10.1.1.1/a,tiang baru,Gapura Candipuro,x\n"
                                            "rtsp://10.1.1.2/a,,Pasar Candipuro,y\n",
                                            {});
    CHECK(report(r) == QStringList{"1: the column \"catatan\" is not known and is ignored",
                                   "1: the column \"main_stream_2\" is not known and is ignored"});
    CHECK(names(r) == QStringList{"Gapura Candipuro", "Pasar Candipuro"});
    CHECK(r.badRowCount == 0);
}

TEST_CASE("A header without a name or a stream column refuses the whole file", "[unit][csv]")
{
    const CsvImportResult noName = importCameras("nama,main_stream\nGapura,rtsp://10.1.1.1/a\n", {});
    CHECK(noName.rejected);
    CHECK(noName.cameras.isEmpty());
    CHECK(report(noName) ==
          QStringList{"1: the first row must be the header naming the columns, and it has no "
                      "\"name\" column"});
    CHECK(noName.summary().startsWith("Nothing can be imported: Line 1: the first row must be the header"));

    const CsvImportResult noStream = importCameras("\n\nname,desa\nGapura,Desa Kunir 01\n", {});
    CHECK(noStream.rejected);
    CHECK(report(noStream) ==
          QStringList{"3: the header has neither a \"main_stream\" nor an \"onvif\" column"});

    const CsvImportResult twice = importCameras("name,main_stream,Name\n", {});
    CHECK(report(twice) == QStringList{"1: the column \"name\" appears twice in the header"});

    CHECK(report(importCameras("", {})) == QStringList{"0: The file is empty."});
    CHECK(report(importCameras("\xEF\xBB\xBF\r\n\r\n", {})) == QStringList{"0: The file is empty."});
}

TEST_CASE("Bad values are reported with their line and the row is left out", "[unit][csv]")
{
    const QByteArray csv =
        QByteArray("name,main_stream,sub_stream,onvif,latitude,longitude,ptz,enabled\n") + // 1
        "Baik 1,rtsp://10.1.1.1/a,,,-8.1,113.2,yes,1\n"                                    // 2 good
        "Salah Boolean,rtsp://10.1.1.2/a,,,,,mungkin,ya\n"                                 // 3
        "Lintang,rtsp://10.1.1.3/a,,,-98.1,113.2,,\n"                                      // 4
        "Bujur,rtsp://10.1.1.4/a,,,-8.1,213.2,,\n"                                         // 5
        "Bukan Angka,rtsp://10.1.1.5/a,,,selatan,113.2,,\n"                                // 6
        "Setengah,rtsp://10.1.1.6/a,,,-8.1,,,\n"                                           // 7
        "Skema,ftp://10.1.1.7/a,,,,,,\n"                                                   // 8
        "Spasi,rtsp://10.1.1.8/ruang kosong,,,,,,\n"                                       // 9
        "Sub,rtsp://10.1.1.9/a,rtsp://[::1/b,,,,,\n"                                       // 10
        "Onvif,,,rtsp://10.1.1.10/onvif,,,,\n"                                             // 11
        "Kosong,,,,,,,\n"                                                                  // 12
        ",rtsp://10.1.1.12/a,,,,,,\n"                                                      // 13
        "Dua Salah,bukan-url,,,91,,tidak,nanti\n"                                          // 14
        "Kebanyakan,rtsp://10.1.1.14/a,,,,,,,,ekstra\n"                                    // 15
        "Hanya Onvif,,,http://10.1.1.15/onvif/device_service,,,TRUE,FALSE\n";              // 16 good
    const CsvImportResult r = importCameras(csv, {});
    CHECK(names(r) == QStringList{"Baik 1", "Hanya Onvif"});
    CHECK(report(r) ==
          QStringList{
              "3: \"mungkin\" is not a valid value for ptz (use ya/tidak, yes/no, true/false or 1/0)",
              "4: latitude must be between -90 and 90",
              "5: longitude must be between -180 and 180",
              "6: latitude \"selatan\" is not a number",
              "7: give both latitude and longitude, or neither",
              "8: the main stream address is not a valid RTSP or HTTP URL",
              "9: the main stream address is not a valid RTSP or HTTP URL",
              "10: the sub stream address is not a valid RTSP or HTTP URL",
              "11: the ONVIF address is not a valid HTTP URL",
              "12: there is no main stream address (main_stream) and no ONVIF address (onvif)",
              "13: the name is empty",
              "14: give both latitude and longitude, or neither",
              "14: the main stream address is not a valid RTSP or HTTP URL",
              "14: \"nanti\" is not a valid value for enabled (use ya/tidak, yes/no, true/false or 1/0)",
              "15: the row has 10 fields but the header has 8 columns",
          });
    CHECK(r.rowCount == 15);
    CHECK(r.badRowCount == 13);
    CHECK(r.summary() == "2 camera(s) ready to import; 13 row(s) with problems will be left out.");
    CHECK(r.problems.value(0).text() ==
          "Line 3: \"mungkin\" is not a valid value for ptz (use ya/tidak, yes/no, true/false or 1/0)");
}

TEST_CASE("Duplicate ids in the file or in the site are reported, never taken as an update", "[unit][csv]")
{
    Camera existing;
    existing.id = "cam-kantor-bupati";
    existing.name = "Kantor Bupati";
    const CsvImportResult r = importCameras("id,name,main_stream\n"
                                            "lmj-1,Satu,rtsp://10.1.1.1/a\n"
                                            "cam-kantor-bupati,Kantor Bupati Baru,rtsp://10.1.1.2/a\n"
                                            "lmj-1,Satu Lagi,rtsp://10.1.1.3/a\n"
                                            "lmj 2,Spasi,rtsp://10.1.1.4/a\n",
                                            {existing});
    CHECK(names(r) == QStringList{"Satu"});
    CHECK(report(r) == QStringList{"3: a camera with id \"cam-kantor-bupati\" already exists",
                                   "4: the id \"lmj-1\" is already used on line 2",
                                   "5: the id \"lmj 2\" must not contain spaces or control characters"});
}

TEST_CASE("Credentials typed into a URL move to username and password and leave the URL", "[unit][csv]")
{
    const CsvImportResult r =
        importCameras("name,main_stream,sub_stream,username\n"
                      "A,rtsp://admin:rahasia@10.1.1.1/a,rtsp://admin:rahasia@10.1.1.1/b,\n"
                      "B,rtsp://admin:rahasia@10.1.1.2/a,,operator\n"
                      "C,rtsp://@10.1.1.3/a,,\n",
                      {});
    REQUIRE(r.cameras.size() == 3);
    CHECK(r.cameras[0].username == "admin");
    CHECK(r.cameras[0].password == "rahasia");
    CHECK(r.cameras[0].mainStreamUrl == QUrl("rtsp://10.1.1.1/a"));
    CHECK(r.cameras[0].subStreamUrl == QUrl("rtsp://10.1.1.1/b"));
    CHECK(r.cameras[1].username == "operator"); // the column wins
    CHECK(r.cameras[1].password.isEmpty());
    CHECK(r.cameras[1].mainStreamUrl.userInfo().isEmpty());
    CHECK(r.cameras[2].mainStreamUrl.toString() == "rtsp://10.1.1.3/a"); // an empty user info goes too
}

TEST_CASE("Junk bytes, NUL bytes, bad UTF-8 and an unclosed quote give clear errors", "[unit][csv]")
{
    const CsvImportResult nul =
        importCameras(QByteArray("name,main_stream\nA,rtsp://h/a\nB\0,rtsp://h/b\n", 38), {});
    CHECK(nul.rejected);
    CHECK(nul.cameras.isEmpty());
    CHECK(report(nul) ==
          QStringList{"3: the file contains binary data (NUL bytes); it is not a CSV text file"});

    const CsvImportResult utf16 = importCameras(QByteArray("\xFF\xFEn\0a\0m\0e\0", 10), {});
    CHECK(report(utf16) ==
          QStringList{"0: The file is in UTF-16; save it as \"CSV UTF-8\" and import it again."});

    const CsvImportResult latin1 = importCameras("name,main_stream\n"
                                                 "Caf\xE9 Senduro,rtsp://10.3.1.1/a\n"
                                                 "Kafe Senduro,rtsp://10.3.1.2/a\n"
                                                 "\xC0\xAF,rtsp://10.3.1.3/a\n", // overlong '/'
                                                 {});
    CHECK(names(latin1) == QStringList{"Kafe Senduro"});
    CHECK(report(latin1) == QStringList{"2: the text is not valid UTF-8 (save the file as \"CSV UTF-8\")",
                                        "4: the text is not valid UTF-8 (save the file as \"CSV UTF-8\")"});

    const CsvImportResult control =
        importCameras("name,main_stream,owner\nA\x01,rtsp://h/a,Dis\x1b[2Jhub\n", {});
    CHECK(report(control) == QStringList{"2: the \"name\" column contains control characters",
                                         "2: the \"owner\" column contains control characters"});

    const CsvImportResult unclosed = importCameras("name,main_stream\n"
                                                   "Baik,rtsp://10.1.1.1/a\n"
                                                   "\"Tidak ditutup,rtsp://10.1.1.2/a\n"
                                                   "Hilang,rtsp://10.1.1.3/a\n",
                                                   {});
    CHECK(names(unclosed) == QStringList{"Baik"});
    CHECK(report(unclosed) ==
          QStringList{"3: a quoted field is never closed, so the rest of the file was not read"});

    const CsvImportResult afterQuote =
        importCameras("name,main_stream\n\"Pasar\"Baru,rtsp://10.1.1.1/a\n", {});
    CHECK(report(afterQuote) ==
          QStringList{"2: there is text after the closing quote in the \"name\" column"});

    const CsvImportResult junkHeader = importCameras("\x89PNG\r\n\x1a\n\x7f\x80\x81garbage", {});
    CHECK(junkHeader.rejected);
    CHECK(junkHeader.problems.size() == 1);
}

TEST_CASE("Random bytes never crash or hang the importer and every result is consistent", "[unit][csv]")
{
    // A small in-process fuzz (the libFuzzer target is tests/fuzz/CameraCsvFuzz.cpp): pieces of
    // CSV and random bytes glued together.
    const QList<QByteArray> pieces = {"name",
                                      "main_stream",
                                      "id",
                                      ",",
                                      ";",
                                      "\"",
                                      "\"\"",
                                      "\n",
                                      "\r\n",
                                      "\r",
                                      "rtsp://10.1.1.1/a",
                                      "x",
                                      "latitude",
                                      "-8,1",
                                      "ya",
                                      "\xEF\xBB\xBF",
                                      "|",
                                      "\xC3",
                                      "\xA9",
                                      " ",
                                      "sep=;",
                                      "onvif",
                                      "http://h/onvif",
                                      "enabled",
                                      "rtsp://b\xC3\xBC"
                                      "cher.de/\xC3\xA4%41",
                                      "http://[::1]:80/x?a=b#c",
                                      "file:///tmp/a%20b",
                                      "rtsp://u:p@h/a",
                                      "tags",
                                      "username",
                                      "1e2",
                                      "-0"};
    // Plausible values per column of the header below, so that many rows pass.
    const QList<QList<QByteArray>> values = {
        {"Kamera", "\"Pasar, \"\"Baru\"\"\"", "\"Dua\nBaris\"", "  Spasi  "},
        {"rtsp://10.1.1.1/a", "rtsp://u:p@h/a#b#c", "file:///tmp/a%20b", "http://[::1]:80/x?a=b#c",
         "rtsp://b\xC3\xBC"
         "cher.de/\xC3\xA4%41",
         ""},
        {"", "", "cam-1", "cam-2", "x"},
        {"", "-8,1", "-0", "1e2"},
        {"", "113.2", "-0", "1e2"},
        {"", "x|y| z", "a"},
        {"", "operator", "\"o, p\""},
        {"", "ya", "TIDAK", "1"},
        {"", "http://h/onvif", "https://u@h:8443/onvif/device_service"},
        {"", "rtsp://10.1.1.1/b"}};
    QRandomGenerator rng(20261123);
    qsizetype accepted = 0;
    QLoggingCategory::setFilterRules("pantau.inventory.info=false"); // one log line per import
    for (int round = 0; round < 20000; ++round) {
        QByteArray input;
        if (rng.bounded(2)) {
            // A good header and rows of plausible values with some junk: reaches the row checks.
            input = "name,main_stream,id,latitude,longitude,tags,username,enabled,onvif,sub_stream\n";
            for (int row = rng.bounded(1, 6); row > 0; --row) {
                for (int field = 0; field < 10; ++field) {
                    input += field ? (rng.bounded(20) ? "," : ";") : "";
                    const QList<QByteArray> &plausible = values[field];
                    input += rng.bounded(8) ? plausible[rng.bounded(int(plausible.size()))]
                                            : pieces[rng.bounded(int(pieces.size()))];
                }
                input += rng.bounded(2) ? "\n" : "\r\n";
            }
        } else {
            for (int i = rng.bounded(1, 40); i > 0; --i) {
                if (rng.bounded(8) == 0)
                    input += char(rng.bounded(256));
                else
                    input += pieces[rng.bounded(int(pieces.size()))];
            }
        }
        const CsvImportResult r = importCameras(input, {});
        INFO("input hex " << input.toHex().toStdString());
        if (r.rejected) {
            REQUIRE(r.cameras.isEmpty());
            REQUIRE(r.problems.size() == 1);
        }
        QSet<QString> ids;
        accepted += r.cameras.size();
        for (const Camera &c : r.cameras) {
            REQUIRE_FALSE(c.name.isEmpty());
            REQUIRE_FALSE(c.id.isEmpty());
            REQUIRE_FALSE(ids.contains(c.id));
            ids.insert(c.id);
            REQUIRE((c.mainStreamUrl.isValid() || c.onvifUrl.isValid()));
        }
        REQUIRE(r.cameras.size() + r.badRowCount == (r.rejected ? r.badRowCount : r.rowCount));
        for (const CsvProblem &p : r.problems)
            REQUIRE_FALSE(p.reason.isEmpty());
        // Whatever was accepted survives export and import, passwords aside.
        QVector<Camera> withoutPasswords = r.cameras;
        for (Camera &c : withoutPasswords)
            c.password.clear();
        const CsvImportResult again = importCameras(exportCameras(r.cameras), {});
        REQUIRE(again.problems.isEmpty());
        REQUIRE(again.cameras == withoutPasswords);
    }
    QLoggingCategory::setFilterRules(QString());
    CHECK(accepted > 3000); // the inputs do reach the row checks
}

TEST_CASE("Export then import gives back the same cameras, without passwords", "[unit][csv]")
{
    Camera full = sampleCamera();
    Camera bare;
    bare.id = "cam-bare";
    bare.name = "  Kamera tanpa apa-apa";
    bare.name = bare.name.trimmed();
    bare.mainStreamUrl = QUrl("http://10.1.1.1:8080/video.mjpg?resolution=640x480&fps=10");
    Camera onvifOnly;
    onvifOnly.id = "cam-onvif";
    onvifOnly.name = "Kamera ONVIF; baru";
    onvifOnly.onvifUrl = QUrl("https://10.1.1.2/onvif/device_service");
    onvifOnly.hasLocation = true;
    onvifOnly.latitude = -0.1;
    onvifOnly.longitude = 0.0;
    Camera file;
    file.id = "cam-file";
    file.name = "Rekaman Ruang Rapat";
    file.mainStreamUrl = QUrl::fromLocalFile("/var/lib/pantau/rekaman ruang rapat.mp4");
    const QVector<Camera> cameras = {full, bare, onvifOnly, file};

    const QByteArray csv = exportCameras(cameras);
    CHECK(csv.startsWith(
        "\xEF\xBB\xBFid,name,kabupaten,kecamatan,desa,titik,owner,latitude,longitude,main_stream,"
        "sub_stream,onvif,username,password,ptz,tags,enabled,onvif_profile\r\n"));
    const CsvImportResult r = importCameras(csv, {});
    INFO(csv.toStdString());
    REQUIRE(report(r).isEmpty());
    REQUIRE(r.cameras.size() == cameras.size());
    for (int i = 0; i < cameras.size(); ++i) {
        Camera expected = cameras[i];
        expected.password.clear();
        INFO("camera " << expected.id.toStdString());
        CHECK(r.cameras[i] == expected);
    }
    // And once more: export is stable.
    CHECK(exportCameras(r.cameras) == csv);
}

TEST_CASE("Export never writes a password, not even one typed into a URL", "[unit][csv]")
{
    Camera c = sampleCamera();
    c.password = "sangat-rahasia";
    c.mainStreamUrl = QUrl("rtsp://operator:sangat-rahasia@10.3.1.10/main");
    c.onvifUrl = QUrl("http://operator:sangat-rahasia@10.3.1.10/onvif/device_service");
    const QByteArray csv = exportCameras({c});
    CHECK_FALSE(csv.contains("sangat-rahasia"));
    CHECK_FALSE(csv.contains("operator@"));
    CHECK(csv.contains(",operator,,")); // the username is written, the password column stays empty
    const CsvImportResult r = importCameras(csv, {});
    REQUIRE(r.cameras.size() == 1);
    CHECK(r.cameras[0].password.isEmpty());
    CHECK(r.cameras[0].mainStreamUrl == QUrl("rtsp://10.3.1.10/main"));
}

TEST_CASE("Too many rows, too long fields and too large files are refused", "[unit][csv]")
{
    QByteArray many = "name,main_stream\n";
    for (int i = 0; i <= cameracsv::kMaxRows; ++i)
        many += "K" + QByteArray::number(i) + ",rtsp://10.1.1.1/a\n";
    const CsvImportResult tooMany = importCameras(many, {});
    CHECK(tooMany.rejected);
    CHECK(tooMany.cameras.isEmpty());
    CHECK(report(tooMany) ==
          QStringList{"0: The file has more than 20000 camera rows; split it into smaller files."});

    const QByteArray longName(cameracsv::kMaxFieldBytes + 1, 'x');
    const CsvImportResult tooLong =
        importCameras("name,main_stream\n" + longName + ",rtsp://10.1.1.1/a\nPendek,rtsp://10.1.1.2/a\n", {});
    CHECK(names(tooLong) == QStringList{"Pendek"});
    CHECK(report(tooLong) == QStringList{"2: the \"name\" column is longer than 2048 bytes"});

    QByteArray wide = "name,main_stream";
    for (int i = 0; i < cameracsv::kMaxColumns; ++i)
        wide += ",c" + QByteArray::number(i);
    CHECK(report(importCameras(wide + "\n", {})) == QStringList{"1: the header has more than 64 columns"});

    const QByteArray huge(cameracsv::kMaxFileBytes + 1, ' ');
    CHECK(report(importCameras(huge, {})) ==
          QStringList{"0: The file is larger than 16 MiB; split it into smaller files."});

    QTemporaryDir dir;
    const QString path = dir.filePath("kamera.csv");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(huge);
    f.close();
    QString error;
    CHECK_FALSE(cameracsv::readFile(path, &error).has_value());
    CHECK(error == path + " is larger than 16 MiB; split it into smaller files.");
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("name,main_stream\nA,rtsp://10.1.1.1/a\n");
    f.close();
    const std::optional<QByteArray> small = cameracsv::readFile(path, &error);
    REQUIRE(small.has_value());
    CHECK(importCameras(*small, {}).cameras.size() == 1);
    CHECK_FALSE(cameracsv::readFile(dir.filePath("tidak-ada.csv"), &error).has_value());
    CHECK(error.startsWith("Cannot open "));
}
