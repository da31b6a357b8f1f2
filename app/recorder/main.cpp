// pantau-recorder: records the site's cameras around the clock, headless (links core only).
#include "app/recorder/RecorderCommandLine.h"
#include "app/recorder/RecorderProgram.h"
#include "core/i18n/LanguageManager.h"
#include "core/media/GstInit.h"
#include "core/media/MallocArenas.h"
#include "core/process/TerminationSignals.h"

#include <QCoreApplication>

#include <cstdio>

using namespace pantau;
using namespace pantau::recording;

int main(int argc, char **argv)
{
    media::limitMallocArenas();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pantau"));
    QCoreApplication::setApplicationName(QStringLiteral("pantau-recorder"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PANTAU_VERSION));

    const QStringList args = QCoreApplication::arguments();
    LanguageManager language;
    RecorderCommandLine cl = RecorderCommandLine::parse(args);
    language.setLanguage(!cl.language.isEmpty() ? cl.language
                                                : LanguageManager::languageForLocale(QLocale::system()));
    cl = RecorderCommandLine::parse(args); // again, now with translated messages
    if (!cl.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(cl.error));
        return 2;
    }
    if (cl.version) {
        std::printf("pantau-recorder %s\n", PANTAU_VERSION);
        return 0;
    }
    if (cl.help) {
        std::printf("%s", qPrintable(RecorderCommandLine::helpText(QStringLiteral("pantau-recorder"))));
        return 0;
    }
    if (cl.setPassword)
        return RecorderProgram::setPassword(cl);
    if (!media::initGStreamer())
        return 1;

    // SIGTERM (systemd stop) and SIGINT end the open segments cleanly.
    TerminationSignals termination;
    if (!termination.isInstalled())
        return 1;
    QObject::connect(&termination, &TerminationSignals::received, &app, &QCoreApplication::quit);

    RecorderProgram program(cl);
    if (!program.start())
        return 1;
    const int code = QCoreApplication::exec();
    program.shutdown();
    return code;
}
