// The pantau binary's own command line, run as a newcomer would.
#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

namespace {
struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run pantau(const QStringList &args, const QString &lang = QStringLiteral("C.UTF-8"))
{
    QTemporaryDir home; // no saved settings
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOME", home.path());
    env.insert("XDG_CONFIG_HOME", home.filePath("config"));
    env.insert("LANG", lang);
    env.insert("LC_ALL", lang);
    env.remove("LANGUAGE");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PANTAU_BIN_DIR "/pantau"), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("pantau --version prints the version", "[integration][cli]")
{
    const Run r = pantau({"--version"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("Pantau " PANTAU_VERSION));
}

TEST_CASE("pantau --help lists the options in the UI language", "[integration][cli]")
{
    const Run en = pantau({"--help", "--language", "en"});
    CHECK(en.exitCode == 0);
    CHECK(en.out.contains("Usage: pantau [options]"));
    for (const char *opt :
         {"--demo", "--wall", "--renderer", "--site FILE", "--language", "--version", "--help"})
        CHECK(en.out.contains(QLatin1String(opt)));

    const Run id = pantau({"--help", "--language=id"});
    CHECK(id.exitCode == 0);
    CHECK(id.out.contains("Penggunaan: pantau [opsi]"));
    CHECK(id.out.contains("--demo"));
    CHECK(id.out.contains("--site BERKAS")); // the placeholder is Indonesian too
    CHECK_FALSE(id.out.contains("FILE"));

    // With no choice saved, an Indonesian system speaks Indonesian and any other English.
    CHECK(pantau({"--help"}, "id_ID.UTF-8").out.contains("Penggunaan"));
    CHECK(pantau({"--help"}, "en_US.UTF-8").out.contains("Usage"));
}

TEST_CASE("A wrong option is refused with a message and exit code 2", "[integration][cli]")
{
    const Run r = pantau({"--language", "id", "--bogus"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("--bogus"));
    CHECK(r.err.contains("--help"));
}

TEST_CASE("A renderer other than auto, cpu or opengl is refused in the UI language", "[integration][cli]")
{
    const Run id = pantau({"--language", "id", "--renderer", "vulkan"});
    CHECK(id.exitCode == 2);
    CHECK(id.err.contains("Penggambar video \"vulkan\" tidak dikenal"));
    const Run en = pantau({"--language", "en", "--renderer=gpu"});
    CHECK(en.exitCode == 2);
    CHECK(en.err.contains("Unknown renderer \"gpu\""));
}
