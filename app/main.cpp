// Pantau: video wall for CCTV command centres.
#include "app/Application.h"
#include "app/CommandLine.h"
#include "core/Log.h"
#include "core/i18n/LanguageManager.h"
#include "core/media/DecoderPolicy.h"
#include "core/media/GstInit.h"
#include "core/media/MallocArenas.h"
#include "core/process/TerminationSignals.h"
#include "core/settings/Settings.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

using namespace pantau;

namespace {
void initIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pantau"));
    QCoreApplication::setApplicationName(QStringLiteral("pantau"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PANTAU_VERSION));
}

QString chooseLanguage(const QStringList &args, const Settings &settings)
{
    QString code = CommandLine::languageArgument(args);
    if (!LanguageManager::availableLanguages().contains(code))
        code = settings.language();
    if (!LanguageManager::availableLanguages().contains(code))
        code = LanguageManager::languageForLocale(QLocale::system());
    return code;
}

// --help, --version and argument errors need no display: answer them from a core application.
bool answersWithoutWindows(int argc, char **argv, int &exitCode)
{
    QCoreApplication core(argc, argv);
    initIdentity();
    const QStringList args = QCoreApplication::arguments();
    const Settings settings;
    LanguageManager language;
    language.setLanguage(chooseLanguage(args, settings));
    const CommandLine cl = CommandLine::parse(args);
    if (!cl.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(cl.error));
        exitCode = 2;
        return true;
    }
    if (cl.version) {
        std::printf("Pantau %s\n", PANTAU_VERSION);
        exitCode = 0;
        return true;
    }
    if (cl.help) {
        std::printf("%s", qPrintable(CommandLine::helpText(QStringLiteral("pantau"))));
        exitCode = 0;
        return true;
    }
    return false;
}
} // namespace

int main(int argc, char **argv)
{
    media::limitMallocArenas(); // before any thread starts
    int exitCode = 0;
    if (answersWithoutWindows(argc, argv, exitCode))
        return exitCode;

    QApplication app(argc, argv);
    initIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Pantau"));
    // The installed desktop entry and hicolor icon (packaging/): the taskbar shows Pantau's icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.pantau.Pantau"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.pantau.Pantau")));
    if (!media::initGStreamer())
        return 1;
    Settings settings; // the user's settings, for everything built below
    LanguageManager language;
    language.setLanguage(chooseLanguage(QCoreApplication::arguments(), settings));
    const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
    media::DecoderPolicy::apply(commandLine.softwareDecoding ? media::HardwareDecoding::Off
                                                             : media::DecoderPolicy::fromEnvironment());
    // SIGTERM (a session logging out, systemd, kill) and SIGINT quit without asking, even a --wall
    // that asks an operator first: Application's destructor then stops the demo's recorder and
    // flushes the site file.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &app, [](int signalNumber) {
        qCInfo(lcProcess) << "signal" << signalNumber << "received: quitting";
        QCoreApplication::exit(0);
    });
    Application pantau(commandLine, &language, &settings);
    if (!pantau.start())
        return 1;
    return app.exec();
}
